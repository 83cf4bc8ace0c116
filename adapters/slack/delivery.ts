/**
 * Carries a session's effects out in Slack (registered for surface `slack`): the step as one DM
 * message updated in place (its {channel, ts} kept with setSurfaceRef, so it survives restarts and
 * other instances), notices as thread replies under it. Page effects (pages, their updates, threat
 * reports to configured recipients) go through SlackPages; a `reportThreat` nobody is configured for
 * stays on the agent's surface and goes to the interim escalation channel (EscalationSender).
 * Any Web API failure becomes a DeliveryError so the outbox retries it (429: after Retry-After).
 */
import type { SessionService } from '../../src/app/sessions.ts';
import { type Session, text, viewSession } from '../../src/engine/index.ts';
import { type Clock, DeliveryError, type DeliveryReceipt, type OutboxItem } from '../../src/ports.ts';
import { dispatch, type EffectHandlers, nothingToShow, refuse, type Surface } from '../kit/surface.ts';
import { offerMessage } from './care/render.ts';
import { asDeliveryError } from './delivery-error.ts';
import { userIdOf } from './deps.ts';
import { openDm } from './dm.ts';
import { type DmUnwritableRef, isDmUnwritable } from './dm-unwritable.ts';
import type { EscalationSender } from './escalation.ts';
import { isRef, type MessageRef, platformError, type SlackPages } from './pages.ts';
import { agentNotice, noticeMessage, type RenderedMessage, sessionMessage } from './render/session.ts';
import type { WebClient } from './web-client.ts';

export interface SlackDeliveryDeps {
  readonly client: WebClient;
  readonly sessions: SessionService;
  readonly clock: Clock;
  readonly escalation: EscalationSender;
  readonly pages: SlackPages;
  /** STATEMENT_KEY is set: threat sessions offer "write down what was said" (issue 20). */
  readonly statements?: boolean;
}

export class SlackDelivery implements Surface {
  constructor(private readonly d: SlackDeliveryDeps) {}

  readonly handlers = {
    prompt: async ({ session }) => this.showStep(session, agentUser(session)),
    notice: async ({ effect, session }) => this.reply(session, agentUser(session), agentNotice(effect, session)),
    reportThreat: async ({ item, effect, session }) => {
      const user = agentUser(session);
      if ((await this.d.escalation.send(effect, session, item.createdAt)) === 'unconfigured')
        await this.reply(session, user, noticeMessage(text(session.locale, 'slack.escalation_unconfigured')));
    },
    offerDecompression: async ({ session }) => {
      // A new message, not a thread reply: the contact is over and this is for the agent now.
      // The offer's buttons (breathe, talk, break, skip) are answered by listeners/actions/care-action.ts.
      await this.d.client.chat.postMessage({
        channel: await openDm(this.d.client, agentUser(session)),
        ...offerMessage(session.locale, agentUser(session)),
      });
    },
    // Pages reach supervisors on Slack whatever surface the agent is on.
    page: ({ item, effect, session }) => this.d.pages.deliver(item, session, effect.message),
    flagCustomer: nothingToShow, // the notice that accompanies it tells the agent
    scheduleCheck: nothingToShow, // timers never reach the outbox
    scheduleFollowUp: nothingToShow, // the follow-up is a durable timer; its notice comes when due
    contactClosed: nothingToShow, // the app tells the contact's open pages
    // Paging turns it into an escalation before the outbox: never mark delivered what was not.
    pageSupervisor: refuse('the Slack adapter delivers pages through paging, not "pageSupervisor"'),
  } satisfies EffectHandlers;

  // biome-ignore lint/suspicious/noConfusingVoidType: only page effects have a receipt (EffectDelivery)
  async deliver(item: OutboxItem, session: Session): Promise<void | DeliveryReceipt> {
    try {
      return await dispatch(this.handlers, item, session);
    } catch (err) {
      throw asDeliveryError(err);
    }
  }

  async findSent(item: OutboxItem): Promise<DeliveryReceipt | null> {
    const effect = item.effect;
    if (effect.type !== 'page') return null;
    try {
      return await this.d.pages.findSent(item, effect.message);
    } catch (err) {
      throw asDeliveryError(err);
    }
  }

  /** The session's message, updated in place; posted (and remembered) the first time. */
  private async showStep(session: Session, user: string): Promise<void> {
    const message = sessionMessage(viewSession(session, this.d.clock.now()), session.locale, this.d.statements);
    const ref = await this.d.sessions.surfaceRef(session.id);
    // The DM cannot be written to: the step lives in the agent's ephemeral /complaint answer, which the
    // buttons replace (dm-unwritable.ts).
    if (isDmUnwritable(ref)) return;
    if (isRef(ref)) {
      try {
        await this.d.client.chat.update({ channel: ref.channel, ts: ref.ts, ...message });
        return;
      } catch (err) {
        // The agent deleted the message: post a fresh one below.
        if (platformError(err) !== 'message_not_found') throw err;
      }
    }
    let channel: string;
    let posted: Awaited<ReturnType<WebClient['chat']['postMessage']>>;
    try {
      channel = await openDm(this.d.client, user);
      posted = await this.d.client.chat.postMessage({ channel, ...message });
    } catch (err) {
      // The first step never reached the agent, and retrying cannot fix it: recorded, so /complaint shows
      // the step in its own ephemeral answer instead of leaving a session the agent cannot see.
      const e = asDeliveryError(err);
      if (!isRef(ref) && !e.retryable) {
        await this.d.sessions.setSurfaceRef(session.id, {
          dmUnwritable: true,
          error: e.message,
        } satisfies DmUnwritableRef);
        return;
      }
      throw err;
    }
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    await this.d.sessions.setSurfaceRef(session.id, {
      channel: posted.channel ?? channel,
      ts: posted.ts,
    } satisfies MessageRef);
  }

  /** A thread reply under the session's message, or a new DM message when there is none yet. */
  private async reply(session: Session, user: string, message: RenderedMessage): Promise<void> {
    const ref = await this.d.sessions.surfaceRef(session.id);
    if (isRef(ref)) await this.d.client.chat.postMessage({ channel: ref.channel, thread_ts: ref.ts, ...message });
    else await this.d.client.chat.postMessage({ channel: await openDm(this.d.client, user), ...message });
  }
}

/** The agent's Slack user id; an agent on another surface cannot get a Slack DM (retrying cannot help). */
function agentUser(session: Session): string {
  const user = userIdOf(session.agentId);
  if (user === null) throw new DeliveryError(`agent ${session.agentId} is not a Slack user`, undefined, false);
  return user;
}

export { asDeliveryError } from './delivery-error.ts';
