/**
 * Pages on Discord (docs/paging.md, "the delivery contract"): a page is DMed to each supervisor named on
 * this surface and posted in each escalation channel; the receipt's ref is the JSON list of every message
 * posted, so `page_update` can edit them all. Each post carries a nonce derived from the effect id and the
 * target with `enforce_nonce`, so a retry within Discord's nonce window returns the message already sent
 * instead of posting it twice.
 * Each message is written in its reader's language (issue #8): a supervisor's stored choice (`/language`),
 * else the team default (Discord gives no locale for a DM recipient outside an interaction); channels get
 * the team default (HOLDLINE_LOCALE).
 * Every recipient is tried on its own (src/app/recipients.ts): channels first, then each person, a few at
 * a time; one that cannot be reached (DMs closed: 50007) is recorded in the receipt and named on the
 * channel post. A role is reached through the channel posts that mention it.
 */
import { createHash } from 'node:crypto';
import { reachEach, settle } from '../../src/app/recipients.ts';
import { safeError } from '../../src/app/safe-error.ts';
import type { Locale, PageMessage, Session } from '../../src/engine/index.ts';
import type { DeliveryReceipt, Logger, OutboxItem, Unreachable } from '../../src/ports.ts';
import {
  type DiscordMessenger,
  isUnknownMessage,
  type MessageBody,
  NO_PINGS,
  toDeliveryError,
  unreachableReason,
} from './dm.ts';
import { renderPage, renderReport, renderUpdateEdit, renderUpdatePost } from './render/page.ts';

/** One message posted for a page. */
export interface PostedRef {
  readonly channelId: string;
  readonly messageId: string;
  /** The supervisor it was DMed to (`discord:<id>`), so the edit is written in their language; absent for channels. */
  readonly to?: string;
}

/** Where DiscordPages gets each reader's language; without it, pages are written in the session's locale. */
export interface PageLocales {
  /** A person's language (`discord:<id>`): their own choice, else the team default. */
  personLocale(personId: string): Promise<Locale>;
  /** The team default, for channels. */
  teamLocale(): Locale;
}

/** How far back a channel is searched for a page already posted (pages are seconds apart from a crash). */
const HISTORY_LIMIT = 50;

/** `discord:<digits>` → the id; roles, other surfaces and malformed ids → null. */
const snowflakeOf = (id: string): string | null => /^discord:(\d{1,20})$/.exec(id)?.[1] ?? null;

/** Discord nonces are at most 25 characters: a hash of the effect id and the target. */
const nonceOf = (effectId: string, target: string): string =>
  createHash('sha256').update(`${effectId}|${target}`).digest('base64url').slice(0, 25);

const pings = (ids: readonly string[]): NonNullable<MessageBody['allowed_mentions']> => ({
  parse: [],
  users: ids.flatMap((id) => snowflakeOf(id) ?? []),
  roles: ids.flatMap((id) => /^discord:role:(\d{1,20})$/.exec(id)?.[1] ?? []),
});

export function parseRefs(ref: string): PostedRef[] {
  try {
    const list: unknown = JSON.parse(ref);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (r): r is PostedRef =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.channelId === 'string' &&
        typeof r.messageId === 'string' &&
        (r.to === undefined || typeof r.to === 'string'),
    );
  } catch {
    return []; // a ref written by another adapter version: nothing we can edit
  }
}

/** A role with no channel to be mentioned in (Holdline does not list role members: no privileged intent). */
class RoleWithoutChannel extends Error {
  constructor() {
    super('role: no channel to mention it in');
  }
}

export class DiscordPages {
  constructor(
    private readonly messenger: DiscordMessenger,
    private readonly log: Logger,
    private readonly locales?: PageLocales,
  ) {}

