/**
 * Where pages and threat reports go on Discord, until team escalation policies exist: one
 * configured channel (DISCORD_ESCALATION_CHANNEL_ID). Kept apart so it can be replaced whole.
 */
import { type Locale, type Session, text } from '../../src/engine/index.ts';
import type { Logger, OutboxItem } from '../../src/ports.ts';
import { userIdOf } from './agent.ts';
import { type DiscordMessenger, NO_PINGS, toDeliveryError } from './dm.ts';
import { type Escalation, escalationSummary, renderEscalation } from './render/escalation.ts';

export interface EscalationTarget {
  deliver(effect: Escalation, item: OutboxItem, session: Session): Promise<void>;
}

export class ChannelEscalation implements EscalationTarget {
  constructor(
    private readonly messenger: DiscordMessenger,
    private readonly log: Logger,
    private readonly channelId: string | undefined,
    /** The channel's language: the team default (HOLDLINE_LOCALE); the session's locale when not given. */
    private readonly teamLocale?: () => Locale,
  ) {}

  async deliver(effect: Escalation, item: OutboxItem, session: Session): Promise<void> {
    const userId = userIdOf(session.agentId);
    const locale = session.locale;
    if (this.channelId === undefined) {
      this.log.warn(
        { effect: item.id, type: effect.type, session: session.id },
        'no DISCORD_ESCALATION_CHANNEL_ID: escalation not sent; telling the agent',
      );
      if (userId === null) return;
      const what = escalationSummary(effect, locale);
      await this.messenger
        .postToUser(userId, { content: text(locale, 'discord.no_escalation_channel', { what }), ...NO_PINGS })
        .catch((err: unknown) => {
          throw toDeliveryError(err, 'telling the agent no escalation channel is configured');
        });
      return;
    }
    const agent = userId === null ? session.agentId : `<@${userId}>`;
    // A channel is read by many people: the team default, not the agent's language.
    const body = renderEscalation(effect, session, agent, item.createdAt, this.teamLocale?.() ?? locale);
    try {
      await this.messenger.post(this.channelId, { ...body, ...NO_PINGS });
    } catch (err) {
      throw toDeliveryError(err, `posting ${effect.type} to the escalation channel`);
    }
  }
}
