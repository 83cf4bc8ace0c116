/**
 * Who needs help now and the agent's own trend, as Slack mrkdwn (the sentences come from the engine's
 * renderers; here only escaping and mentions are added). Used by `/holdline now`, `/checkin history`
 * and the App Home.
 */
import {
  type Locale,
  type MyTrend,
  renderBoardContacts,
  renderBoardLimits,
  renderMyTrend,
  type TeamBoard,
} from '../../../src/engine/index.ts';
import { mention } from '../care/render.ts';
import { esc } from './text.ts';

/** Stands for a person until replaced by a mention (private-use characters, never typed). */
const mark = (id: string) => `\uE001${id}\uE001`;
const withMentions = (line: string) => esc(line).replace(/\uE001([^\uE001]+)\uE001/g, (_, id: string) => mention(id));

export const boardContactsText = (b: TeamBoard, locale: Locale, now: number): string =>
  renderBoardContacts(b, locale, now, mark).map(withMentions).join('\n');

export const boardLimitsText = (b: TeamBoard, locale: Locale): string =>
  renderBoardLimits(b, locale, mark).map(withMentions).join('\n');

export const boardText = (boards: readonly TeamBoard[], locale: Locale, now: number): string =>
  boards.map((b) => `${boardContactsText(b, locale, now)}\n\n${boardLimitsText(b, locale)}`).join('\n\n');

/** The agent's own 8 weeks: the weekly lines in a code block (the bars stay lined up), the pointer below. */
export function myTrendText(trend: MyTrend, locale: Locale, support: string | null): string {
  const [title = '', ...rest] = renderMyTrend(trend, locale, support);
  const blank = rest.indexOf('');
  const weeks = blank === -1 ? rest : rest.slice(0, blank);
  const pointer = blank === -1 ? [] : rest.slice(blank + 1);
  return [`*${esc(title)}*`, `\`\`\`${esc(weeks.join('\n'))}\`\`\``, ...pointer.map(esc)].join('\n');
}
