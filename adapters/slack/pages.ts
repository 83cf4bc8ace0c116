/**
 * Pages, page updates and threat reports in Slack (docs/paging.md, "the delivery contract").
 * A page is one message per recipient: a DM to each supervisor, a post in each channel. Its receipt
 * ref is JSON of every {channel, ts} posted, so the page_update can edit them all. Every post carries
 * the effect id in its metadata, so a retry (or findSent after a crash) finds what is already there
 * in the conversation's recent history instead of posting it twice.
 * Each message is written in its reader's language (issue #8): a supervisor's own choice or Slack locale,
 * the team default (HOLDLINE_LOCALE) in a channel; never the agent's just because the agent wrote first.
 * Every recipient is tried on its own (src/app/recipients.ts): channels first, then each person, a few at
 * a time; one that cannot be reached is recorded in the receipt and named on the channel post.
 */
import { reachEach, settle } from '../../src/app/recipients.ts';
import { safeError } from '../../src/app/safe-error.ts';
import type { Locale, PageMessage, Session } from '../../src/engine/index.ts';
import type { DeliveryReceipt, Logger, OutboxItem, Unreachable, UnreachableReason } from '../../src/ports.ts';
import { asDeliveryError } from './delivery-error.ts';
import { userIdOf } from './deps.ts';
import { openDm } from './dm.ts';
import { pageMessage, pageUpdateMessage, reportMessage } from './render/page.ts';
import type { RenderedMessage } from './render/session.ts';
import type { WebClient } from './web-client.ts';

export interface MessageRef {
  readonly channel: string;
  readonly ts: string;
  /** The recipient it was posted for (`slack:U…`, `slack:C…`), so an edit is written in the same language. */
  readonly to?: string;
}

/** Where SlackPages gets each reader's language; without it, pages are written in the session's locale. */
export interface PageLocales {
  /** A Slack user's language (their own choice, their Slack locale, the team default). */
  personLocale(userId: string): Promise<Locale>;
  /** The team default, for channels. */
  teamLocale(): Locale;
}

type Render = (locale: Locale) => RenderedMessage;

export const EVENT_TYPE = 'holdline_page';
/** How far back a conversation is searched for a message already sent (pages are seconds apart from a crash). */
const HISTORY_LIMIT = 50;

