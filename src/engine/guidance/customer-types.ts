/**
 * Customer types (issue 20; field guide §9 and the Indonesian article): an optional tag the agent sets
 * at start or during a contact. It adds guidance and "you could say" lines on the helping steps
 * (calm and HELP), never on a boundary, threat or ending step, where the playbook's own line matters more.
 */
import type { MessageKey } from '../i18n/catalogue.ts';

export const CUSTOMER_TAGS = [
  'active_hater',
  'extreme_critic',
  'was_happy',
  'still_happy',
  'impatient',
  'indecisive',
  'talkative',
] as const;
export type CustomerTag = (typeof CUSTOMER_TAGS)[number];
export const isCustomerTag = (value: unknown): value is CustomerTag =>
  typeof value === 'string' && (CUSTOMER_TAGS as readonly string[]).includes(value);

/** The steps a customer type adjusts: listening and HELP. */
export const HELPING_STEPS: readonly string[] = ['calm', 'empathise', 'lead', 'alternative', 'provide'];

interface TypeText {
  /** One line of guidance on every helping step. */
  readonly guidance: MessageKey;
  /** Extra lines on particular steps. */
  readonly steps?: Readonly<Record<string, { readonly guidance?: MessageKey; readonly say?: readonly MessageKey[] }>>;
}

export const CUSTOMER_TAG_TEXT: Readonly<Record<CustomerTag, TypeText>> = {
  active_hater: { guidance: 'ctype.active_hater.g' },
  extreme_critic: {
    guidance: 'ctype.extreme_critic.g',
    steps: { lead: { say: ['say.ctype.critic_point'] } },
  },
  was_happy: {
    guidance: 'ctype.was_happy.g',
    steps: { lead: { guidance: 'ctype.was_happy.recovery', say: ['say.ctype.loyal_recovery'] } },
  },
  still_happy: {
    guidance: 'ctype.still_happy.g',
    steps: { provide: { guidance: 'ctype.still_happy.visible', say: ['say.ctype.thanks_feedback'] } },
  },
  impatient: {
    guidance: 'ctype.impatient.g',
    steps: { calm: { say: ['say.ctype.waiting'] }, lead: { say: ['say.ctype.waiting', 'say.ctype.two_minutes'] } },
  },
  indecisive: {
    guidance: 'ctype.indecisive.g',
    steps: { lead: { say: ['say.ctype.options'] }, alternative: { say: ['say.ctype.options'] } },
  },
  talkative: {
    guidance: 'ctype.talkative.g',
    steps: {
      calm: { guidance: 'ctype.talkative.name', say: ['say.ctype.by_name'] },
      lead: { say: ['say.ctype.by_name', 'say.ctype.hurry'] },
    },
  },
};
