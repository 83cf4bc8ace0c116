/**
 * Practice mode in the terminal (issue 22): `p` at the start prompt or `holdline practice`. The customer's
 * lines, what would have been paged, reported or flagged, and the debrief, printed as text; numbered
 * moves. Piped input works, so a trainer can script a run. No rules here: PracticeService decides.
 */
import type { PracticeService, PracticeStart } from '../../src/app/practice.ts';
import {
  debriefLines,
  type Locale,
  type MessageKey,
  MOVE_IDS,
  type NoticeParams,
  practiceTitle,
  text,
  transcriptLines,
} from '../../src/engine/index.ts';
import type { Terminal } from './terminal.ts';

export interface ConsolePracticeDeps {
  readonly practice: PracticeService;
  readonly term: Terminal;
  readonly agentId: string;
  readonly locale: Locale;
}

/** Runs one practice contact to its debrief. Returns 0 when it ended, 2 when it could not start, 1 on failure. */
export async function runPractice(
  d: ConsolePracticeDeps,
  start: Omit<PracticeStart, 'agentId' | 'locale'> = {},
): Promise<number> {
  const t = (key: MessageKey, params?: NoticeParams) => text(d.locale, key, params);
  const begun = await d.practice.begin({ ...start, agentId: d.agentId, locale: d.locale });
  if (!begun.ok) {
    d.term.say(`  ! ${t(begun.text.key, begun.text.params)}`);
    return 2;
  }
  let view = begun.value;
  d.term.say(practiceTitle(view.scenario, d.locale));
  let shown = 0;
  const moves = MOVE_IDS.map((m) => t(`practice.move.${m}`));
  for (;;) {
    const lines = transcriptLines(view.run, view.would, d.locale);
    for (const line of lines.slice(shown)) d.term.say(line);
    shown = lines.length;
    if (view.debrief !== null) {
      d.term.say('');
      for (const line of debriefLines(view.debrief, view.run, d.locale)) d.term.say(line);
      d.term.say(t('practice.saved'));
      return 0;
    }
    const i = await d.term.pick(t('practice.pick_move'), moves, (max) => t('console.pick_number', { max }));
    const next = await d.practice.play(d.agentId, view.token, MOVE_IDS[i]);
    if (!next.ok) {
      d.term.say(`  ! ${t(next.text.key, next.text.params)}`);
      return 1;
    }
    view = next.value;
  }
}
