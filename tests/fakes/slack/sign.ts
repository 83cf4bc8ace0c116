/**
 * Build and send requests exactly as Slack sends them to an HTTP endpoint, signed with a
 * real HMAC (v0 = HMAC-SHA256 of `v0:{timestamp}:{raw body}`, hex, as `v0=<hex>`).
 *
 * Gotchas measured against Bolt 5.1's HTTPReceiver:
 * - The Content-Type must be exactly `application/x-www-form-urlencoded` for form bodies: Bolt
 *   compares the header with `===`, so `…; charset=utf-8` makes it JSON.parse a form (→ 400).
 * - Only stale timestamps (older than 5 minutes) are rejected; future ones pass.
 * - Bad signature, stale timestamp or missing headers → 401 with an empty body; a signed but
 *   unparseable body → 400.
 */
import { createHmac } from 'node:crypto';
import type { BlockAction, ButtonAction, SlashCommand, ViewOutput, ViewSubmitAction } from '@slack/bolt';

export interface SlackSignatureHeaders {
  'X-Slack-Request-Timestamp': string;
  'X-Slack-Signature': string;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** `timestamp` in seconds since the epoch; defaults to now. */
export function signedHeaders(secret: string, body: string, timestamp?: number): SlackSignatureHeaders {
  const ts = String(timestamp ?? Math.floor(Date.now() / 1000));
  const hex = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
  return { 'X-Slack-Request-Timestamp': ts, 'X-Slack-Signature': `v0=${hex}` };
}

/** The headers Slack adds when it re-delivers a request (e.g. reason `http_timeout`). */
export function retryHeaders(num: number, reason: string): Record<string, string> {
  return { 'X-Slack-Retry-Num': String(num), 'X-Slack-Retry-Reason': reason };
}

const TEAM = { id: 'T0HOLDLINE', domain: 'holdline-test' };
const APP_ID = 'A0HOLDLINE';
let triggerSeq = 0;
const triggerId = (): string => `${Date.now()}.${++triggerSeq}.fake${triggerSeq.toString(16).padStart(8, '0')}`;

/** A slash command as Slack posts it (all values are strings, as in the form body). */
export function slashCommandPayload(overrides: Partial<SlashCommand> = {}): SlashCommand {
  return {
    token: 'verification-token-deprecated',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: 'C0SUPPORT',
    channel_name: 'support-floor',
    user_id: 'U0AGENT1',
    user_name: 'agent.one',
    command: '/complaint',
    text: '',
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: `https://hooks.slack.com/commands/${TEAM.id}/1234/fakeresponseurl`,
    trigger_id: triggerId(),
    ...overrides,
  };
}

/** Form-encoded slash command body (`command=%2Fcomplaint&text=…`). */
export function slashCommandBody(overrides: Partial<SlashCommand> = {}): string {
  const fields = slashCommandPayload(overrides);
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, String(v));
  return form.toString();
}

export interface ButtonClick {
  actionId: string;
  blockId?: string;
  value?: string;
  userId?: string;
  channelId?: string;
  messageTs?: string;
}

/** A `block_actions` payload for a button click on a message. */
export function blockActionPayload(click: ButtonClick): BlockAction<ButtonAction> {
  const ts = click.messageTs ?? `${Math.floor(Date.now() / 1000)}.000100`;
  const channel = { id: click.channelId ?? 'C0SUPPORT', name: 'support-floor' };
  const action: ButtonAction = {
    type: 'button',
    action_id: click.actionId,
    block_id: click.blockId ?? 'actions',
    text: { type: 'plain_text', text: click.actionId, emoji: true },
    action_ts: `${Date.now() / 1000}`,
    ...(click.value === undefined ? {} : { value: click.value }),
  };
  const userId = click.userId ?? 'U0AGENT1';
  return {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: APP_ID,
    token: 'verification-token-deprecated',
    container: { type: 'message', message_ts: ts, channel_id: channel.id, is_ephemeral: false },
    trigger_id: triggerId(),
    team: TEAM,
    is_enterprise_install: false,
    channel,
    message: { type: 'message', ts, text: '', user: 'U0HOLDBOT' },
    response_url: `https://hooks.slack.com/actions/${TEAM.id}/1234/fakeresponseurl`,
    actions: [action],
    state: { values: {} },
  };
}

export interface ViewSubmission {
  callbackId: string;
  /** state.values as Slack sends it: block_id → action_id → value object. */
  values?: ViewOutput['state']['values'];
  privateMetadata?: string;
  userId?: string;
}

/** A `view_submission` payload for a modal. */
export function viewSubmissionPayload(sub: ViewSubmission): ViewSubmitAction {
  const userId = sub.userId ?? 'U0AGENT1';
  const view: ViewOutput = {
    id: 'V00000001',
    team_id: TEAM.id,
    type: 'modal',
    blocks: [],
    private_metadata: sub.privateMetadata ?? '',
    callback_id: sub.callbackId,
    state: { values: sub.values ?? {} },
    hash: `${Math.floor(Date.now() / 1000)}.fakehash`,
    title: { type: 'plain_text', text: 'Holdline', emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: { type: 'plain_text', text: 'Submit', emoji: true },
    previous_view_id: null,
    root_view_id: 'V00000001',
    app_id: APP_ID,
    external_id: '',
    app_installed_team_id: TEAM.id,
    bot_id: 'B0HOLDBOT',
  };
  return {
    type: 'view_submission',
    team: TEAM,
    user: { id: userId, name: userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: APP_ID,
    token: 'verification-token-deprecated',
    trigger_id: triggerId(),
    view,
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** Interactions are posted form-encoded as a single `payload=<JSON>` field. */
export function interactionBody(payload: BlockAction | ViewSubmitAction): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const blockActionBody = (click: ButtonClick): string => interactionBody(blockActionPayload(click));
export const viewSubmissionBody = (sub: ViewSubmission): string => interactionBody(viewSubmissionPayload(sub));

export interface BoltResponse {
  status: number;
  headers: Headers;
  /** Raw response text ('' for a bare `ack()`). */
  text: string;
}

/**
 * POST a body to a Bolt endpoint. Content-Type is inferred (JSON when the body starts with
 * `{`, else form); `extraHeaders` win, e.g. `retryHeaders(1, 'http_timeout')` or a bad
 * Content-Type.
 */
export async function postToBolt(
  url: string,
  body: string,
  headers: SlackSignatureHeaders,
  extraHeaders: Record<string, string> = {},
): Promise<BoltResponse> {
  const contentType = body.trimStart().startsWith('{') ? 'application/json' : FORM_CONTENT_TYPE;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...headers, ...extraHeaders },
    body,
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
