/** The agent's private conversation with Holdline: a DM opened by the bot (conversations.open). */

import { noticeMessage } from './render/session.ts';
import type { WebClient } from './web-client.ts';

export async function openDm(client: WebClient, userId: string): Promise<string> {
  const res = await client.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  return id;
}

/** A one-off sentence to the agent in their DM (errors, confirmations). */
export async function tell(client: WebClient, userId: string, sentence: string): Promise<void> {
  await client.chat.postMessage({ channel: await openDm(client, userId), ...noticeMessage(sentence) });
}
