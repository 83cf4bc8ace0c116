/**
 * The one way a Discord listener picks a language: the person's own choice (`/language`), else their
 * Discord client language (`interaction.locale`), else the team default, else English
 * (AgentService.localeFor, on the engine's matchLocale). Buttons and modals too: a person who chose
 * Malay is answered in Malay whatever their Discord client is set to.
 */
import type { Locale } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import type { ListenerContext } from './context.ts';

export const personLocale = (ctx: ListenerContext, i: { user: { id: string }; locale: unknown }): Promise<Locale> =>
  // Typed as a string by discord.js, but it is whatever the payload carried (the fuzz test sends numbers).
  ctx.app.agents.localeFor(agentIdOf(i.user.id), typeof i.locale === 'string' ? i.locale : null);
