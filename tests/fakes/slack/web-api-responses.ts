/**
 * The fake workspace behind the fake Web API: documented response shapes for the methods
 * Holdline uses, with just enough state (DM channels, posted messages, views) to answer
 * follow-up calls (chat.update, views.update) the way Slack does.
 */

export interface FakeUserProfile {
  id: string;
  name: string;
  real_name: string;
  locale: string;
  tz: string;
  tz_offset: number;
  is_bot: boolean;
  /** A deactivated account: users.info still answers, with `deleted: true`. */
  deleted: boolean;
  /** A multi-channel guest account. */
  is_restricted: boolean;
  /** A single-channel guest account. */
  is_ultra_restricted: boolean;
}

/** A channel conversations.info knows; the bot is a member when its user id is in `members`. */
export interface FakeChannel {
  name: string;
  members: string[];
  is_archived?: boolean;
  is_private?: boolean;
}

export interface FakeWorkspaceOptions {
  teamId?: string;
  teamDomain?: string;
  botUserId?: string;
  botId?: string;
  botName?: string;
  appId?: string;
  /** Locale returned by users.info (include_locale=true) for users without their own. */
  defaultLocale?: string;
  /** Per-user overrides for users.info, keyed by user id. */
  users?: Record<string, Partial<FakeUserProfile>>;
  /** usergroups.users.list answers, keyed by usergroup id. */
  usergroups?: Record<string, string[]>;
  /** Channels conversations.info knows (unknown ids get channel_not_found, as for a private channel the bot is not in). */
  channels?: Record<string, FakeChannel>;
}

export type SlackResponse = { ok: boolean; [key: string]: unknown };

