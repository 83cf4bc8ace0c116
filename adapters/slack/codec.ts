/**
 * What a Holdline button or menu carries: the action id says what it does, the value says which
 * session and which version the agent saw (so a stale or double click is refused by the app).
 * Format: action_id `hl:<action>[:<choiceId>]`, value `<sessionId>|<version>[|<arg>]`.
 */
import { actionEvent, isControlAction, type SessionEvent } from '../../src/engine/index.ts';

export const ACTION_PREFIX = 'hl:';
/** Matches every Holdline action id; anything else is an unknown action. */
export const HOLDLINE_ACTION = /^hl:/;
/** Page buttons (hlp:ack / hlp:take, value = escalation id): a supervisor's, not the agent's. */
export const PAGE_ACK = 'hlp:ack';
export const PAGE_TAKE = 'hlp:take';
export const PAGE_ACTION = /^hlp:(ack|take)$/;
/** The page's Report button (value = session id): the incident report for a supervisor (issue 20). */
export const PAGE_REPORT = 'hlp:report';
/** The session's "write down what was said" button (value = session id), opening the statement modal. */
export const STATEMENT_ACTION = 'hls:statement';
/**
 * Everything no other listener takes, so every click is acknowledged: care buttons
 * (adapters/slack/care/codec.ts CARE_ACTION) are excluded by their exact ids only, so an unknown
 * `hlc:…` gets the unknown-action sentence instead of no answer at all; practice buttons (hlx:…,
 * render/practice.ts) have their own listener.
 */
export const NOT_HOLDLINE_ACTION =
  /^(?!hl:|hlp:(ack|take|report)$|hls:statement$|hlc:(breathe|talk|break|skip|checkin)$|hlx:)/;

export const actionId = (action: string, choiceId?: string): string =>
  `${ACTION_PREFIX}${action}${choiceId === undefined ? '' : `:${choiceId}`}`;

export const encodeValue = (sessionId: string, version: number, arg?: string | number): string =>
  `${sessionId}|${version}${arg === undefined ? '' : `|${arg}`}`;

export interface DecodedAction {
  readonly sessionId: string;
  readonly version: number;
  readonly event: SessionEvent;
}

/** 'unknown' for an action id Holdline never renders; 'bad_value' when the value cannot be read. */
export function decodeAction(id: string, value: string | undefined): DecodedAction | 'unknown' | 'bad_value' {
  const [, action, choiceId] = /^hl:([a-z_]+)(?::([\w-]+))?$/.exec(id) ?? [];
  if (action === undefined || !isControlAction(action)) return 'unknown';
  const [sessionId, versionText, arg] = (value ?? '').split('|');
  const version = Number(versionText);
  // A choice's id travels in the action id (one action id per button); every other argument in the value.
  const event = actionEvent(action, action === 'choose' ? choiceId : arg);
  return event === null || !sessionId || !Number.isInteger(version) ? 'bad_value' : { sessionId, version, event };
}
