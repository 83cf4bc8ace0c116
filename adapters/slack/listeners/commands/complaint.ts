/** `/complaint`: help, an immediate start (kind keyword), or the start form. Acks first, always. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { CONTACT_CHANNELS, INCIDENT_KINDS, type Locale, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps, SURFACE, slackGroupsOf } from '../../deps.ts';
import { showStepHere } from '../../dm-unwritable.ts';
import { must } from '../../errors.ts';
import { parseComplaint } from '../../parse.ts';
import { startModal } from '../../render/modals.ts';

export const usage = (locale: Locale): string =>
  text(locale, 'slack.usage', { kinds: INCIDENT_KINDS.join(', '), channels: CONTACT_CHANNELS.join(', ') });

export const complaintCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const parsed = parseComplaint(command.text);
    const user = command.user_id;
    if (parsed.type === 'help' || parsed.type === 'unknown') {
      // Ephemeral through the ack itself (no channel membership needed); no Slack call keeps it fast.
      const locale = await d.locales.quick(user);
      const lead =
        parsed.type === 'unknown'
          ? `${text(locale, 'slack.unknown_subcommand', { input: parsed.word.slice(0, 40) })}\n`
          : '';
      await ack({ response_type: 'ephemeral', text: lead + usage(locale) });
      return;
    }
    await ack();
    const locale = await d.locales.of(user);
    if (parsed.type === 'form') {
      const view = startModal(locale, parsed);
      await client.views.open({ trigger_id: command.trigger_id, view: { ...view, private_metadata: locale } });
      return;
    }
    // trigger_id is the same on a retried delivery of this command: the retry starts nothing new.
    const started = await d.services.sessions.start({
      agentId: agentIdOf(user),
      surface: SURFACE,
      kind: parsed.kind,
      channel: parsed.channel,
      locale,
      ...(parsed.reference ? { customerReference: parsed.reference } : {}),
      ...(parsed.said ? { said: parsed.said } : {}),
      requestKey: `slack:trigger:${command.trigger_id}`,
      // A member listed through a user group may start sessions (asked of Slack, cached).
      memberOf: slackGroupsOf(d, user),
    });
    // Wait for this commit's delivery: if the step could not be written to the agent's DM, show it here.
    const sessionId = started.ok
      ? started.value.session.id
      : started.error.code === 'already_open'
        ? await openSessionId(d, user)
        : null;
    if (sessionId !== null) {
      await d.services.settle();
      if (await showStepHere(d.services, respond, sessionId, { locale, replace: false })) return;
    }
    must(started);
  };

async function openSessionId(d: SlackDeps, user: string): Promise<string | null> {
  const open = await d.services.sessions.current(agentIdOf(user));
  return open.ok && open.value !== null ? open.value.id : null;
}
