/**
 * A click on a step message: a choice, an action, or a reason/outcome from a second-level menu.
 * Applied with the version the button carries (stale and double clicks are refused) and the
 * interaction id as request key (a duplicate delivery acts once); the message is updated in place.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { ACTIONS, actionEvent, type SessionEvent, viewSession } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import type { StepButton } from '../custom-id.ts';
import { renderMenu, renderStep, type StepMenu } from '../render/step.ts';
import { isDmClosed } from '../step-ref.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';
import { sayKey } from './reply.ts';

/** The event a button stands for; 'menu:*' opens a second-level menu; null when the id is not one we make. */
function eventOf(b: StepButton): SessionEvent | `menu:${StepMenu}` | 'back' | null {
  switch (b.op) {
    case 'c':
      return actionEvent('choose', b.arg);
    case 'r':
      return actionEvent('supervisor', b.arg);
    case 'o':
      return actionEvent('close', b.arg);
    case 'b':
      return 'back';
    case 't':
      return actionEvent('customer_type', b.arg);
    case 'l':
      return actionEvent('customer_lang', b.arg);
    case 'f':
      return actionEvent('follow_up', b.arg);
    case 'a':
      // The actions that need an argument open a menu of them first; the others are events at once.
      if (b.arg === 'supervisor') return 'menu:reasons';
      if (b.arg === 'close') return 'menu:outcomes';
      if (b.arg === 'ctype') return 'menu:types';
      if (b.arg === 'clang') return 'menu:languages';
      if (b.arg === 'followup') return 'menu:followups';
      return (ACTIONS as readonly string[]).includes(b.arg) ? actionEvent(b.arg) : null;
  }
}

export async function onStepButton(ctx: ListenerContext, i: ButtonInteraction, b: StepButton): Promise<void> {
  const event = eventOf(b);
  const locale = await personLocale(ctx, i);
  if (event === null) return sayKey(i, locale, 'discord.unknown_button');
  const agentId = agentIdOf(i.user.id);
  const now = () => ctx.app.clock.now();
  const st = { on: ctx.app.statements?.available === true, locale };

  if (typeof event === 'string') {
    // Menus change no state: show them for the session as it is, if the button is still current.
    const got = await ctx.app.sessions.get(b.sessionId);
    if (!got.ok) return sayKey(i, locale, 'error.internal');
    const session = got.value;
    if (session === null) return sayKey(i, locale, 'error.not_found');
    if (session.agentId !== agentId) return sayKey(i, locale, 'error.not_yours');
    const view = viewSession(session, now(), locale);
    if (session.version !== b.version || !view.open) {
      await i.update(renderStep(view, st));
      await i.followUp({
        content: errorText(locale, { code: view.open ? 'stale' : 'session_closed' }),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await i.update(
      event === 'back' ? renderStep(view, st) : renderMenu(view, event.slice('menu:'.length) as StepMenu, locale),
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
    await i.update(renderStep(viewSession(session, now(), locale), st));
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
      await i.update(renderStep(viewSession(current.value, now(), locale), st));
      await i.followUp({ content: errorText(locale, r.error), flags: MessageFlags.Ephemeral });
      return;
    }
  }
  await i.reply({ content: errorText(locale, r.error), flags: MessageFlags.Ephemeral });
}
