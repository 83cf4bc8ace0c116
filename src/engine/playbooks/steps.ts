/**
 * Building blocks the playbooks share. Each returns plain data (a step of PlaybookInput);
 * the playbooks choose the choices that fit their incident kind. Validated by schema.ts at load.
 */

import { WRITTEN_CHANNELS } from '../types.ts';
import type { PlaybookInput } from './schema.ts';

type StepInput = PlaybookInput['steps'][string];
type ChoiceInput = StepInput['choices'][number];
type Boundary = 'boundary_vulgar' | 'boundary_insult' | 'boundary_hostile';

/** Warnings before the last-resort line (field guide §6: a counted boundary, then the last line). */
export const WARNINGS_BEFORE_LAST_LINE = 2;

export const calm = (choices: ChoiceInput[]): StepInput => ({
  title: 'step.calm.title',
  guidance: ['step.calm.g1', 'step.calm.g2', 'step.calm.g3', 'step.calm.g4'],
  say: ['say.calm.listening', 'say.calm.repeat', 'say.calm.feeling'],
  choices,
});

const boundaryText = {
  boundary_vulgar: {
    guidance: ['step.boundary_vulgar.g1', 'step.boundary_vulgar.g2', 'step.boundary_vulgar.g3'],
    say: ['say.boundary_vulgar.stop', 'say.boundary_vulgar.continue'],
  },
  boundary_insult: {
    guidance: ['step.boundary_insult.g1', 'step.boundary_insult.g2', 'step.boundary_insult.g3'],
    say: ['say.boundary_insult.stop', 'say.boundary_insult.focus'],
  },
  boundary_hostile: {
    guidance: ['step.boundary_hostile.g1', 'step.boundary_hostile.g2', 'step.boundary_hostile.g3'],
    say: ['say.boundary_hostile.respect', 'say.boundary_hostile.pause'],
  },
} as const satisfies Record<Boundary, Pick<StepInput, 'guidance' | 'say'>>;

/** A counted warning: stopped → back to helping; carried on → warn again, then the last-resort line. */
export const boundary = (which: Boundary): StepInput => ({
  title: `step.${which}.title`,
  guidance: [...boundaryText[which].guidance],
  say: [...boundaryText[which].say],
  onEnter: [{ type: 'warn' }],
  choices: [
    { id: 'stopped', label: 'choice.stopped', next: 'empathise' },
    { id: 'again', label: 'choice.carried_on', next: which, when: { warningsBelow: WARNINGS_BEFORE_LAST_LINE } },
    {
      id: 'carried_on',
      label: 'choice.carried_on',
      next: 'last_warning',
      when: { warningsAtLeast: WARNINGS_BEFORE_LAST_LINE },
    },
    { id: 'someone_else', label: 'choice.someone_else', next: 'handover' },
  ],
});

export const lastWarning = (): StepInput => ({
  title: 'step.last_warning.title',
  guidance: ['step.last_warning.g1', 'step.last_warning.g2'],
  say: ['say.last_warning.line'],
  onEnter: [{ type: 'warn' }],
  choices: [
    { id: 'stopped', label: 'choice.stopped', next: 'empathise' },
    { id: 'carried_on', label: 'choice.carried_on', next: 'end_conversation' },
    { id: 'someone_else', label: 'choice.someone_else', next: 'handover' },
  ],
});

/** The end-of-contact line names the real reason: the language, the insults, or the tone. */
const endLine = {
  vulgarity: 'say.end_conversation.line',
  insult: 'say.end_conversation.insults',
  hostility: 'say.end_conversation.tone',
} as const;

export const endConversation = (flag: 'vulgarity' | 'insult' | 'hostility'): StepInput => ({
  title: 'step.end_conversation.title',
  guidance: ['step.end_conversation.g1', 'step.end_conversation.g2', 'step.end_conversation.g3'],
  say: [endLine[flag]],
  onEnter: [{ type: 'tell_ending' }, { type: 'flag_customer', kind: flag }],
  choices: [
    { id: 'ended', label: 'choice.told_and_ended', outcome: 'ended_after_warning' },
    { id: 'apologised', label: 'choice.apologised', next: 'empathise' },
  ],
});

