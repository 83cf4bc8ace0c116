/**
 * Decompression and check-ins on Discord (docs/discord.md). The offer's buttons (breathe, talk,
 * break, skip) and the check-in live on a DM message: each click answers within Discord's 3 seconds
 * by updating that message; breathing then paces itself by editing the message with the bot token.
 * `/checkin`, `/holdline checkins` and `/holdline digest` answer ephemerally. Rules live in CareService.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { type AppError, errorText } from '../../../src/app/errors.ts';
import { safeError } from '../../../src/app/safe-error.ts';
import { checkinSavedKey, type Locale, type MessageKey, renderDigest, text } from '../../../src/engine/index.ts';
import { runBreathing } from '../../kit/breathing.ts';
import { agentIdOf } from '../agent.ts';
import { chunks } from '../care-delivery.ts';
import { CARE_FIELD, type CareButtonOp, type CareDone, type CareModal } from '../care-id.ts';
import { CHECKIN_OPTION, DIGEST_WEEK_OPTION } from '../commands/names.ts';
import { NO_PINGS } from '../dm.ts';
import {
  clip,
  renderBreakModal,
  renderCheckinModal,
  renderCheckinPrompt,
  renderHistory,
  renderOffer,
  renderTrend,
} from '../render/care.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

const SURFACE = 'discord';
const NO_MENTIONS = { allowedMentions: { parse: [] } } as const;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Interactions already acted on (talk, break, check-in), so a duplicate delivery of the same
 * interaction does not ping or post twice. Capped: the oldest ids are forgotten first.
 */
const SEEN_MAX = 2_000;
const seen = new Set<string>();
function firstTime(interactionId: string): boolean {
  if (seen.has(interactionId)) return false;
  seen.add(interactionId);
  if (seen.size > SEEN_MAX) seen.delete(seen.values().next().value as string);
  return true;
}

const ephemeral = (content: string) => ({ content, flags: MessageFlags.Ephemeral, ...NO_MENTIONS }) as const;

/** A click on the decompression offer or the check-in button. */
export async function onCareButton(
  ctx: ListenerContext,
  i: ButtonInteraction,
  b: { op: CareButtonOp; done: CareDone; owner: string | null },
): Promise<void> {
  const care = ctx.app.care;
  const locale = await personLocale(ctx, i);
  const t = (key: MessageKey) => text(locale, key);
  // Only the agent the offer was made to may answer it (a button from before owners were kept has none).
  if (b.owner !== null && b.owner !== i.user.id) {
    await i.reply(ephemeral(t('discord.care.not_yours')));
    return;
  }
  const owner = i.user.id;
  switch (b.op) {
    case 'skip':
      // One tap, nothing asked: the offer gives way to the (optional) check-in.
      await i.update({ ...renderCheckinPrompt(locale, t('care.skipped'), owner), ...NO_MENTIONS });
      return;
    case 'break':
      await i.showModal(renderBreakModal(locale, b.done));
      return;
    case 'checkin':
      await i.showModal(renderCheckinModal(locale));
      return;
    case 'breathe':
      return breathe(ctx, i, locale, b.done);
    case 'talk': {
      if (!firstTime(i.id)) return;
      // One ping per offer message: a second click (a new interaction) asks again with the same key.
      const requestKey = `discord:${i.user.id}:${i.message.id}`;
      const r = await care.talk({ agentId: agentIdOf(i.user.id), surface: SURFACE, requestKey });
      if (!r.ok) {
        await i.reply(ephemeral(errorText(locale, r.error)));
        return;
      }
      const lead = t(r.value.channel === null ? 'care.talk_no_channel' : 'care.talk_sent');
      await i.update({ ...renderOffer(locale, { lead, done: `${b.done}t`, owner }), ...NO_MENTIONS });
      return;
    }
  }
}

/**
 * The breathing exercise: the first step replaces the offer at once (the interaction's answer), the
 * rest follow at the script's pace as bot-token edits of the same message, and the offer comes back
 * at the end. Runs in the background: the listener never waits out the minute.
 */
async function breathe(ctx: ListenerContext, i: ButtonInteraction, locale: Locale, done: CareDone): Promise<void> {
  const channelId = i.channelId;
  const messageId = i.message.id;
  const running = runBreathing(locale, {
    step: async (step, n) => {
      if (n === 0) await i.update({ content: step.text, components: [], ...NO_MENTIONS });
      else await ctx.messenger.edit(channelId, messageId, { content: step.text, ...NO_PINGS });
    },
    done: async (lead) => {
      const body = renderOffer(locale, { lead, done: `${done}b`, owner: i.user.id });
      await ctx.messenger.edit(channelId, messageId, { ...body, ...NO_PINGS });
    },
    pause: ctx.pause ?? wait,
  });
  void running.catch((err: unknown) =>
    ctx.app.log.warn(
      { interaction: i.id, err: safeError(err) },
      'breathing exercise stopped: the message could not be edited',
    ),
  );
}

