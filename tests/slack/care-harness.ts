/**
 * The Slack adapter with decompression and check-ins wired: real Bolt 5 against the fake Web API,
 * the real services (sessions, care, runners) over a real store and a ManualClock. One team "t1";
 * supervisors and channels are chosen per test. `tick()` runs the runner (outbox, breaks, care outbox).
 */
import type { ButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { type SlackAdapter, startSlack } from '../../adapters/slack/index.ts';
import type { RosterDirectory } from '../../src/ports.ts';
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
import { wire } from '../helpers/app.ts';
import { AGENT, FAST_RETRIES, SECRET, until } from './harness.ts';

export interface CareHarnessOptions {
  readonly users?: Record<string, { locale: string }>;
  /** Person ids (`slack:U…`) who supervise team t1. */
  readonly supervisors?: readonly string[];
  readonly peerChannel?: string | null;
  readonly checkinChannel?: string | null;
  /** Breathing pace (1 = real time); 0 by default so the steps follow each other at once. */
  readonly breathingPace?: number;
  /** Sessions record team t1 (as with a team file), so the supervisor's board finds them. */
  readonly sessionTeams?: boolean;
  /** Shortest time between two App Home republishes of the team's board. */
  readonly homeRefreshMs?: number;
}

type Element = { action_id?: string; value?: string };
export const elementsOf = (c: RecordedCall): Element[] =>
  ((c.args.blocks ?? []) as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as Element[]) : []));

export type CareHarness = Awaited<ReturnType<typeof startCareHarness>>;

export async function startCareHarness(store: DrizzleStore, opts: CareHarnessOptions = {}) {
  const api: FakeSlackApi = await startFakeSlackApi({ users: opts.users ?? {} });
  const supervisors = opts.supervisors ?? [];
  const directory: RosterDirectory = {
    teamOf: () => 't1',
    isSupervisor: (p) => supervisors.includes(p),
    supervisorsOf: () => supervisors,
    // With teams on sessions, the board and its App Home refresh look at team t1.
    ...(opts.sessionTeams ? { teams: () => ['t1'] } : {}),
  };
  const base = wire(store, {
    careDirectory: directory,
    channels: {
      peer: (surface) => (surface === 'slack' ? (opts.peerChannel ?? null) : null),
      checkin: (surface) => (surface === 'slack' ? (opts.checkinChannel ?? null) : null),
    },
    hardScanMs: 0,
    ...(opts.homeRefreshMs === undefined ? {} : { homeRefreshMs: opts.homeRefreshMs }),
  });
  const { care, runner, services } = base;
  const slack: SlackAdapter = await startSlack(services, {
    botToken: 'xoxb-fake',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: api.apiUrl,
    retryConfig: FAST_RETRIES,
    breathingPace: opts.breathingPace ?? 0,
  });
  const url = slack.url ?? '';
  const post = (body: string) => postToBolt(url, body, signedHeaders(SECRET, body));
  const h = {
    api,
    app: base,
    care,
    slack,
    post,
    /** A slash command (`/checkin`, `/holdline digest`, `/complaint …`) typed by `user`. */
    command: (command: string, text = '', user = AGENT) => post(slashCommandBody({ command, text, user_id: user })),
    submit: (sub: ViewSubmission) => post(viewSubmissionBody(sub)),
    tick: () => runner.tick(),
    /** The last message (post or update, not in a thread) that carries `actionId`. */
    messageWith(actionId: string): RecordedCall | undefined {
      return api.calls
        .filter(
          (c) =>
            (c.method === 'chat.postMessage' || c.method === 'chat.update') &&
            c.args.thread_ts === undefined &&
            c.response?.ok &&
            elementsOf(c).some((e) => e.action_id === actionId),
        )
        .at(-1);
    },
    /** Clicks the button `actionId` on the latest message that has it, as the agent. */
    click: (actionId: string, user = AGENT) => post(h.clickBody(actionId, user)),
    /** The signed-request body of that click (posting it twice is Slack retrying the same request). */
    clickBody(actionId: string, user = AGENT): string {
      const message = h.messageWith(actionId);
      if (!message) throw new Error(`no message with ${actionId}`);
      const el = elementsOf(message).find((e) => e.action_id === actionId);
      const base = blockActionPayload({
        actionId,
        channelId: String(message.response?.channel ?? message.args.channel),
        messageTs: String(message.args.ts ?? message.response?.ts),
        userId: user,
        ...(el?.value ? { value: el.value } : {}),
      });
      const action = { ...(base.actions[0] as ButtonAction), action_ts: `${Date.now() / 1000}` };
      return interactionBody({ ...base, actions: [action] });
    },
    /** Starts a session with `/complaint` and closes it with `outcome`; resolves with the offer message. */
    async closeSession(outcome: string, opts2: { threat?: boolean } = {}) {
      await h.command('/complaint', 'insult chat');
      const id = (await until(() => h.session(), 'the session')).id;
      await h.tick();
      await api.waitForCall('chat.postMessage', (c) => elementsOf(c).some((e) => e.action_id === 'hl:close'));
      const click = async (actionId: string, option?: string) => {
        const message = h.messageWith(actionId) as RecordedCall;
        const el = elementsOf(message).find((e) => e.action_id === actionId) as Element & {
          options?: { value: string; text: { text: string } }[];
        };
        const payload = blockActionPayload({
          actionId,
          channelId: String(message.response?.channel ?? message.args.channel),
          messageTs: String(message.args.ts ?? message.response?.ts),
          userId: AGENT,
          ...(el.value ? { value: el.value } : {}),
        });
        const opt = option ? el.options?.find((o) => o.value.endsWith(`|${option}`)) : undefined;
        const action = opt
          ? {
              type: 'static_select',
              action_id: actionId,
              block_id: 'always',
              selected_option: { text: { type: 'plain_text', text: opt.text.text }, value: opt.value },
              action_ts: `${Date.now() / 1000}`,
            }
          : { ...(payload.actions[0] as ButtonAction), action_ts: `${Date.now() / 1000}` };
        const before = (await store.getSession(id))?.version;
        await post(interactionBody({ ...payload, actions: [action] } as never));
        await until(async () => (await store.getSession(id))?.version !== before, actionId);
        await h.tick();
      };
      if (opts2.threat) await click('hl:threat_physical');
      await click('hl:close', outcome);
      await h.tick();
      return api.waitForCall('chat.postMessage', (c) => elementsOf(c).some((e) => e.action_id === 'hlc:skip'));
    },
    /** The agent's open session, or null. */
    async session() {
      const r = await base.sessions.current(`slack:${AGENT}`);
      return r.ok ? r.value : null;
    },
    /** DMs the fake opened for a user: the channel id conversations.open answered. */
    dmOf(user: string): string | undefined {
      const call = api.callsTo('conversations.open').find((c) => c.args.users === user);
      return (call?.response?.channel as { id?: string } | undefined)?.id;
    },
    /** Messages posted to a channel id. */
    postsTo: (channel: string) => api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel),
    async stop() {
      await slack.stop();
      await api.close();
    },
  };
  return h;
}
