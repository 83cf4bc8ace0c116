/**
 * `/practice [kind] [language]` (issue 22): answers ephemerally, and the role-play runs in the agent's DM
 * with Holdline. Nothing real is paged or recorded (PracticeService).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { INCIDENT_KINDS, type Locale, matchLocale, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { openDm } from '../../dm.ts';
import { practiceMessage } from '../../render/practice.ts';
import { esc } from '../../render/text.ts';
import type { WebClient } from '../../web-client.ts';

export const practiceCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const words = command.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words[0] === 'history' || words[0] === 'team') {
      const locale = await d.locales.of(command.user_id);
      const person = agentIdOf(command.user_id);
      const r =
        words[0] === 'history'
          ? await d.services.practice.historyLines(person, locale)
          : await d.services.practice.teamWeek(person, words[1]);
      const answer = !r.ok
        ? text(locale, r.text.key, r.text.params)
        : Array.isArray(r.value)
          ? r.value.join('\n')
          : text(locale, 'practice.team.count', r.value);
      await ack({ response_type: 'ephemeral', text: esc(answer) });
      return;
    }
    const asked = words.map((w) => matchLocale(w)).find((l) => l !== null) ?? null;
    const kind = words.find((w) => matchLocale(w) === null);
    const locale = asked ?? (await d.locales.of(command.user_id));
    const begun = await d.services.practice.begin({
      agentId: agentIdOf(command.user_id),
      locale,
      ...(kind === undefined ? {} : { kind: INCIDENT_KINDS.find((k) => k.startsWith(kind)) ?? kind }),
    });
    if (!begun.ok) {
      await ack({ response_type: 'ephemeral', text: esc(text(locale, begun.text.key, begun.text.params)) });
      return;
    }
    await ack({ response_type: 'ephemeral', text: esc(text(locale, 'practice.chat.in_dm')) });
    await postPractice(client as unknown as WebClient, command.user_id, begun.value, locale);
  };

export async function postPractice(
  client: WebClient,
  userId: string,
  view: Parameters<typeof practiceMessage>[0],
  locale: Locale,
): Promise<void> {
  await client.chat.postMessage({ channel: await openDm(client, userId), ...practiceMessage(view, locale) });
}
