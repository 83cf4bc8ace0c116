/**
 * What a Holdline button or menu carries: the action id says what it does, the value says which
 * session and which version the agent saw (so a stale or double click is refused by the app).
 * Format: action_id `hl:<action>[:<choiceId>]`, value `<sessionId>|<version>[|<arg>]`.
 */
import { isCustomerTag, isLocale, OUTCOMES, type SessionEvent } from '../../src/engine/index.ts';

export const ACTION_PREFIX = 'hl:';
/** Matches every Holdline action id; anything else is an unknown action. */
export const HOLDLINE_ACTION = /^hl:/;
/** Page buttons (hlp:ack / hlp:take, value = escalation id): a supervisor's, not the agent's. */
export const PAGE_ACK = 'hlp:ack';
export const PAGE_TAKE = 'hlp:take';
export const PAGE_ACTION = /^hlp:(ack|take)$/;
/**
 * Everything no other listener takes, so every click is acknowledged: care buttons
 * (adapters/slack/care/codec.ts CARE_ACTION) are excluded by their exact ids only, so an unknown
 * `hlc:…` gets the unknown-action sentence instead of no answer at all; practice buttons (hlx:…,
 * render/practice.ts) have their own listener.
 */
export const NOT_HOLDLINE_ACTION = /^(?!hl:|hlp:(ack|take)$|hlc:(breathe|talk|break|skip|checkin)$|hlx:)/;

export const actionId = (action: string, choiceId?: string): string =>
  `${ACTION_PREFIX}${action}${choiceId === undefined ? '' : `:${choiceId}`}`;

export const encodeValue = (sessionId: string, version: number, arg?: string | number): string =>
  `${sessionId}|${version}${arg === undefined ? '' : `|${arg}`}`;

export interface DecodedAction {
  readonly sessionId: string;
  readonly version: number;
  readonly event: SessionEvent;
}

const REASONS = ['customer_insists', 'more_experienced', 'agent_request'] as const;

const includes = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

/** 'unknown' for an action id Holdline never renders; 'bad_value' when the value cannot be read. */
export function decodeAction(id: string, value: string | undefined): DecodedAction | 'unknown' | 'bad_value' {
  const [, action, choiceId] = /^hl:([a-z_]+)(?::([\w-]+))?$/.exec(id) ?? [];
  if (action === undefined) return 'unknown';
  const [sessionId, versionText, arg] = (value ?? '').split('|');
  const version = Number(versionText);
  const ref = (event: SessionEvent | null): DecodedAction | 'bad_value' =>
    event === null || !sessionId || !Number.isInteger(version) ? 'bad_value' : { sessionId, version, event };
  switch (action) {
    case 'choose':
      return choiceId === undefined ? 'bad_value' : ref({ type: 'choose', choiceId });
    case 'worse':
    case 'better':
      return ref({ type: 'hostility', direction: action });
    case 'threat_physical':
      return ref({ type: 'threat', kind: 'physical' });
    case 'threat_legal':
      return ref({ type: 'threat', kind: 'legal' });
    case 'supervisor':
      return ref(includes(REASONS, arg) ? { type: 'escalate', reason: arg } : null);
    case 'close':
      return ref(includes(OUTCOMES, arg) ? { type: 'close', outcome: arg } : null);
    case 'complexity':
      return ref(arg !== undefined && /^\d$/.test(arg) ? { type: 'complexity', value: Number(arg) } : null);
    case 'customer_type':
      return ref(
        arg === 'none'
          ? { type: 'customer_type', customerType: null }
          : isCustomerTag(arg)
            ? { type: 'customer_type', customerType: arg }
            : null,
      );
    case 'customer_lang':
      return ref(arg !== undefined && isLocale(arg) ? { type: 'customer_locale', locale: arg } : null);
    default:
      return 'unknown';
  }
}
