/** The engine's public surface: pure types and functions, no I/O. */

export * from './actions.ts';
export * from './care/index.ts';
export * from './clean-text.ts';
export {
  type Detection,
  detect,
  type Evidence,
  type KindScore,
  type Proposal,
  primaryKind,
  propose,
} from './detector/index.ts';
export * from './errors.ts';
export * from './escalation.ts';
export * from './guidance/customer-types.ts';
export { SAY_PAIRS } from './guidance/say-pairs.ts';
export {
  type Catalogue,
  catalogueFor,
  isMessageKey,
  type MessageKey,
  type Params,
  translate,
} from './i18n/catalogue.ts';
export { isLocale, matchLocale, resolveLocale } from './i18n/locale.ts';
export { formatDateTime, formatTime, isTimeZone } from './i18n/time.ts';
export { limitProblems } from './limits.ts';
export * from './model.ts';
export { aboutContact, namesContact } from './notice-contact.ts';
export { pageNotes, pageStage, reportRepeats, reportTitle } from './page-notes.ts';
export { type Playbook, playbookFor, playbooks } from './playbooks/index.ts';
export * from './practice/index.ts';
export * from './statement.ts';
export {
  allowedOutcomes,
  FOLLOW_UP_PRESETS,
  MAX_FOLLOW_UP_HOURS,
  reasonText,
  type StepResult,
  startSession,
  step,
} from './step.ts';
export * from './types.ts';
export * from './view.ts';