type Args = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export class FakeWorkspace {
  readonly teamId: string;
  readonly teamDomain: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly botName: string;
  readonly appId: string;
  defaultLocale: string;
  readonly users = new Map<string, Partial<FakeUserProfile>>();
  readonly usergroups = new Map<string, string[]>();
  readonly channels = new Map<string, FakeChannel>();
  /** Returns a fresh wss URL for apps.connections.open; unset means no socket server attached. */
  socketUrl: (() => string) | undefined;
  /** Base of the upload URLs files.getUploadURLExternal hands out (set by the server). */
  uploadBase = 'http://127.0.0.1/upload/v1/';
  /** Files by id: announced (getUploadURLExternal), uploaded (bytes), then shared (completeUploadExternal). */
  readonly files = new Map<
    string,
    { filename: string; length: number; altText?: string; data?: Buffer; title?: string; channel?: string }
  >();

  private readonly dms = new Map<string, string>();
  private readonly messages = new Map<string, Args>();
  private readonly views = new Map<string, Args>();
  private readonly tsBase = Math.floor(Date.now() / 1000);
  private seq = 0;

  constructor(opts: FakeWorkspaceOptions = {}) {
    this.teamId = opts.teamId ?? 'T0HOLDLINE';
    this.teamDomain = opts.teamDomain ?? 'holdline-test';
    this.botUserId = opts.botUserId ?? 'U0HOLDBOT';
    this.botId = opts.botId ?? 'B0HOLDBOT';
    this.botName = opts.botName ?? 'holdline';
    this.appId = opts.appId ?? 'A0HOLDLINE';
    this.defaultLocale = opts.defaultLocale ?? 'en-US';
    for (const [id, u] of Object.entries(opts.users ?? {})) this.users.set(id, u);
    for (const [id, members] of Object.entries(opts.usergroups ?? {})) this.usergroups.set(id, members);
    for (const [id, c] of Object.entries(opts.channels ?? {})) this.channels.set(id, c);
  }

  /** Unique, strictly increasing message timestamps in Slack's "seconds.micros" form. */
  nextTs(): string {
    const n = this.seq++;
    return `${this.tsBase + Math.floor(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, '0')}`;
  }

  answer(method: string, args: Args): SlackResponse {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${this.teamDomain}.slack.com/`,
          team: this.teamDomain,
          user: this.botName,
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
          is_enterprise_install: false,
        };
      case 'users.info':
        return this.usersInfo(args);
      case 'conversations.open':
        return this.conversationsOpen(args);
      case 'chat.postMessage':
        return this.postMessage(args);
      case 'chat.update':
        return this.chatUpdate(args);
      case 'conversations.info':
        return this.conversationsInfo(args);
      case 'conversations.history':
        return this.history(args);
      case 'chat.postEphemeral':
        if (!str(args.channel)) return { ok: false, error: 'channel_not_found' };
        if (!str(args.user)) return { ok: false, error: 'user_not_in_channel' };
        return { ok: true, message_ts: this.nextTs() };
      case 'views.open':
      case 'views.publish':
        return this.storeView(undefined, args);
      case 'views.update':
        return this.viewsUpdate(args);
      case 'usergroups.users.list': {
        const members = this.usergroups.get(str(args.usergroup) ?? '');
        return members ? { ok: true, users: [...members] } : { ok: false, error: 'no_such_subteam' };
      }
      case 'files.getUploadURLExternal':
        return this.getUploadUrl(args);
      case 'files.completeUploadExternal':
        return this.completeUpload(args);
      case 'apps.connections.open':
        // Unattached is a test wiring mistake: answer an error @slack/socket-mode treats as
        // unrecoverable, so app.start() rejects at once instead of retrying every 5 s forever.
        return this.socketUrl
          ? { ok: true, url: this.socketUrl() }
          : { ok: false, error: 'invalid_auth', fake_hint: 'no Socket Mode server attached: call attachSocketMode()' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private usersInfo(args: Args): SlackResponse {
    const id = str(args.user);
    if (!id) return { ok: false, error: 'user_not_found' };
    const o = this.users.get(id) ?? {};
    const user: Record<string, unknown> = {
      id,
      team_id: this.teamId,
      name: o.name ?? id.toLowerCase(),
      deleted: o.deleted ?? false,
      real_name: o.real_name ?? `User ${id}`,
      tz: o.tz ?? 'Europe/Berlin',
      tz_label: 'Central European Time',
      tz_offset: o.tz_offset ?? 3600,
      is_admin: false,
      is_owner: false,
      is_restricted: o.is_restricted ?? false,
      is_ultra_restricted: o.is_ultra_restricted ?? false,
      is_bot: o.is_bot ?? false,
      updated: this.tsBase,
      profile: { real_name: o.real_name ?? `User ${id}`, display_name: o.name ?? id.toLowerCase() },
    };
    // Slack only includes `locale` when asked to (include_locale=true).
    if (args.include_locale === true || args.include_locale === 'true') user.locale = o.locale ?? this.defaultLocale;
    return { ok: true, user };
  }

  private conversationsOpen(args: Args): SlackResponse {
    const users = str(args.users);
    if (!users)
      return str(args.channel)
        ? { ok: true, channel: { id: args.channel } }
        : { ok: false, error: 'users_list_not_supplied' };
    const existing = this.dms.get(users);
    const id = existing ?? `D${String(this.dms.size + 1).padStart(8, '0')}`;
    this.dms.set(users, id);
    return { ok: true, no_op: existing !== undefined, already_open: existing !== undefined, channel: { id } };
  }

  /** The channel as the bot sees it: `is_member` says whether the bot is in it; a private one it is not in is not found. */
  private conversationsInfo(args: Args): SlackResponse {
    const id = str(args.channel);
    const c = id === undefined ? undefined : this.channels.get(id);
    if (id === undefined || c === undefined) return { ok: false, error: 'channel_not_found' };
    const isMember = c.members.includes(this.botUserId);
    if (c.is_private && !isMember) return { ok: false, error: 'channel_not_found' };
    return {
      ok: true,
      channel: {
        id,
        name: c.name,
        is_channel: !c.is_private,
        is_group: false,
        is_im: false,
        is_private: c.is_private ?? false,
        is_archived: c.is_archived ?? false,
        is_member: isMember,
        created: this.tsBase,
        creator: this.botUserId,
      },
    };
  }

  private postMessage(args: Args): SlackResponse {
    const channel = str(args.channel);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    if (!str(args.text) && args.blocks === undefined && args.attachments === undefined)
      return { ok: false, error: 'no_text' };
    const ts = this.nextTs();
    const message = {
      type: 'message',
      user: this.botUserId,
      bot_id: this.botId,
      app_id: this.appId,
      ts,
      ...pick(args),
    };
    this.messages.set(`${channel}/${ts}`, message);
    return { ok: true, channel, ts, message };
  }

  private chatUpdate(args: Args): SlackResponse {
    const channel = str(args.channel);
    const ts = str(args.ts);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const key = `${channel}/${ts ?? ''}`;
    const old = this.messages.get(key);
    if (!ts || !old) return { ok: false, error: 'message_not_found' };
    const message: Args = { ...old, ...pick(args), edited: { user: this.botUserId, ts: this.nextTs() } };
    this.messages.set(key, message);
    return { ok: true, channel, ts, text: message.text ?? '', message };
  }

  /** Newest first, like Slack; metadata only when asked for (include_all_metadata). */
  private history(args: Args): SlackResponse {
    const channel = str(args.channel);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const limit = Number(args.limit ?? 100);
    const withMeta = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const messages = [...this.messages]
      .filter(([key]) => key.startsWith(`${channel}/`))
      .map(([, m]) => (withMeta ? m : { ...m, metadata: undefined }))
      .filter((m) => m.thread_ts === undefined)
      .reverse()
      .slice(0, limit);
    return { ok: true, messages, has_more: false };
  }

  /** Step 1 of the external upload: `filename` and `length` (bytes) are required. */
  private getUploadUrl(args: Args): SlackResponse {
    const filename = str(args.filename);
    const length = Number(args.length);
    if (!filename) return { ok: false, error: 'invalid_arguments' };
    if (!Number.isInteger(length) || length < 1) return { ok: false, error: 'invalid_arguments' };
    const id = `F${String(this.files.size + 1).padStart(8, '0')}`;
    const altText = str(args.alt_text);
    this.files.set(id, { filename, length, ...(altText ? { altText } : {}) });
    return { ok: true, upload_url: `${this.uploadBase}${id}`, file_id: id };
  }

  /** Step 2 (the bytes), called by the server: false when the file is unknown or already uploaded. */
  receiveUpload(id: string, data: Buffer): boolean {
    const f = this.files.get(id);
    if (f === undefined || f.data !== undefined) return false;
    f.data = data;
    return true;
  }

  /**
   * Step 3: `files` is a JSON list of `{ id, title? }`; with `channel_id` the files are shared there as
   * one message (what conversations.history then shows, with `files`). A file whose bytes never arrived,
   * or whose size differs from the announced length, is refused.
   */
  private completeUpload(args: Args): SlackResponse {
    const list = Array.isArray(args.files) ? (args.files as { id?: string; title?: string }[]) : null;
    if (list === null || list.length === 0) return { ok: false, error: 'invalid_arguments' };
    const shared: Args[] = [];
    for (const item of list) {
      const f = item.id ? this.files.get(item.id) : undefined;
      if (f === undefined || f.data === undefined) return { ok: false, error: 'file_not_found' };
      if (f.data.length !== f.length) return { ok: false, error: 'file_upload_size_mismatch' };
      f.title = item.title ?? f.filename;
      const channel = str(args.channel_id);
      if (channel) f.channel = channel;
      shared.push({ id: item.id, name: f.filename, title: f.title, size: f.length, mimetype: 'image/png' });
    }
    const channel = str(args.channel_id);
    if (channel) {
      const ts = this.nextTs();
      const message: Args = { type: 'message', user: this.botUserId, ts, upload: true, files: shared };
      if (str(args.initial_comment)) message.text = args.initial_comment;
      this.messages.set(`${channel}/${ts}`, message);
    }
    return { ok: true, files: shared };
  }

  private viewsUpdate(args: Args): SlackResponse {
    const byId = str(args.view_id);
    const byExternal = str(args.external_id);
    const byExternalId = byExternal ? [...this.views].find(([, v]) => v.external_id === byExternal)?.[0] : undefined;
    const id = byId ?? byExternalId;
    if (!id || !this.views.has(id)) return { ok: false, error: 'not_found' };
    return this.storeView(id, args);
  }

  private storeView(existingId: string | undefined, args: Args): SlackResponse {
    const spec = args.view;
    if (typeof spec !== 'object' || spec === null) return { ok: false, error: 'invalid_arguments' };
    const id = existingId ?? `V${String(this.views.size + 1).padStart(8, '0')}`;
    const view: Args = {
      id,
      team_id: this.teamId,
      app_id: this.appId,
      bot_id: this.botId,
      private_metadata: '',
      callback_id: '',
      external_id: '',
      root_view_id: id,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      state: { values: {} },
      hash: `${Date.now()}.${this.seq++}`,
      ...(spec as Args),
    };
    this.views.set(id, view);
    return { ok: true, view };
  }
}

/** The message fields chat.postMessage / chat.update echo back. */
function pick(args: Args): Args {
  const out: Args = {};
  for (const k of ['text', 'blocks', 'attachments', 'thread_ts', 'metadata'] as const) {
    if (args[k] !== undefined) out[k] = args[k];
  }
  return out;
}