function field(i: ModalSubmitInteraction, id: string, kind: 'text' | 'select'): string | undefined {
  try {
    return kind === 'text' ? i.fields.getTextInputValue(id) : i.fields.getStringSelectValues(id)[0];
  } catch {
    return undefined; // missing or of another type: the app reports what is wrong
  }
}

/** The break modal (minutes) and the check-in modal (mood, where, note). */
export async function onCareModal(
  ctx: ListenerContext,
  i: ModalSubmitInteraction,
  m: { modal: CareModal; done: CareDone },
): Promise<void> {
  const care = ctx.app.care;
  const locale = await personLocale(ctx, i);
  if (!firstTime(i.id)) return;
  const agentId = agentIdOf(i.user.id);
  if (m.modal === 'break') {
    const minutes = (field(i, CARE_FIELD.minutes, 'text') ?? '').trim();
    // One break per offer message (else per modal): a second submission from the same offer starts none.
    const requestKey = i.isFromMessage()
      ? `discord:${i.user.id}:${i.message.id}`
      : `discord:${i.user.id}:modal:${i.id}`;
    const r = await care.startBreak({ agentId, surface: SURFACE, minutes, requestKey });
    // A wrong number leaves the offer as it was, so the agent can open the modal again.
    if (!r.ok) return void (await i.reply(ephemeral(errorText(locale, r.error))));
    const done = text(locale, 'care.break_started', { minutes: r.value.minutes });
    if (i.isFromMessage()) await i.update({ ...renderCheckinPrompt(locale, done, i.user.id), ...NO_MENTIONS });
    else await i.reply(ephemeral(done));
    return;
  }
  const r = await care.checkin({
    agentId,
    surface: SURFACE,
    mood: field(i, CARE_FIELD.mood, 'select'),
    visibility: field(i, CARE_FIELD.visibility, 'select'),
    note: field(i, CARE_FIELD.note, 'text'),
  });
  if (!r.ok) return void (await i.reply(ephemeral(errorText(locale, r.error))));
  const saved = text(locale, checkinSavedKey(r.value));
  if (i.isFromMessage()) await i.update({ content: saved, components: [], ...NO_MENTIONS });
  else await i.reply(ephemeral(saved));
}

/** /checkin mood visibility [note]: values are checked by the app (a hand-made request may send anything). */
export async function onCheckinCommand(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const care = ctx.app.care;
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  if (!firstTime(i.id)) return;
  const raw = (name: string) => i.options.get(name)?.value;
  const note = raw(CHECKIN_OPTION.note);
  const r = await care.checkin({
    agentId: agentIdOf(i.user.id),
    surface: SURFACE,
    mood: raw(CHECKIN_OPTION.mood),
    visibility: raw(CHECKIN_OPTION.visibility),
    note: typeof note === 'string' ? note : undefined,
  });
  await i.editReply({
    content: r.ok ? text(locale, checkinSavedKey(r.value)) : errorText(locale, r.error),
    ...NO_MENTIONS,
  });
}

const digestError = (locale: Locale, e: AppError): string =>
  e.code === 'not_supervisor'
    ? text(locale, 'discord.care.digest_supervisors_only')
    : e.code === 'invalid_value'
      ? text(locale, 'digest.bad_week')
      : errorText(locale, e);

/** /holdline digest [week]: the team's weekly digest, for supervisors. */
export async function onDigest(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const care = ctx.app.care;
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  const week = i.options.getString(DIGEST_WEEK_OPTION)?.trim() || undefined;
  const r = await care.digestFor(agentIdOf(i.user.id), week);
  const content = r.ok ? renderDigest(r.value, locale).join('\n') : digestError(locale, r.error);
  // With its scorecard the digest can pass Discord's 2,000 characters: the rest follows, also ephemeral.
  const [first = '', ...rest] = chunks(content);
  await i.editReply({ content: first, ...NO_MENTIONS });
  for (const part of rest) await i.followUp({ content: part, flags: MessageFlags.Ephemeral, ...NO_MENTIONS });
}

/** /holdline checkins: the agent's own recent check-ins; a supervisor also sees the team's mood this week. */
export async function onCheckins(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  const care = ctx.app.care;
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  const by = agentIdOf(i.user.id);
  const mine = await care.history(by, 10);
  if (!mine.ok) return void (await i.editReply({ content: errorText(locale, mine.error), ...NO_MENTIONS }));
  const parts = [renderHistory(mine.value, locale)];
  const team = await care.digestFor(by);
  if (team.ok) parts.push(renderTrend(team.value, locale));
  else if (team.error.code !== 'not_supervisor') parts.push(errorText(locale, team.error));
  await i.editReply({ content: clip(parts.join('\n\n')), ...NO_MENTIONS });
}
