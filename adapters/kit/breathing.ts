/**
 * The breathing exercise's pacing, once for every surface: each step of the engine's breathingScript is
 * shown, then held for its seconds; the last step ("well done") goes to `done`, where a chat surface
 * brings the decompression offer back. The surfaces only say how to show a step (edit a Slack or
 * Discord message, print a terminal line) and how to wait (real time, or at once in tests).
 */
import { type BreathingStep, breathingScript, type Locale } from '../../src/engine/index.ts';

export interface BreathingDisplay {
  /** Shows one step (`index` of `total`, the last excluded). */
  step(step: BreathingStep, index: number, total: number): Promise<void>;
  /** The exercise is over: shows the closing sentence. */
  done(text: string): Promise<void>;
  /** Waits `ms` between steps. */
  pause(ms: number): Promise<void>;
  /** True once the person chose something else on the message: stop showing steps. */
  stopped?(): boolean;
}

export async function runBreathing(locale: Locale, display: BreathingDisplay): Promise<void> {
  const steps = breathingScript(locale);
  for (const [index, step] of steps.entries()) {
    if (display.stopped?.()) return;
    if (index === steps.length - 1) return display.done(step.text);
    await display.step(step, index, steps.length);
    await display.pause(step.seconds * 1000);
  }
}
