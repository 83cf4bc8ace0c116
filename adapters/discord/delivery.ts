/**
 * Carries session effects out on Discord with the bot token: the step message in the agent's DM
 * (edited in place), notices as DM messages, pages to supervisors and channels (pages.ts), and the
 * engine's own pages/reports (no team file recipients) via the escalation target.
 */

import { escapeMarkdown } from 'discord.js';
import type { SessionService } from '../../src/app/sessions.ts';
import {
  aboutContact,
  type Effect,
  type EffectBody,
  namesContact,
  renderNotice,
  type Session,
  text,
  viewSession,
} from '../../src/engine/index.ts';
import {
  type Clock,
  DeliveryError,
  type DeliveryReceipt,
  type EffectDelivery,
  type OutboxItem,
} from '../../src/ports.ts';
import { userIdOf } from './agent.ts';
import { careNonce } from './care-delivery.ts';
import { type DiscordMessenger, isUnknownMessage, NO_PINGS, toDeliveryError, unreachableReason } from './dm.ts';
import type { EscalationTarget } from './escalation.ts';
import type { DiscordPages } from './pages.ts';
import { renderOffer } from './render/care.ts';
import { renderStep } from './render/step.ts';
import { asStepRef, isDmClosed } from './step-ref.ts';

export class DiscordDelivery implements EffectDelivery {
  constructor(
    private readonly messenger: DiscordMessenger,
    private readonly sessions: SessionService,
    private readonly escalation: EscalationTarget,
    private readonly clock: Clock,
    private readonly pages: DiscordPages,
    /** STATEMENT_KEY is set: a threat's step offers "write down what was said" (issue 20). */
    private readonly statements = false,
  ) {}

  // biome-ignore lint/suspicious/noConfusingVoidType: EffectDelivery's signature (only pages return a receipt)
  async deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    const effect = item.effect;
    // Pages go to supervisors on Discord whatever surface the agent is on.
    if (effect.type === 'page') {
      try {
        return await this.pages.deliver(effect.message, item, session);
      } catch (err) {
        throw toDeliveryError(err, `delivering ${effect.message.kind}`);
      }
    }
    const userId = userIdOf(session.agentId);
    if (userId === null) throw new DeliveryError(`session ${session.id} has no Discord agent`, undefined, false);
    try {
      switch (effect.type) {
        case 'prompt':
          return await this.showStep(userId, session);
        case 'notice':
          await this.messenger.postToUser(userId, {
            content: noticeText(effect, session),
            ...NO_PINGS,
          });
          return;
        case 'offerDecompression': {
          // The close notice carries the decompression offer's buttons (listeners/care.ts).
          const lead = text(session.locale, 'notice.decompress');
          // A retry after a lost answer returns the message already posted instead of a second offer.
          const body = { ...renderOffer(session.locale, { lead, owner: userId }), ...NO_PINGS };
          await this.messenger.postToUser(userId, { ...body, nonce: careNonce(item.id, 'offer'), enforce_nonce: true });
          return;
        }
        case 'reportThreat':
          return await this.escalation.deliver(effect, item, session);
        case 'pageSupervisor':
          // Paging turns it into an escalation before the outbox; never mark delivered what was not.
          throw new DeliveryError(
            'the Discord adapter delivers pages through paging, not "pageSupervisor"',
            undefined,
            false,
          );
        case 'flagCustomer':
        case 'scheduleCheck':
        case 'scheduleFollowUp':
          return; // the accompanying notice tells the agent; timers are the runner's
      }
    } catch (err) {
      throw toDeliveryError(err, `delivering ${effect.type}`);
    }
  }

  /** After a crash: a page already posted (found by its effect id in the channels' history), else null. */
  async findSent(item: OutboxItem): Promise<DeliveryReceipt | null> {
    if (item.effect.type !== 'page') return null;
    try {
      return await this.pages.findSent(item.effect.message, item);
    } catch (err) {
      throw toDeliveryError(err, 'looking for a page already sent');
    }
  }

  /** Edits the step message in the agent's DM, or posts it (first time, or the agent deleted it). */
  private async showStep(userId: string, session: Session): Promise<void> {
    const raw = await this.sessions.surfaceRef(session.id);
    // DMs closed: the step lives in the agent's ephemeral /complaint answer, which the buttons update.
    if (isDmClosed(raw)) return;
    const ref = asStepRef(raw);
    if (ref !== null && ref.version >= session.version) return; // already shown (a button `update` did it)
    const view = viewSession(session, this.clock.now());
    const body = { ...renderStep(view, { on: this.statements, locale: session.locale }), ...NO_PINGS };
    if (ref !== null) {
      try {
        await this.messenger.edit(ref.channelId, ref.messageId, body);
        await this.sessions.setSurfaceRef(session.id, { ...ref, version: session.version });
        return;
      } catch (err) {
        if (!isUnknownMessage(err)) throw err;
      }
    }
    const channelId = await this.messenger.dmChannelId(userId);
    let message: Awaited<ReturnType<DiscordMessenger['post']>>;
    try {
      message = await this.messenger.post(channelId, body);
    } catch (err) {
      // Discord opens the DM channel and then refuses the message (50007): the first step never reached the
      // agent. Recorded, so /complaint answers with the step in the interaction instead (listeners/complaint.ts).
      if (ref === null && unreachableReason(err) === 'dm_closed') {
        await this.sessions.setSurfaceRef(session.id, { dmClosed: true, version: session.version });
        return;
      }
      throw err;
    }
    await this.sessions.setSurfaceRef(session.id, { channelId, messageId: message.id, version: session.version });
  }
}

/**
 * A notice naming a person (`by`) shows a Discord user as a mention (rendered as their name, not pinged),
 * someone on another chat service as "a supervisor": never an internal id such as `discord:123` (issue 15).
 */
function named(effect: Extract<EffectBody, { type: 'notice' }>): Extract<EffectBody, { type: 'notice' }> {
  const by = effect.params?.by;
  if (typeof by !== 'string') return effect;
  const user = /^discord:(\d{1,20})$/.exec(by)?.[1];
  return { ...effect, params: { ...effect.params, by: user ? `<@${user}>` : { key: 'notice.a_supervisor' } } };
}

/**
 * A notice for the agent; one the agent did not cause (an answer, an exhausted page, a hand-over) or one
 * after the contact closed names the contact, its start time in the reader's own time zone (<t:…:t>).
 */
function noticeText(effect: Extract<Effect, { type: 'notice' }>, session: Session): string {
  const sentence = renderNotice(named(effect), session.locale);
  if (!namesContact(effect, session)) return sentence;
  // The customer hint is shown as typed (an e-mail hint's `***` is no markdown).
  const customer = session.customer && { ...session.customer, hint: escapeMarkdown(session.customer.hint) };
  return `${sentence} ${aboutContact({ ...session, customer }, session.locale, (t) => `<t:${Math.floor(t / 1000)}:t>`)}`;
}
