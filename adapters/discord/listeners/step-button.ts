/**
 * A click on a step message: a choice, an action, or a reason/outcome from a second-level menu.
 * Applied with the version the button carries (stale and double clicks are refused) and the
 * interaction id as request key (a duplicate delivery acts once); the message is updated in place.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import {
  isCustomerTag,
  isLocale,
  OUTCOMES,
  type Outcome,
  type SessionEvent,
  viewSession,
} from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import type { StepButton } from '../custom-id.ts';
import { renderMenu, renderStep, type StepMenu } from '../render/step.ts';
import { isDmClosed } from '../step-ref.ts';
import type { ListenerContext } from './context.ts';
import { errorText, localeOf, sayKey } from './reply.ts';

const REASONS = ['customer_insists', 'more_experienced', 'agent_request'] as const;

/** The event a button stands for; 'menu:*' opens a second-level menu; null when the id is not one we make. */
function eventOf(b: StepButton): SessionEvent | `menu:${StepMenu}` | 'back' | null {
  switch (b.op) {
    case 'c':
      return b.arg === '' ? null : { type: 'choose', choiceId: b.arg };
    case 'r':
      return (REASONS as readonly string[]).includes(b.arg)
        ? { type: 'escalate', reason: b.arg as (typeof REASONS)[number] }
        : null;
    case 'o':
      return (OUTCOMES as readonly string[]).includes(b.arg) ? { type: 'close', outcome: b.arg as Outcome } : null;
    case 'b':
      return 'back';
    case 't':
      return b.arg === 'none'
        ? { type: 'customer_type', customerType: null }
        : isCustomerTag(b.arg)
          ? { type: 'customer_type', customerType: b.arg }
          : null;
    case 'l':
      return isLocale(b.arg) ? { type: 'customer_locale', locale: b.arg } : null;
    case 'a':
      switch (b.arg) {
        case 'worse':
        case 'better':
          return { type: 'hostility', direction: b.arg };
        case 'threat_physical':
          return { type: 'threat', kind: 'physical' };
        case 'threat_legal':
          return { type: 'threat', kind: 'legal' };
        case 'supervisor':
          return 'menu:reasons';
        case 'close':
          return 'menu:outcomes';
        case 'ctype':
          return 'menu:types';
        case 'clang':
          return 'menu:languages';
        default:
          return null;
      }
  }
}

export async function onStepButton(ctx: ListenerContext, i: ButtonInteraction, b: StepButton): Promise<void> {
  const event = eventOf(b);
  if (event === null) return sayKey(i, 'discord.unknown_button');
  const locale = localeOf(i);
  const agentId = agentIdOf(i.user.id);
  const now = () => ctx.app.clock.now();

  if (typeof event === 'string') {
    // Menus change no state: show them for the session as it is, if the button is still current.
    const got = await ctx.app.sessions.get(b.sessionId);
    if (!got.ok) return sayKey(i, 'error.internal');
    const session = got.value;
    if (session === null) return sayKey(i, 'error.not_found');
    if (session.agentId !== agentId) return sayKey(i, 'error.not_yours');
    const view = viewSession(session, now(), locale);
    if (session.version !== b.version || !view.open) {
      await i.update(renderStep(view));
      await i.followUp({
        content: errorText(i, { code: view.open ? 'stale' : 'session_closed' }),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await i.update(
      event === 'back' ? renderStep(view) : renderMenu(view, event.slice('menu:'.length) as StepMenu, locale),
    );
    return;
  }

  const r = await ctx.app.sessions.apply({
    sessionId: b.sessionId,
    actor: agentId,
    event,
    expectedVersion: b.version,
    requestKey: `discord:${i.id}`,
  });
  if (r.ok) {
    const session = r.value.session;
    await i.update(renderStep(viewSession(session, now(), locale)));
    // The message now shows this version: the outbox's prompt for it need not edit it again. A session shown
    // in an ephemeral /complaint answer (DMs closed) stays there: the bot token cannot edit that message.
    const dmClosed = isDmClosed(await ctx.app.sessions.surfaceRef(session.id));
    await ctx.app.sessions.setSurfaceRef(
      session.id,
      dmClosed
        ? { dmClosed: true, version: session.version }
        : { channelId: i.channelId, messageId: i.message.id, version: session.version },
    );
    return;
  }
  if (r.error.code === 'stale' || r.error.code === 'session_closed') {
    // Show the step as it is now, and say why the click did nothing.
    const current = await ctx.app.sessions.get(b.sessionId);
    if (current.ok && current.value !== null && current.value.agentId === agentId) {
      await i.update(renderStep(viewSession(current.value, now(), locale)));
      await i.followUp({ content: errorText(i, r.error), flags: MessageFlags.Ephemeral });
      return;
    }
  }
  await i.reply({ content: errorText(i, r.error), flags: MessageFlags.Ephemeral });
}
