/**
 * What Bolt 5.1 assumes about a request body before any listener runs. A signed body that breaks these
 * assumptions made Bolt throw: `payload=null` inside its receiver (no response at all, an unhandled
 * rejection), the others inside App.processEvent (HTTP 500). Only a buggy client or a leaked signing
 * secret sends them, but a service answers 400. Returns why the body is malformed, or null.
 */

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalObject = (v: unknown) => v === undefined || v === null || isObject(v);

/** Interaction payloads that name the person who acted (Bolt reads `user.id` for all of them). */
const INTERACTIONS = new Set([
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
]);

export function malformedReason(body: unknown): string | null {
  if (!isObject(body)) return 'the body is not an object';
  // Answered by Bolt's receiver itself, before any routing.
  if (body.ssl_check !== undefined || body.type === 'url_verification') return null;
  for (const key of ['team', 'enterprise', 'channel', 'container', 'message', 'authorizations'] as const)
    if (key !== 'authorizations' ? !optionalObject(body[key]) : !(body[key] === undefined || Array.isArray(body[key])))
      return `${key} has the wrong type`;
  if (body.event !== undefined) {
    if (!isObject(body.event)) return 'event is not an object';
    if (typeof body.event.type !== 'string') return 'event has no type';
    if (body.event.item !== undefined && !isObject(body.event.item)) return 'event.item is not an object';
    return null;
  }
  if (body.command !== undefined) return typeof body.command === 'string' ? null : 'command is not text';
  if (body.actions !== undefined) {
    if (!Array.isArray(body.actions)) return 'actions is not a list';
    if (body.actions.length === 0) return 'actions is empty';
    if (!body.actions.every(isObject)) return 'an action is not an object';
  }
  const type = body.type;
  if (typeof type === 'string' && INTERACTIONS.has(type)) {
    if (!isObject(body.user) || typeof body.user.id !== 'string') return `${type} without a user`;
    if (type === 'block_actions' && body.actions === undefined) return 'block_actions without actions';
    if ((type === 'view_submission' || type === 'view_closed') && !isObject(body.view)) return `${type} without a view`;
  }
  // Bolt cannot tell what anything else is: it calls no listener and answers 404 only after 3 s.
  const routable = body.name !== undefined || body.actions !== undefined || ROUTABLE_TYPES.has(String(type));
  return routable ? null : 'not a kind of request Slack sends';
}

/** Types Bolt routes without `event`, `command`, `name` or `actions` (helpers.getTypeAndConversation). */
const ROUTABLE_TYPES = new Set([
  'block_suggestion',
  'dialog_submission',
  'shortcut',
  'message_action',
  'view_submission',
  'view_closed',
]);
