/** `/complaint`: help, an immediate start (kind keyword), or the start form. Acks first, always. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { CONTACT_CHANNELS, INCIDENT_KINDS, type Locale, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps, SURFACE, slackGroupsOf } from '../../deps.ts';
import { must } from '../../errors.ts';
import { parseComplaint } from '../../parse.ts';
import { startModal } from '../../render/modals.ts';

export const usage = (locale: Locale): string =>
  text(locale, 'slack.usage', { kinds: INCIDENT_KINDS.join(', '), channels: CONTACT_CHANNELS.join(', ') });

export const complaintCommand =
  (d: SlackDeps) =>
  async ({ command, ack, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const parsed = parseComplaint(command.text);
    const user = command.user_id;
    if (parsed.type === 'help' || parsed.type === 'unknown') {
      // Ephemeral through the ack itself (no channel membership needed); a cached locale keeps it fast.
      const locale = d.locales.known(user) ?? 'en';
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
    must(
      await d.services.sessions.start({
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
      }),
    );
  };
