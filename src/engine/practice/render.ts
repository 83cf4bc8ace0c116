/**
 * A practice run as lines of text in the agent's language: the transcript with what would have happened
 * after each move, and the debrief. Shared by the terminal and as the chat platforms' text.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { NoticeParams } from '../model.ts';
import type { Locale } from '../types.ts';
import { text } from '../view.ts';
import type { Debrief } from './debrief.ts';
import type { Scenario } from './schema.ts';
import type { PracticeRun } from './simulator.ts';

/** Something that would have happened, as a catalogue entry (the app fills in who would have been paged). */
export interface WouldNote {
  readonly turn: number;
  readonly key: MessageKey;
  readonly params: NoticeParams;
}

export const practiceTitle = (s: Scenario, locale: Locale): string =>
  text(locale, 'practice.title', {
    kind: { key: `kind.${s.kind}` },
    channel: { key: `channel.${s.channel}` },
    customer: { key: `practice.customer_type.${s.customer}` },
  });

/** The transcript so far, with the would-be effects after the move that caused them (indented). */
export function transcriptLines(run: PracticeRun, would: readonly WouldNote[], locale: Locale): string[] {
  const out: string[] = [];
  const notes = (turn: number) => {
    for (const w of would) if (w.turn === turn) out.push(`  → ${text(locale, w.key, w.params)}`);
  };
  let turn = 0;
  for (const e of run.transcript) {
    if (e.who === 'agent') {
      notes(turn);
      turn = e.turn;
      out.push(text(locale, 'practice.you_do', { move: { key: `practice.move.${e.move}` } }));
    } else out.push(text(locale, 'practice.customer_says', { text: e.text }));
  }
  notes(turn);
  return out;
}

export function debriefLines(d: Debrief, run: PracticeRun, locale: Locale): string[] {
  const out = [
    text(locale, 'practice.debrief.title', {
      score: d.score,
      outcome: { key: `practice.outcome.${run.status === 'open' ? 'gave_up' : run.status}` },
    }),
    ...d.results.map((r) =>
      text(locale, 'practice.debrief.line', {
        mark: r.earned === r.points ? '✓' : r.earned > 0 ? '~' : '✗',
        criterion: { key: `practice.criterion.${r.id}` },
        earned: r.earned,
        points: r.points,
      }),
    ),
    text(locale, 'practice.debrief.warnings', { count: d.warnings, last: d.lastLines }),
  ];
  if (d.focus.length === 0) out.push(text(locale, 'practice.debrief.nothing'));
  else {
    out.push(text(locale, 'practice.debrief.focus'));
    d.focus.forEach((f, i) => {
      out.push(
        text(locale, 'practice.debrief.focus_line', {
          n: i + 1,
          advice: { key: `practice.advice.${f.id}` },
          section: f.section,
        }),
      );
    });
  }
  out.push(text(locale, 'practice.debrief.replay', { scenario: run.scenarioId, seed: run.seed }));
  return out;
}
