/**
 * What a control on a step stands for. Every surface shows the same controls (a playbook choice, the
 * always-available actions of `view.ts`, a supervisor reason, an outcome, a complexity): each encodes
 * them its own way (Slack action ids, Discord custom ids, terminal keys) and asks this one function for
 * the event, so the mapping cannot drift between them.
 */
import { isCustomerTag } from './guidance/customer-types.ts';
import { isLocale } from './i18n/locale.ts';
import type { SessionEvent } from './model.ts';
import { MAX_FOLLOW_UP_HOURS } from './step.ts';
import { OUTCOMES, type Outcome } from './types.ts';

/** Always-available actions on every open step (view.ts shows them). */
export const ACTIONS = ['worse', 'better', 'supervisor', 'threat_physical', 'threat_legal', 'close'] as const;
export type ActionId = (typeof ACTIONS)[number];

/** Why an agent asks for a supervisor (the `supervisor` action's argument). */
export const SUPERVISOR_REASONS = ['customer_insists', 'more_experienced', 'agent_request'] as const;
export type SupervisorReason = (typeof SUPERVISOR_REASONS)[number];

/** Every action a control can carry: a playbook choice, the always-available actions, the complexity, the customer's type and language. */
export const CONTROL_ACTIONS = [
  'choose',
  ...ACTIONS,
  'complexity',
  'customer_type',
  'customer_lang',
  'follow_up',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

const includes = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

export const isControlAction = (action: string): action is ControlAction => includes(CONTROL_ACTIONS, action);

/**
 * The event for an action and its argument: `choose` + choice id, `supervisor` + reason, `close` + outcome,
 * `complexity` + one digit, `customer_type` + a tag or `none`, `customer_lang` + a locale, `follow_up` + whole hours from now (1 to 336); the others take none. Null when the action is not one Holdline renders or its
 * argument is missing or not one it offers (a hand-made or truncated payload): the caller says so.
 * Whether the choice or outcome is allowed *now* is `step`'s business, not this function's.
 */
export function actionEvent(action: string, arg?: string): SessionEvent | null {
  switch (action) {
    case 'choose':
      return arg ? { type: 'choose', choiceId: arg } : null;
    case 'worse':
    case 'better':
      return { type: 'hostility', direction: action };
    case 'threat_physical':
      return { type: 'threat', kind: 'physical' };
    case 'threat_legal':
      return { type: 'threat', kind: 'legal' };
    case 'supervisor':
      return includes(SUPERVISOR_REASONS, arg) ? { type: 'escalate', reason: arg } : null;
    case 'close':
      return includes<Outcome>(OUTCOMES, arg) ? { type: 'close', outcome: arg } : null;
    case 'complexity':
      return arg !== undefined && /^\d$/.test(arg) ? { type: 'complexity', value: Number(arg) } : null;
    case 'customer_type':
      if (arg === 'none') return { type: 'customer_type', customerType: null };
      return arg !== undefined && isCustomerTag(arg) ? { type: 'customer_type', customerType: arg } : null;
    case 'customer_lang':
      return arg !== undefined && isLocale(arg) ? { type: 'customer_locale', locale: arg } : null;
    case 'follow_up': {
      const hours = arg !== undefined && /^\d{1,3}$/.test(arg) ? Number(arg) : 0;
      return hours >= 1 && hours <= MAX_FOLLOW_UP_HOURS ? { type: 'follow_up_in', hours } : null;
    }
    default:
      return null;
  }
}
