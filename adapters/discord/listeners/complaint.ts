/**
 * /complaint: defer at once (Discord's 3 seconds), make sure the agent can be DMed (long sessions
 * live there, past the interaction token's 15 minutes), start the session, point to the DM.
 * The interaction id is the request key, so a duplicate delivery starts nothing twice.
 */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  INCIDENT_KINDS,
  type IncidentKind,
  type Locale,
  text,
  viewSession,
} from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { OPTION } from '../commands/names.ts';
import { renderStep } from '../render/step.ts';
import { dmLink, isDmClosed } from '../step-ref.ts';
import { discordRolesOf, type ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';
import { sayKey } from './reply.ts';

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

export async function onComplaint(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  // The person's own choice (/language) first, then their Discord language: the session keeps this locale.
  const locale = await personLocale(ctx, i);
  const kind = oneOf<IncidentKind>(INCIDENT_KINDS, i.options.getString(OPTION.kind));
  if (kind === null) return sayKey(i, locale, 'discord.bad_option', { option: OPTION.kind });
  const channel = oneOf<ContactChannel>(CONTACT_CHANNELS, i.options.getString(OPTION.channel));
  if (channel === null) return sayKey(i, locale, 'discord.bad_option', { option: OPTION.channel });
  const customer = i.options.getString(OPTION.customer);
  const said = i.options.getString(OPTION.said);

  let dmChannel: string;
  try {
    dmChannel = await ctx.messenger.dmChannelId(i.user.id);
  } catch {
    return sayKey(i, locale, 'discord.cannot_dm');
  }
  const r = await ctx.app.sessions.start({
    agentId: agentIdOf(i.user.id),
    surface: 'discord',
    kind,
    channel,
    locale,
    requestKey: `discord:${i.id}`,
    // A member listed through a role may start sessions (asked of Discord, cached).
    memberOf: discordRolesOf(ctx, i.user.id),
    ...(customer ? { customerReference: customer } : {}),
    // Passed only so the app can check its length; it is neither stored nor logged.
    ...(said ? { said } : {}),
  });
  if (r.ok) {
    // Wait for this commit's delivery: if Discord refused the step in the DM (DMs closed), show it here.
    await ctx.app.settle();
    if (await showHereIfDmClosed(ctx, i, r.value.session.id, locale)) return;
    await i.editReply({ content: text(locale, 'discord.started_dm', { link: dmLink(dmChannel) }) });
    return;
  }
  if (r.error.code === 'already_open') {
    const open = await ctx.app.sessions.current(agentIdOf(i.user.id));
    if (open.ok && open.value !== null && (await showHereIfDmClosed(ctx, i, open.value.id, locale))) return;
    await i.editReply({ content: text(locale, 'discord.resumed_dm', { link: dmLink(dmChannel) }) });
    return;
  }
  await i.editReply({ content: errorText(locale, r.error) });
}

/**
 * An agent whose DMs are closed gets the session's current step right here, ephemerally, with a sentence on
 * how to open DMs; its buttons work on this message (listeners/step-button.ts updates it). True when shown.
 */
async function showHereIfDmClosed(
  ctx: ListenerContext,
  i: ChatInputCommandInteraction,
  sessionId: string,
  locale: Locale,
): Promise<boolean> {
  if (!isDmClosed(await ctx.app.sessions.surfaceRef(sessionId))) return false;
  const got = await ctx.app.sessions.get(sessionId);
  if (!got.ok || got.value === null) return false;
  const step = renderStep(viewSession(got.value, ctx.app.clock.now(), locale), {
    on: ctx.app.statements?.available === true,
    locale,
  });
  const lead = text(locale, 'discord.dm_closed_here');
  await i.editReply({ ...step, content: [lead, step.content].filter(Boolean).join('\n\n') });
  return true;
}
