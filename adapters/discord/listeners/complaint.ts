/**
 * /complaint: defer at once (Discord's 3 seconds), make sure the agent can be DMed (long sessions
 * live there, past the interaction token's 15 minutes), start the session, point to the DM.
 * The interaction id is the request key, so a duplicate delivery starts nothing twice.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  INCIDENT_KINDS,
  type IncidentKind,
  text,
} from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { OPTION } from '../commands.ts';
import { dmLink } from '../step-ref.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';
import { errorText, sayKey } from './reply.ts';

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

export async function onComplaint(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  // The person's own choice (/language) first, then their Discord language: the session keeps this locale.
  const locale = await personLocale(ctx, i);
  const kind = oneOf<IncidentKind>(INCIDENT_KINDS, i.options.getString(OPTION.kind));
  if (kind === null) return sayKey(i, 'discord.bad_option', { option: OPTION.kind });
  const channel = oneOf<ContactChannel>(CONTACT_CHANNELS, i.options.getString(OPTION.channel));
  if (channel === null) return sayKey(i, 'discord.bad_option', { option: OPTION.channel });
  const customer = i.options.getString(OPTION.customer);
  const said = i.options.getString(OPTION.said);

  let dmChannel: string;
  try {
    dmChannel = await ctx.messenger.dmChannelId(i.user.id);
  } catch {
    return sayKey(i, 'discord.cannot_dm');
  }
  const r = await ctx.app.sessions.start({
    agentId: agentIdOf(i.user.id),
    surface: 'discord',
    kind,
    channel,
    locale,
    requestKey: `discord:${i.id}`,
    ...(customer ? { customerReference: customer } : {}),
    // Passed only so the app can check its length; it is neither stored nor logged.
    ...(said ? { said } : {}),
  });
  if (r.ok) {
    await i.editReply({ content: text(locale, 'discord.started_dm', { link: dmLink(dmChannel) }) });
    return;
  }
  if (r.error.code === 'already_open') {
    await i.editReply({ content: text(locale, 'discord.resumed_dm', { link: dmLink(dmChannel) }) });
    return;
  }
  await i.editReply({ content: errorText(i, r.error) });
}
