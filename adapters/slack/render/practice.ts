/**
 * Block Kit for practice mode (issue 22): the transcript with what would have happened, the moves as
 * buttons (each carries the run so far: `hlx:<move>`, value = token), then the debrief.
 */
import type { ActionsBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { PracticeView } from '../../../src/app/practice.ts';
import {
  debriefLines,
  type Locale,
  MOVE_IDS,
  type Move,
  practiceTitle,
  text,
  transcriptLines,
} from '../../../src/engine/index.ts';
import { cut, esc, plain } from './text.ts';

export const PRACTICE_PREFIX = 'hlx:';
export const PRACTICE_ACTION = /^hlx:[a-z_]+$/;
export const PRACTICE_AGAIN = 'hlx:again';

/** Sections of at most ~2,900 characters (Slack's limit is 3,000), line by line. */
function sections(lines: readonly string[]): SectionBlock[] {
  const out: SectionBlock[] = [];
  let chunk = '';
  for (const line of lines.map(esc)) {
    if (chunk.length + line.length + 1 > 2900 && chunk !== '') {
      out.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
      chunk = '';
    }
    chunk = chunk === '' ? cut(line, 2900) : `${chunk}\n${cut(line, 2900)}`;
  }
  if (chunk !== '') out.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  return out;
}

export function practiceMessage(v: PracticeView, locale: Locale): { text: string; blocks: KnownBlock[] } {
  const title = practiceTitle(v.scenario, locale);
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${esc(title)}*` } },
    ...sections(transcriptLines(v.run, v.would, locale)),
  ];
  if (v.debrief === null) {
    const buttons: ActionsBlock = {
      type: 'actions',
      block_id: 'practice_moves',
      elements: MOVE_IDS.map((m: Move) => ({
        type: 'button',
        action_id: `${PRACTICE_PREFIX}${m}`,
        text: plain(text(locale, `practice.move.${m}`)),
        value: v.token,
      })),
    };
    blocks.push(
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: esc(text(locale, 'practice.pick_move')) }] },
      buttons,
    );
  } else {
    blocks.push(
      { type: 'divider' },
      ...sections([...debriefLines(v.debrief, v.run, locale), text(locale, 'practice.saved')]),
      {
        type: 'actions',
        block_id: 'practice_again',
        elements: [
          {
            type: 'button',
            action_id: PRACTICE_AGAIN,
            text: plain(text(locale, 'practice.chat.again')),
            value: v.scenario.kind,
          },
        ],
      },
    );
  }
  return { text: title, blocks };
}