export const ignoreWritten = (): StepInput => ({
  title: 'step.ignore_written.title',
  guidance: ['step.ignore_written.g1', 'step.ignore_written.g2', 'step.ignore_written.g3'],
  say: ['say.ignore_written.open', 'say.ignore_written.meet'],
  choices: [
    {
      id: 'replied',
      label: 'choice.replied_substance',
      outcome: 'ignored_written',
      when: { channels: [...WRITTEN_CHANNELS] },
    },
    { id: 'needs_work', label: 'choice.needs_work', next: 'empathise' },
  ],
});

/** HELP (field guide §2): Hear (calm), Empathise, Lead, Provide. `abuse` is where renewed abuse goes. */
export const help = (abuse: Boundary): Record<string, StepInput> => ({
  empathise: {
    title: 'step.empathise.title',
    // The Norwegian order: show you understand first, then apologise (issue 20).
    guidance: ['step.empathise.understand', 'step.empathise.apologise'],
    say: ['say.empathise.sorry', 'say.empathise.point'],
    choices: [
      { id: 'to_resolution', label: 'choice.to_resolution', next: 'lead' },
      { id: 'abusive', label: 'choice.getting_abusive', next: abuse },
    ],
  },
  lead: {
    title: 'step.lead.title',
    guidance: ['step.lead.g1', 'step.lead.g2', 'step.lead.g3'],
    say: ['say.lead.ask', 'say.lead.instead_dont_know', 'say.lead.restate'],
    choices: [
      { id: 'agreed', label: 'choice.agreed', next: 'provide' },
      { id: 'impossible', label: 'choice.impossible_request', next: 'alternative' },
      { id: 'beyond_me', label: 'choice.beyond_me', next: 'handover' },
      { id: 'abusive', label: 'choice.getting_abusive', next: abuse },
    ],
  },
  alternative: {
    title: 'step.alternative.title',
    guidance: ['step.alternative.g1', 'step.alternative.g2'],
    say: [
      'say.alternative.cannot',
      'say.alternative.instead_kind',
      'say.alternative.misunderstanding',
      'say.alternative.instead_wrong',
    ],
    choices: [
      { id: 'accepted', label: 'choice.accepted', next: 'provide' },
      { id: 'insist_senior', label: 'choice.insist_senior', next: 'senior' },
      { id: 'someone_else', label: 'choice.someone_else', next: 'handover' },
      { id: 'abusive', label: 'choice.getting_abusive', next: abuse },
    ],
  },
  provide: {
    title: 'step.provide.title',
    guidance: ['step.provide.g1', 'step.provide.g2'],
    say: ['say.provide.next', 'say.provide.feedback'],
    choices: [
      { id: 'resolved', label: 'choice.resolved', outcome: 'resolved' },
      { id: 'not_satisfied', label: 'choice.not_satisfied', next: 'senior' },
    ],
  },
  senior: {
    title: 'step.senior.title',
    guidance: ['step.senior.g1', 'step.senior.g2', 'step.senior.g3'],
    say: ['say.senior.bring', 'say.senior.instead_dont_come_back'],
    onEnter: [{ type: 'escalate', reason: 'customer_insists' }],
    choices: [
      { id: 'took_over', label: 'choice.supervisor_took_over', outcome: 'escalated' },
      { id: 'my_help', label: 'choice.accepted_my_help', next: 'lead' },
    ],
  },
  handover: {
    title: 'step.handover.title',
    guidance: ['step.handover.g1', 'step.handover.g2'],
    say: ['say.handover.colleague'],
    onEnter: [{ type: 'escalate', reason: 'more_experienced' }],
    choices: [
      { id: 'colleague', label: 'choice.colleague_took_over', outcome: 'handed_over' },
      { id: 'supervisor', label: 'choice.supervisor_took_over', outcome: 'escalated' },
      { id: 'myself', label: 'choice.carried_on_myself', next: 'lead' },
    ],
  },
});

/** The boundary ladder: counted warnings, the last-resort line, and ending only after telling the customer. */
export const boundaryLadder = (
  which: Boundary,
  flag: 'vulgarity' | 'insult' | 'hostility',
): Record<string, StepInput> => ({
  [which]: boundary(which),
  last_warning: lastWarning(),
  end_conversation: endConversation(flag),
});
