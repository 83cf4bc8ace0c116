/**
 * Fits a step's guidance and "you could say" lines to the contact (issue 20): the channel (written
 * channels never get voice advice or "please go on"; chat has its own phrasing; in person adds eye
 * contact, and under a physical threat nothing invites the customer to go on; a formal letter is
 * answered with a face-to-face meeting) and the customer type the agent tagged. Pure: keys in, keys out.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import { type ContactChannel, type IncidentKind, isWritten } from '../types.ts';
import { CUSTOMER_TAG_TEXT, type CustomerTag, HELPING_STEPS } from './customer-types.ts';

export interface FitContext {
  readonly stepId: string;
  readonly channel: ContactChannel;
  readonly kind: IncidentKind;
  /** A physical threat is the playbook or was paged during the contact. */
  readonly physicalThreat: boolean;
  readonly customerType: CustomerTag | null;
}

/** A key replaced by another (or dropped, null) on a channel. Order of the result follows the playbook. */
type Rule = (c: FitContext) => MessageKey | null | undefined;

const GUIDANCE: Readonly<Partial<Record<MessageKey, Rule>>> = {
  'step.calm.g1': (c) => (isWritten(c.channel) ? 'step.calm.g1_written' : undefined),
  'step.calm.g3': (c) =>
    isWritten(c.channel) ? 'step.calm.g3_written' : c.channel === 'chat' ? 'step.calm.g3_chat' : undefined,
  'step.calm.g4': (c) =>
    isWritten(c.channel) ? 'step.calm.g4_written' : c.channel === 'chat' ? 'step.calm.g4_chat' : undefined,
  'step.ignore_written.g3': (c) => (c.channel === 'letter' ? 'step.ignore_written.g3_letter' : undefined),
};

const SAY: Readonly<Partial<Record<MessageKey, Rule>>> = {
  'say.calm.listening': (c) =>
    c.physicalThreat
      ? 'say.threat_physical.hear'
      : isWritten(c.channel)
        ? 'say.calm.listening_written'
        : c.channel === 'chat'
          ? 'say.calm.listening_chat'
          : undefined,
  'say.calm.feeling': (c) => (isWritten(c.channel) ? 'say.calm.feeling_written' : undefined),
  'say.ignore_written.meet': (c) => (c.channel === 'letter' ? 'say.ignore_written.meet_letter' : undefined),
};

function apply(keys: readonly MessageKey[], rules: typeof GUIDANCE, c: FitContext): MessageKey[] {
  const out: MessageKey[] = [];
  for (const key of keys) {
    const rule = rules[key];
    const fitted = rule === undefined ? key : rule(c);
    const next = fitted === undefined ? key : fitted;
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

export function fitGuidance(keys: readonly MessageKey[], c: FitContext): MessageKey[] {
  const out = apply(keys, GUIDANCE, c);
  // Face to face, show you are listening without words; never while someone may be in danger.
  if (c.channel === 'in_person' && c.stepId === 'calm' && !c.physicalThreat) {
    const at = out.indexOf('step.calm.g1');
    out.splice(at + 1, 0, 'step.calm.g_in_person');
  }
  // Face to face, recover the service on the spot; a written complaint is never a minor one (Malay article).
  if (c.stepId === 'lead' && c.channel === 'in_person') out.push('step.lead.g_in_person');
  if (c.stepId === 'lead' && isWritten(c.channel)) out.push('step.lead.g_written');
  if (c.customerType !== null && HELPING_STEPS.includes(c.stepId) && !c.physicalThreat) {
    const text = CUSTOMER_TAG_TEXT[c.customerType];
    out.push(text.guidance);
    const extra = text.steps?.[c.stepId]?.guidance;
    if (extra !== undefined) out.push(extra);
  }
  return out;
}

export function fitSay(keys: readonly MessageKey[], c: FitContext): MessageKey[] {
  const out = apply(keys, SAY, c);
  if (c.customerType !== null && HELPING_STEPS.includes(c.stepId) && !c.physicalThreat)
    for (const k of CUSTOMER_TAG_TEXT[c.customerType].steps?.[c.stepId]?.say ?? []) if (!out.includes(k)) out.push(k);
  return out;
}
