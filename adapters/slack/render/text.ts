/** Text helpers for Block Kit: mrkdwn escaping and Slack's length limits. */
import type { PlainTextElement } from '@slack/types';

/** Slack mrkdwn treats &, < and > as control characters; catalogue text must show them literally. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A time Slack shows in the reader's own time zone and date format (`<!date>`), with the ISO time
 * (UTC) as the fallback for clients that cannot. Insert it after escaping: it is mrkdwn itself.
 */
export const slackDate = (ms: number): string =>
  `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString()}>`;

/** A time of day Slack shows in the reader's own time zone (`{time}`), with "14:03 UTC" as the fallback. */
export const slackTime = (ms: number): string =>
  `<!date^${Math.floor(ms / 1000)}^{time}|${new Date(ms).toISOString().slice(11, 16)} UTC>`;

/**
 * Marks a time in text that is escaped afterwards; `slackTimes` turns each mark into Slack's date token
 * (private-use characters: never typed, untouched by escaping).
 */
export const timeMark = (ms: number): string => `\uE003${ms}\uE003`;
export const slackTimes = (s: string): string => s.replace(/\uE003(\d+)\uE003/g, (_, ms) => slackTime(Number(ms)));

/** Cuts text to Slack's per-field limits (button 75, header 150, section 3000) instead of failing the call. */
export const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const plain = (s: string, max = 75): PlainTextElement => ({
  type: 'plain_text',
  text: cut(s, max),
  emoji: true,
});
