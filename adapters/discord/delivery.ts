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
import { type Clock, DeliveryError, type DeliveryReceipt, type OutboxItem } from '../../src/ports.ts';
import { dispatch, type EffectHandlers, nothingToShow, refuse, type Surface } from '../kit/surface.ts';
import { userIdOf } from './agent.ts';
import { careNonce } from './care-delivery.ts';
import { type DiscordMessenger, isUnknownMessage, NO_PINGS, toDeliveryError, unreachableReason } from './dm.ts';
import type { EscalationTarget } from './escalation.ts';
import type { DiscordPages } from './pages.ts';
import { renderOffer } from './render/care.ts';
import { renderStep } from './render/step.ts';
import { asStepRef, isDmClosed } from './step-ref.ts';

export class DiscordDelivery implements Surface {
  constructor(
    private readonly messenger: DiscordMessenger,
    private readonly sessions: SessionService,
    private readonly escalation: EscalationTarget,
    private readonly clock: Clock,
    private readonly pages: DiscordPages,
    /** STATEMENT_KEY is set: a threat's step offers "write down what was said" (issue 20). */
    private readonly statements = false,
  ) {}

  readonly handlers = {
    prompt: ({ session }) => this.showStep(agentUser(session), session),
    notice: async ({ effect, session }) => {
      await this.messenger.postToUser(agentUser(session), { content: noticeText(effect, session), ...NO_PINGS });
    },
    offerDecompression: async ({ item, session }) => {
      const userId = agentUser(session);
      // The close notice carries the decompression offer's buttons (listeners/care.ts).
      const lead = text(session.locale, 'notice.decompress');
      // A retry after a lost answer returns the message already posted instead of a second offer.
      const body = { ...renderOffer(session.locale, { lead, owner: userId }), ...NO_PINGS };
      await this.messenger.postToUser(userId, { ...body, nonce: careNonce(item.id, 'offer'), enforce_nonce: true });
    },
    reportThreat: ({ item, effect, session }) => {
      agentUser(session);
      return this.escalation.deliver(effect, item, session);
    },
    // Pages go to supervisors on Discord whatever surface the agent is on.
    page: ({ item, effect, session }) => this.pages.deliver(effect.message, item, session),
    flagCustomer: nothingToShow, // the accompanying notice tells the agent
    scheduleCheck: nothingToShow, // timers are the runner's
    scheduleFollowUp: nothingToShow, // the follow-up is a durable timer; its notice comes when due
    contactClosed: nothingToShow, // the app tells the contact's open pages
    // Paging turns it into an escalation before the outbox; never mark delivered what was not.
    pageSupervisor: refuse('the Discord adapter delivers pages through paging, not "pageSupervisor"'),
  } satisfies EffectHandlers;

  // biome-ignore lint/suspicious/noConfusingVoidType: EffectDelivery's signature (only pages return a receipt)
  async deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    const effect = item.effect;
    try {
      return await dispatch(this.handlers, item, session);
    } catch (err) {
      throw toDeliveryError(err, `delivering ${effect.type === 'page' ? effect.message.kind : effect.type}`);
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

/** The agent's Discord user id; a session of another surface has none (retrying cannot help). */
function agentUser(session: Session): string {
  const userId = userIdOf(session.agentId);
  if (userId === null) throw new DeliveryError(`session ${session.id} has no Discord agent`, undefined, false);
  return userId;
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
