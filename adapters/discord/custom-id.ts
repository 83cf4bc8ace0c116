/**
 * Button and modal custom ids. Step buttons carry the session id and the version the agent saw, so
 * a stale or double click is refused by the app (expectedVersion) instead of acting twice.
 * Format: `hl:<op>:<sessionId>:<version>:<arg>` (Discord allows 100 characters).
 */
export type StepOp =
  /** choose a playbook choice */
  | 'c'
  /** an always-available action (worse, better, threat_physical, threat_legal, supervisor, close) */
  | 'a'
  /** supervisor reason, after "I need a supervisor" */
  | 'r'
  /** outcome, after "Close" */
  | 'o'
  /** back from a reason/outcome menu to the step */
  | 'b'
  /** customer type (or "none"), after "Customer type" (issue 20) */
  | 't'
  /** customer's language, after "Customer's language" (issue 20) */
  | 'l'
  /** a follow-up in so many hours, after "Set a follow-up" (issue 20) */
  | 'f';

export interface StepButton {
  readonly op: StepOp;
  readonly sessionId: string;
  readonly version: number;
  readonly arg: string;
}

export const LIMITS_MODAL_ID = 'hl:limits';
/** Re-opens the limits modal (after invalid input: a modal cannot answer a modal). */
export const LIMITS_BUTTON_ID = 'hl:limits-edit';

const OPS: readonly string[] = ['c', 'a', 'r', 'o', 'b', 't', 'l', 'f'];

export const stepButtonId = (op: StepOp, sessionId: string, version: number, arg = ''): string =>
  `hl:${op}:${sessionId}:${version}:${arg}`;

/** Parses a step button id; null for anything else (unknown, truncated or hand-made ids). */
export function parseStepButton(customId: string): StepButton | null {
  const m = /^hl:([a-z]):([A-Za-z0-9-]{1,64}):(\d{1,9}):([a-z0-9_]{0,40})$/.exec(customId);
  if (m === null) return null;
  const [, op = '', sessionId = '', version = '', arg = ''] = m;
  if (!OPS.includes(op)) return null;
  return { op: op as StepOp, sessionId, version: Number(version), arg };
}

/**
 * Page buttons: `hl:page:<ack|take>:<escalationId>[:<version>:<n>]`; the escalation id is all the app needs.
 * The optional tail makes the whole page effect id (`<escalationId>:<version>:<n>`) part of the message
 * Discord stores, so a retry after a crash can find a page already posted (Discord does not keep a nonce).
 */
export type PageOp = 'ack' | 'take';
export const pageButtonId = (op: PageOp, escalationId: string, effectId?: string): string =>
  effectId?.startsWith(`${escalationId}:`) ? `hl:page:${op}:${effectId}` : `hl:page:${op}:${escalationId}`;

export function parsePageButton(customId: string): { op: PageOp; escalationId: string } | null {
  const m = /^hl:page:(ack|take):([A-Za-z0-9-]{1,80})(?::\d{1,9}:\d{1,4})?$/.exec(customId);
  if (m === null) return null;
  return { op: m[1] as PageOp, escalationId: m[2] ?? '' };
}