export class SlackPages {
  /** Posts found by findSent for an effect that was only partly sent: deliver skips them. */
  private readonly found = new Map<string, MessageRef[]>();

  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly locales?: PageLocales,
  ) {}

  async deliver(item: OutboxItem, session: Session, m: PageMessage): Promise<DeliveryReceipt> {
    switch (m.kind) {
      case 'page': {
        const render = (l: Locale, missed: readonly Unreachable[] = []) =>
          pageMessage(m, session, item.createdAt, l, missed);
        // Channels first (one post reaches the whole team), then each person; groups only in channel posts.
        const targets = [...m.channels, ...m.supervisors];
        const { refs, missed } = await this.post(item, session, targets, render, m.channels.length > 0);
        if (missed.length > 0) await this.noteUnreachable(item, refs, (l) => render(l, missed));
        return { ref: JSON.stringify([...refs, ...missed]) };
      }
      case 'report': {
        const render = (l: Locale) => reportMessage(m, session, item.createdAt, l);
        const { refs, missed } = await this.post(item, session, m.recipients, render, true);
        return { ref: JSON.stringify([...refs, ...missed]) };
      }
      case 'page_edit': {
        // The pages already sent, rendered again with what changed (contact closed); their buttons stay.
        const edited: MessageRef[] = [];
        for (const { pageId, page } of m.edits)
          for (const ref of parseRefs(item.pageRefs?.[pageId])) {
            const message = pageMessage(page, session, item.createdAt, await this.localeOf(session, ref.to));
            await this.client.chat.update({ channel: ref.channel, ts: ref.ts, ...message }).catch((err: unknown) => {
              if (platformError(err) !== 'message_not_found') throw err;
            });
            edited.push(ref);
          }
        return { ref: JSON.stringify(edited) };
      }
      case 'page_update': {
        const render = (l: Locale) => pageUpdateMessage(m, session, l);
        const edited: MessageRef[] = [];
        for (const id of m.pageIds)
          for (const ref of parseRefs(item.pageRefs?.[id])) {
            const message = render(await this.localeOf(session, ref.to));
            // Editing is idempotent: a retry edits again. A message deleted by hand is no longer stale.
            await this.client.chat.update({ channel: ref.channel, ts: ref.ts, ...message }).catch((err: unknown) => {
              if (platformError(err) !== 'message_not_found') throw err;
            });
            edited.push(ref);
          }
        // The channels are told too (a new post: the edit alone notifies nobody).
        const told = m.channels.length > 0 ? await this.post(item, session, m.channels, render, true) : { refs: [] };
        return { ref: JSON.stringify([...edited, ...told.refs]) };
      }
    }
  }

  /** After a crash: the effect's posts if every recipient already has one, else null (deliver resumes). */
  async findSent(item: OutboxItem, m: PageMessage): Promise<DeliveryReceipt | null> {
    const targets =
      m.kind === 'page'
        ? [...m.supervisors, ...m.channels]
        : m.kind === 'report'
          ? m.recipients
          : m.kind === 'page_edit'
            ? [] // edits are idempotent: deliver does them again
            : m.channels;
    const found: MessageRef[] = [];
    let missing = 0;
    for (const target of targets) {
      const channel = await this.conversation(target);
      if (channel === null) continue;
      const ref = await this.lookup(channel, item.id);
      if (ref) found.push({ ...ref, to: target });
      else missing++;
    }
    if (found.length === 0) return null;
    if (missing > 0 || m.kind === 'page_update') {
      // Partly sent (or edits may be missing): let deliver finish, reusing what is there.
      this.found.set(item.id, found);
      return null;
    }
    return { ref: JSON.stringify(found) };
  }

  /**
   * One message per Slack recipient, each on its own (a recipient already holding it is skipped). A user
   * group is reached through the channel posts that mention it; with no channel, through a DM to each member.
   */
  private async post(
    item: OutboxItem,
    session: Session,
    recipients: readonly string[],
    render: Render,
    hasChannel: boolean,
  ): Promise<{ refs: MessageRef[]; missed: Unreachable[] }> {
    const already = this.found.get(item.id) ?? [];
    const sendTo = async (target: string, person: string): Promise<MessageRef[]> => {
      const channel = await this.conversation(person);
      if (channel === null) return [];
      const existing =
        already.find((r) => r.channel === channel) ?? (item.attempts > 0 ? await this.lookup(channel, item.id) : null);
      if (existing) return [{ ...existing, to: target }];
      const posted = await this.client.chat.postMessage({
        channel,
        ...render(await this.localeOf(session, person)),
        metadata: { event_type: EVENT_TYPE, event_payload: { effect: item.id } },
      });
      if (!posted.ts) throw new Error('chat.postMessage returned no ts');
      return [{ channel: posted.channel ?? channel, ts: posted.ts, to: target }];
    };
    const results = await reachEach(
      recipients,
      async (target) => {
        const group = /^slack:subteam:(\w+)$/.exec(target)?.[1];
        if (group === undefined) return sendTo(target, target);
        if (hasChannel) return []; // mentioned in the channel posts
        const members = await this.client.usergroups.users.list({ usergroup: group });
        const refs: MessageRef[] = [];
        for (const user of members.users ?? []) refs.push(...(await sendTo(target, `slack:${user}`)));
        if (refs.length === 0) throw new GroupUnreachable();
        return refs;
      },
      unreachableReason,
    );
    const settled = settle(item, results, asDeliveryError);
    this.found.delete(item.id);
    return settled;
  }

  /** Names who could not be reached on the channel posts (an edit: the team sees it where it looks). */
  private async noteUnreachable(item: OutboxItem, refs: readonly MessageRef[], render: Render): Promise<void> {
    for (const ref of refs) {
      if (ref.to === undefined || !/^slack:[CG]/.test(ref.to)) continue;
      const message = render(this.locales?.teamLocale() ?? 'en');
      await this.client.chat.update({ channel: ref.channel, ts: ref.ts, ...message }).catch((err: unknown) => {
        // The page itself is out; only the note is missing.
        this.log.warn(
          { effect: item.id, error: platformError(err) ?? safeError(err) },
          'could not note who was missed',
        );
      });
    }
  }

  /** The reader's language: a person's own, the team default in a channel (or for a ref of unknown reader). */
  private async localeOf(session: Session, target: string | undefined): Promise<Locale> {
    if (this.locales === undefined) return session.locale;
    const id = target === undefined ? null : userIdOf(target);
    return id !== null && /^[UW]/.test(id) ? this.locales.personLocale(id) : this.locales.teamLocale();
  }

  /** The conversation a recipient is reached in: a DM for a person, the channel itself for a channel. */
  private async conversation(target: string): Promise<string | null> {
    const id = userIdOf(target);
    if (id === null || id.startsWith('subteam:')) return null; // groups are mentioned in the posts
    if (/^[CG]/.test(id)) return id;
    if (/^[UW]/.test(id)) return openDm(this.client, id);
    this.log.warn({ recipient: target }, 'not a Slack user or channel id: skipped');
    return null;
  }

  /** A message in the channel's recent history carrying this effect id in its metadata. */
  private async lookup(channel: string, effectId: string): Promise<MessageRef | null> {
    const res = await this.client.conversations.history({ channel, limit: HISTORY_LIMIT, include_all_metadata: true });
    const hit = (res.messages ?? []).find(
      (msg) =>
        msg.metadata?.event_type === EVENT_TYPE &&
        (msg.metadata.event_payload as Record<string, unknown> | undefined)?.effect === effectId,
    );
    return hit?.ts ? { channel, ts: hit.ts } : null;
  }
}

