/**
 * Holdline's real Slack adapter (real Bolt 5) on 127.0.0.1, against the fake Web API, over a real
 * store and the real services. Requests are signed with a real HMAC; `tick()` delivers the outbox.
 */
import type { BlockAction, ButtonAction, SlashCommand } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { type SlackAdapter, type SlackOptions, startSlack } from '../../adapters/slack/index.ts';
import type { Session } from '../../src/engine/index.ts';
import type { Directory, Membership, Policies } from '../../src/ports.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from '../fakes/slack/fake-web-api.ts';
import {
  blockActionPayload,
  interactionBody,
  postToBolt,
  signedHeaders,
  slashCommandBody,
  type ViewSubmission,
  viewSubmissionBody,
} from '../fakes/slack/sign.ts';
import type { FakeUserProfile } from '../fakes/slack/web-api-responses.ts';
import { wire } from '../helpers/app.ts';

export const SECRET = 'test-signing-secret';
export const AGENT = 'U0AGENT1';
export const FAST_RETRIES = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(
  store: DrizzleStore,
  opts: Partial<SlackOptions> & {
    users?: Record<string, Partial<FakeUserProfile>>;
    policies?: Policies;
    /** Who is a supervisor for flags (nobody by default). */
    directory?: Directory;
    /** Who may start sessions (everyone by default). */
    membership?: Membership;
    /** As in production: every commit wakes the runner (start it with `app.runner.start()`). */
    kickOnCommit?: boolean;
    /** STATEMENT_KEY (a test key by default); null: threat statements off. */
    statementKey?: Buffer | null;
  } = {},
) {
  const { policies, directory, membership, kickOnCommit, statementKey, ...slackOpts } = opts;
  let kick = () => {};
  const api: FakeSlackApi = await startFakeSlackApi({ users: opts.users ?? {} });
  const app = wire(store, {
    ...(policies ? { policies } : {}),
    ...(directory ? { directory } : {}),
    ...(membership ? { membership } : {}),
    ...(kickOnCommit ? { onCommitted: () => kick() } : {}),
    ...(statementKey === undefined ? {} : { statementKey }),
  });
  kick = () => app.runner.kick();
  const slack: SlackAdapter = await startSlack(app.services, {
    botToken: 'xoxb-fake',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    retryConfig: FAST_RETRIES,
    ...slackOpts,
  });
  const url = slack.url ?? '';
  const post = (body: string, extra: Record<string, string> = {}) =>
    postToBolt(url, body, signedHeaders(SECRET, body), extra);
  const h = {
    api,
    app,
    slack,
    url,
    post,
    command: (text: string, overrides: Partial<SlashCommand> = {}) => post(slashCommandBody({ text, ...overrides })),
    limitsCommand: () => post(slashCommandBody({ command: '/limits' })),
    submit: (sub: ViewSubmission) => post(viewSubmissionBody(sub)),
    /** Clicks an element of the latest Holdline message (buttons by action id, menus by option value suffix). */
    async click(actionId: string, option?: string, actionTs?: string) {
      const payload = clickPayload(h.latestMessage(), actionId, option, actionTs);
      return post(interactionBody(payload));
    },
    clickPayload: (actionId: string, option?: string, actionTs?: string) =>
      clickPayload(h.latestMessage(), actionId, option, actionTs),
    /** A click on a message that reached the agent another way (an ephemeral answer through response_url). */
    clickPayloadFrom: (blocks: unknown, actionId: string) =>
      clickPayload(
        { method: 'response_url', args: { blocks, channel: 'C0SUPPORT', ts: '0' }, token: undefined, at: 0 },
        actionId,
      ),
    tick: () => app.runner.tick(),
    async session(): Promise<Session | null> {
      const r = await app.sessions.current(`slack:${AGENT}`);
      return r.ok ? r.value : null;
    },
    /** The session message as it stands: the last chat.postMessage/chat.update carrying blocks with actions. */
    latestMessage(): RecordedCall {
      const msgs = api.calls.filter(
        (c) =>
          (c.method === 'chat.postMessage' || c.method === 'chat.update') &&
          c.args.thread_ts === undefined &&
          c.response?.ok &&
          hasActions(c),
      );
      const last = msgs.at(-1);
      if (!last) throw new Error('no session message yet');
      return last;
    },
    texts: (): string[] => api.callsTo('chat.postMessage').map((c) => String(c.args.text ?? '')),
    async stop() {
      await slack.stop();
      await api.close();
    },
  };
  return h;
}

/** A message with the agent's step buttons (a page's Acknowledge/Take over buttons are not the session's). */
const hasActions = (c: RecordedCall): boolean =>
  Array.isArray(c.args.blocks) &&
  (c.args.blocks as KnownBlock[]).some(
    (b) =>
      b.type === 'actions' &&
      !(b.elements as { action_id?: string }[]).every((e) => e.action_id?.startsWith('hlp:') === true),
  );

type AnyElement = { action_id?: string; value?: string; options?: { value: string; text: { text: string } }[] };

function clickPayload(message: RecordedCall, actionId: string, option?: string, actionTs?: string): BlockAction {
  const elements = (message.args.blocks as KnownBlock[]).flatMap((b) =>
    b.type === 'actions' ? (b.elements as AnyElement[]) : [],
  );
  const el = elements.find((e) => e.action_id === actionId);
  if (!el)
    throw new Error(`no element ${actionId} on the message; have ${elements.map((e) => e.action_id).join(', ')}`);
  const channel = String(message.args.channel);
  const ts = String(message.args.ts ?? message.response?.ts);
  const base = blockActionPayload({
    actionId,
    channelId: channel,
    messageTs: ts,
    userId: AGENT,
    ...(el.value ? { value: el.value } : {}),
  });
  const at = actionTs ?? `${Date.now() / 1000}`;
  if (option === undefined) {
    const action = { ...(base.actions[0] as ButtonAction), action_ts: at };
    return { ...base, actions: [action] };
  }
  const opt = el.options?.find((o) => o.value.endsWith(`|${option}`));
  if (!opt) throw new Error(`no option ${option} in ${actionId}`);
  const selectedOption = { text: { type: 'plain_text' as const, text: opt.text.text }, value: opt.value };
  return {
    ...base,
    actions: [
      {
        type: 'static_select',
        action_id: actionId,
        block_id: 'always',
        selected_option: selectedOption,
        action_ts: at,
        placeholder: { type: 'plain_text', text: 'x' },
      },
    ],
  } as BlockAction;
}

/** Polls until `probe` returns a value (the listener's work runs after the ack). */
export async function until<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  what = 'condition',
  ms = 3000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
