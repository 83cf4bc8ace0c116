/**
 * Core vocabulary of the Holdline engine. Pure data types: no I/O, no platform names.
 */

export const INCIDENT_KINDS = [
  'vulgarity',
  'insult',
  'legal_threat',
  'physical_threat',
  'supervisor_request',
  'hostile',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** How the customer reached us. Written channels may leave abusive words unanswered (field guide §5, §6, §10). */
export const CONTACT_CHANNELS = ['phone', 'chat', 'email', 'letter', 'in_person', 'sms', 'social'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
/** Read and answered in writing: no voice advice, no "go on" (issue 20); abuse may be left unanswered. */
export const WRITTEN_CHANNELS: readonly ContactChannel[] = ['email', 'letter', 'sms', 'social'];
export const isWritten = (channel: ContactChannel): boolean => WRITTEN_CHANNELS.includes(channel);

export const OUTCOMES = [
  'resolved',
  'escalated',
  'ended_after_warning',
  'ignored_written',
  'handed_over',
  /** Ended because someone's safety was at risk (a physical threat): no warning is implied. */
  'ended_for_safety',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Languages the catalogue is structured for. English ships first; others fall back to it until translated. */
export const LOCALES = ['en', 'ms', 'id', 'nb', 'tl'] as const;
export type Locale = (typeof LOCALES)[number];

/** An agent's personal limits (field guide §3): the most they will take before a supervisor steps in. */
export interface Limits {
  /** Minutes with the same customer. */
  readonly minutes: number;
  /** Customer hostility, 1 (mild) to 5 (extreme). Crossed when the customer goes above it. */
  readonly hostility: number;
  /** Problem complexity, 1 (simple) to 5 (beyond me). Crossed when the problem goes above it. */
  readonly complexity: number;
}

export const LIMIT_BOUNDS = {
  minutes: { min: 1, max: 480 },
  hostility: { min: 1, max: 5 },
  complexity: { min: 1, max: 5 },
} as const;
