/**
 * `/flag add|lookup|remove` (docs/flags.md): an agent flags the customer of their open session, with an
 * optional note for supervisors; supervisors look up a customer's flags with notes and remove one with a
 * reason (audited). Answers are ephemeral and ping nobody. Neither the reference nor the note is logged.
 */
import { type ChatInputCommandInteraction, escapeMarkdown, MessageFlags } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { type FlagLookup, LOOKUP_WHEN, lookupText } from '../../../src/app/flags.ts';
import { FLAG_KINDS, type FlagKind, type Locale, MAX_FLAG_NOTE, text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { FLAG_OPTION, FLAG_SUB } from '../commands/names.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';

/** Discord's limit on a message's content, with room for the "and N more" line. */
const MAX_CONTENT = 1_900;

export async function onFlag(ctx: ListenerContext, i: ChatInputCommandInteraction): Promise<void> {
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const locale = await personLocale(ctx, i);
  const by = agentIdOf(i.user.id);
  const sub = i.options.getSubcommand(false);
  const content =
    sub === FLAG_SUB.add
      ? await add(ctx, i, locale, by)
      : sub === FLAG_SUB.lookup
        ? await lookup(ctx, i, locale, by)
        : sub === FLAG_SUB.remove
          ? await remove(ctx, i, locale, by)
          : text(locale, 'discord.unknown_command');
  await i.editReply({ content, allowedMentions: { parse: [] } });
}

async function add(ctx: ListenerContext, i: ChatInputCommandInteraction, locale: Locale, by: string): Promise<string> {
  const value = i.options.getString(FLAG_OPTION.kind) ?? '';
  const kind = (FLAG_KINDS as readonly string[]).includes(value) ? (value as FlagKind) : null;
  if (kind === null) return text(locale, 'error.bad_flag_kind', { kinds: FLAG_KINDS.join(', ') });
  const note = (i.options.getString(FLAG_OPTION.note) ?? '').trim();
  if (note.length > MAX_FLAG_NOTE)
    return errorText(locale, { code: 'text_too_long', params: { length: note.length, max: MAX_FLAG_NOTE } });
  const current = await ctx.app.sessions.current(by);
  if (!current.ok) return errorText(locale, current.error);
  const session = current.value;
  if (session === null) return text(locale, 'chat.flag.no_session');
  if (session.customer === null) return errorText(locale, { code: 'no_customer' });
  const r = await ctx.app.sessions.apply({
    sessionId: session.id,
    actor: by,
    event: { type: 'flag', kind, ...(note ? { note } : {}) },
    requestKey: `discord:${i.id}`,
  });
  if (!r.ok) return errorText(locale, r.error);
  const k = { key: `flags.kind.${kind}` } as const;
  if (!r.value.duplicate && !r.value.effects.some((e) => e.type === 'flagCustomer'))
    return text(locale, 'flags.already', { kind: k });
  return [text(locale, 'chat.flag.done', { kind: k }), ...(note ? [text(locale, 'chat.flag.done_note')] : [])].join(
    ' ',
  );
}

async function lookup(
  ctx: ListenerContext,
  i: ChatInputCommandInteraction,
  locale: Locale,
  by: string,
): Promise<string> {
  const reference = (i.options.getString(FLAG_OPTION.customer) ?? '').trim();
  if (reference === '') return text(locale, 'chat.flag.lookup_usage');
  const r = await ctx.app.flags.lookup(by, reference);
  return r.ok ? lookupContent(locale, r.value) : errorText(locale, r.error);
}

async function remove(
  ctx: ListenerContext,
  i: ChatInputCommandInteraction,
  locale: Locale,
  by: string,
): Promise<string> {
  const id = (i.options.getString(FLAG_OPTION.id) ?? '').trim();
  const reason = (i.options.getString(FLAG_OPTION.reason) ?? '').trim();
  if (id === '' || reason === '') return text(locale, 'chat.flag.remove_usage');
  const r = await ctx.app.flags.remove(by, id, reason);
  return r.ok ? text(locale, 'flags.removed', { id: r.value.id }) : errorText(locale, r.error);
}

/** Counts by kind, then each flag (newest first) with kind, time, team, id and note, within Discord's 2,000 characters. */
export function lookupContent(locale: Locale, found: FlagLookup): string {
  const { hint, flags } = found;
  if (flags.length === 0) return escapeMarkdown(text(locale, 'flags.none', { hint }));
  const { header, entries } = lookupText(locale, found);
  const lines = [`**${escapeMarkdown(header)}**`];
  let shown = 0;
  for (const e of entries) {
    // Discord's timestamp token: every reader's client shows it in their own zone and date format.
    const entry = [
      `• ${escapeMarkdown(e.line).replace(LOOKUP_WHEN, `<t:${Math.floor(e.createdAt / 1000)}:f>`)}`,
      ...(e.note === null ? [] : [`> ${escapeMarkdown(e.note)}`]),
    ];
    if ([...lines, ...entry].join('\n').length > MAX_CONTENT) break;
    lines.push(...entry);
    shown++;
  }
  if (shown < flags.length) lines.push(text(locale, 'chat.flag.more', { count: flags.length - shown }));
  return lines.join('\n');
}