  async deliver(m: PageMessage, item: OutboxItem, session: Session): Promise<DeliveryReceipt> {
    // Channels (and refs whose reader is unknown) in the team default; each supervisor's DM in theirs.
    const locale = this.locales ? this.locales.teamLocale() : session.locale;
    const personLocale = (person: string | undefined) =>
      person !== undefined && this.locales ? this.locales.personLocale(person) : Promise.resolve(locale);
    switch (m.kind) {
      case 'page': {
        // A page is meant to wake someone: its supervisors (people and roles) are pinged, nobody else.
        const body = (l: Locale, missed: readonly Unreachable[] = []) => ({
          ...renderPage(m, session, item.createdAt, l, missed, item.id),
          allowed_mentions: pings(m.supervisors),
        });
        const hasChannel = m.channels.some((c) => snowflakeOf(c) !== null);
        const results = await reachEach(
          [...m.channels, ...m.supervisors],
          async (to): Promise<PostedRef[]> => {
            if (/^discord:role:/.test(to)) {
              if (hasChannel) return []; // mentioned in the channel posts
              throw new RoleWithoutChannel();
            }
            const id = snowflakeOf(to);
            if (id === null) return [];
            const channelId = m.channels.includes(to) ? id : await this.messenger.dmChannelId(id);
            // A retry (after a crash or a lost answer) first looks for the page already posted there.
            const found = item.attempts > 1 ? await this.lookup(channelId, item.id) : null;
            const ref =
              found ??
              (m.channels.includes(to)
                ? await this.post(item, id, id, body(locale))
                : await this.post(item, `dm:${id}`, channelId, body(await personLocale(to))));
            return [m.channels.includes(to) ? ref : { ...ref, to }];
          },
          (err) => (err instanceof RoleWithoutChannel ? 'no_channel' : unreachableReason(err)),
        );
        const { refs, missed } = settle(item, results, (err) => toDeliveryError(err, 'delivering page'));
        if (missed.length > 0)
          for (const ref of refs.filter((r) => r.to === undefined))
            await this.messenger
              .edit(ref.channelId, ref.messageId, { ...body(locale, missed), allowed_mentions: { parse: [] } })
              .catch((err: unknown) =>
                this.log.warn({ effect: item.id, error: safeError(err) }, 'could not note who was missed'),
              );
        return { ref: JSON.stringify([...refs, ...missed]) };
      }
      case 'page_edit': {
        // The pages already sent, rendered again with what changed (contact closed); buttons kept, nobody pinged.
        const edited: PostedRef[] = [];
        for (const { pageId, page } of m.edits)
          for (const r of parseRefs(item.pageRefs?.[pageId] ?? '[]')) {
            const body = renderPage(page, session, item.createdAt, await personLocale(r.to), [], pageId);
            await this.messenger.edit(r.channelId, r.messageId, { ...body, ...NO_PINGS }).catch((err: unknown) => {
              if (!isUnknownMessage(err)) throw err;
              this.log.info({ effect: item.id, page: pageId }, 'page message gone; not edited');
            });
            edited.push(r);
          }
        return { ref: JSON.stringify(edited) };
      }
      case 'page_update': {
        const edited = new Set<string>();
        for (const pageId of m.pageIds) {
          for (const r of parseRefs(item.pageRefs?.[pageId] ?? '[]')) {
            edited.add(r.channelId);
            const edit = renderUpdateEdit(m, await personLocale(r.to));
            await this.messenger.edit(r.channelId, r.messageId, { ...edit, ...NO_PINGS }).catch((err: unknown) => {
              // A page somebody deleted cannot be edited; the others still must be.
              if (!isUnknownMessage(err)) throw err;
              this.log.info({ effect: item.id, page: pageId }, 'page message gone; not edited');
            });
          }
        }
        // Tell the team channels that never got a page message (e.g. the page went to another surface).
        const post = renderUpdatePost(m, session, locale);
        for (const channel of m.channels) {
          const channelId = snowflakeOf(channel);
          if (channelId !== null && !edited.has(channelId)) await this.post(item, channelId, channelId, post);
        }
        return { ref: null };
      }
      case 'report': {
        const body = renderReport(m, session, item.createdAt, locale);
        const posted: PostedRef[] = [];
        for (const r of m.recipients) {
          const channelId = snowflakeOf(r);
          if (channelId !== null) posted.push(await this.post(item, channelId, channelId, body));
        }
        return { ref: JSON.stringify(posted) };
      }
    }
  }

  /**
   * After a crash: the page's messages if every recipient already has one, else null (deliver then posts
   * only what is missing). Found by the effect id in the buttons, in each channel's recent history: Discord
   * stores no nonce, and its nonce check lasts minutes at most.
   */
  async findSent(m: PageMessage, item: OutboxItem): Promise<DeliveryReceipt | null> {
    if (m.kind !== 'page') return null;
    const refs: PostedRef[] = [];
    for (const to of [...m.channels, ...m.supervisors]) {
      const id = snowflakeOf(to);
      if (id === null) continue;
      const channelId = m.channels.includes(to) ? id : await this.messenger.dmChannelId(id);
      const found = await this.lookup(channelId, item.id);
      if (found === null) return null;
      refs.push(m.channels.includes(to) ? found : { ...found, to });
    }
    return refs.length === 0 ? null : { ref: JSON.stringify(refs) };
  }

  /** A message in the channel's recent history whose buttons carry this page effect's id. */
  private async lookup(channelId: string, effectId: string): Promise<PostedRef | null> {
    const marker = `:${effectId}`;
    const recent = await this.messenger.recent(channelId, HISTORY_LIMIT);
    const hit = recent.find((msg) =>
      (msg.components ?? []).some((row) =>
        ('components' in row ? row.components : []).some(
          (c) =>
            'custom_id' in c &&
            typeof c.custom_id === 'string' &&
            c.custom_id.startsWith('hl:page:') &&
            c.custom_id.endsWith(marker),
        ),
      ),
    );
    return hit ? { channelId, messageId: hit.id } : null;
  }

  private async post(item: OutboxItem, target: string, channelId: string, body: MessageBody): Promise<PostedRef> {
    const message = await this.messenger.post(channelId, {
      ...NO_PINGS,
      ...body,
      nonce: nonceOf(item.id, target),
      enforce_nonce: true,
    });
    return { channelId, messageId: message.id };
  }
}
