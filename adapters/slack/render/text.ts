/** Text helpers for Block Kit: mrkdwn escaping and Slack's length limits. */
import type { PlainTextElement } from '@slack/types';

/** Slack mrkdwn treats &, < and > as control characters; catalogue text must show them literally. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts text to Slack's per-field limits (button 75, header 150, section 3000) instead of failing the call. */
export const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const plain = (s: string, max = 75): PlainTextElement => ({
  type: 'plain_text',
  text: cut(s, max),
  emoji: true,
});