export function parseRefs(ref: string | null | undefined): MessageRef[] {
  if (!ref) return [];
  try {
    const v: unknown = JSON.parse(ref);
    return Array.isArray(v) ? v.filter(isRef) : [];
  } catch {
    return [];
  }
}

export const isRef = (v: unknown): v is MessageRef =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as MessageRef).channel === 'string' &&
  typeof (v as MessageRef).ts === 'string' &&
  ((v as MessageRef).to === undefined || typeof (v as MessageRef).to === 'string');

/** A user group with no channel to be mentioned in, and no member who could be DMed. */
class GroupUnreachable extends Error {
  constructor() {
    super('user group: no channel to mention it in and no member reachable');
  }
}

/** Slack errors after which one recipient will never be reached this way (null: retrying may help). */
const REASONS: Readonly<Record<string, UnreachableReason>> = {
  cannot_dm_bot: 'dm_closed',
  messages_tab_disabled: 'dm_closed',
  user_not_found: 'not_found',
  users_not_found: 'not_found',
  user_disabled: 'not_found',
  user_not_visible: 'not_found',
  account_inactive: 'not_found',
  channel_not_found: 'not_found',
  no_such_subteam: 'not_found',
  not_in_channel: 'no_access',
  is_archived: 'no_access',
  restricted_action: 'no_access',
  missing_scope: 'no_access',
  not_allowed_token_type: 'no_access',
};

export function unreachableReason(err: unknown): UnreachableReason | null {
  if (err instanceof GroupUnreachable) return 'no_channel';
  const code = platformError(err);
  return code === undefined ? null : (REASONS[code] ?? null);
}

export const platformError = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : undefined;
};
