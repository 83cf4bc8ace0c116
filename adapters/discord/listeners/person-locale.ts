/** The language to answer a Discord user in: their own choice (`/language`), else `interaction.locale`, else the team default. */
import type { Locale } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import type { ListenerContext } from './context.ts';

export const personLocale = (ctx: ListenerContext, i: { user: { id: string }; locale: string }): Promise<Locale> =>
  ctx.app.agents.localeFor(agentIdOf(i.user.id), i.locale);
