/**
 * Threat reports that the team file routes to nobody: posted to one configured channel
 * (SLACK_ESCALATION_CHANNEL) so the report is not lost. Pages go through paging (pages.ts).
 */
import { type Effect, type Locale, reportRepeats, reportTitle, type Session, text } from '../../src/engine/index.ts';
import type { Logger } from '../../src/ports.ts';
import { userIdOf } from './deps.ts';
import { cut, esc, slackTimes, timeMark } from './render/text.ts';
import type { WebClient } from './web-client.ts';

/** Stands for the agent in the text until it is replaced by a mention (private-use characters, never typed). */
const AGENT = '\uE000agent\uE000';

/** Threat reports the team file routes nowhere (pages themselves go through paging: adapters/slack/pages.ts). */
export type EscalationEffect = Extract<Effect, { type: 'reportThreat' }>;

export interface EscalationSender {
  /** 'unconfigured' when there is nowhere to send it (the caller tells the agent). Throws to retry. */
  send(effect: EscalationEffect, session: Session, at: number): Promise<'sent' | 'unconfigured'>;
}

export class ChannelEscalation implements EscalationSender {
  constructor(
    private readonly client: WebClient,
    private readonly channel: string | undefined,
    private readonly log: Logger,
    /** The channel's language: the team default (HOLDLINE_LOCALE); the session's locale when not given. */
    private readonly teamLocale?: () => Locale,
  ) {}

  async send(effect: EscalationEffect, session: Session, at: number): Promise<'sent' | 'unconfigured'> {
    if (this.channel === undefined) {
      this.log.warn({ session: session.id, effect: effect.type }, 'no SLACK_ESCALATION_CHANNEL: page not sent');
      return 'unconfigured';
    }
    const sentence = escalationText(effect, session, at, this.teamLocale?.() ?? session.locale);
    const user = userIdOf(session.agentId);
    // The agent is shown as a mention (so the supervisor can DM them): escape the text, then put it in.
    const mrkdwn = slackTimes(esc(sentence).replaceAll(AGENT, user ? `<@${user}>` : esc(session.agentId)));
    await this.client.chat.postMessage({
      channel: this.channel,
      // The notification text is mrkdwn as well: the same escaped text, with the agent as a bare id.
      text: slackTimes(esc(sentence).replaceAll(AGENT, user ?? esc(session.agentId))),
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: cut(mrkdwn, 3000) } }],
    });
    return 'sent';
  }
}

/** The report as security / legal read it in the escalation channel (in the channel's language). */
function escalationText(effect: EscalationEffect, session: Session, at: number, locale: Locale): string {
  const common = {
    agent: AGENT,
    kind: { key: `kind.${session.kind}` as const },
    channel: { key: `channel.${session.channel}` as const },
  };
  const repeats = reportRepeats(locale, session.kind, session.id, effect.repeatedAt, timeMark);
  return [
    reportTitle(locale, effect.to, effect.repeatedAt),
    ...repeats,
    text(locale, 'report.body', { ...common, to: effect.to, time: new Date(at).toISOString(), session: session.id }),
  ].join('\n');
}
