import type { PageMessage } from './escalation.ts';
import type { MessageKey } from './i18n/catalogue.ts';
import type { ContactChannel, IncidentKind, Limits, Locale, Outcome } from './types.ts';

export type LimitName = keyof Limits;

/** Why a supervisor is paged (field guide §4, §7). */
export type EscalationReason =
  | { readonly code: 'limit'; readonly limit: LimitName; readonly value: number; readonly max: number }
  | { readonly code: 'customer_insists' }
  | { readonly code: 'more_experienced' }
  | { readonly code: 'agent_request' }
  | { readonly code: 'physical_threat' };
export type EscalationCode = EscalationReason['code'];

/** One key per reason, so a session pages once per reason (a limit counts once per limit). */
export const escalationKey = (reason: EscalationReason): string =>
  reason.code === 'limit' ? `limit:${reason.limit}` : reason.code;

export type ThreatTarget = 'security' | 'legal';
export type FlagKind = 'vulgarity' | 'insult' | 'legal_threat' | 'physical_threat' | 'hostility';

/** A pseudonymised customer: a keyed hash and a masked hint. The clear reference never reaches the engine. */
export interface CustomerRef {
  readonly key: string;
  readonly hint: string;
}

export type TimelineValue = string | number | boolean;
/** The record a legal team would need: what happened and when. Never free text about the customer. */
export interface TimelineEntry {
  readonly at: number;
  readonly type: string;
  readonly data?: Readonly<Record<string, TimelineValue>>;
}

export interface Session {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string | null;
  /** Which adapter the agent works in (console, slack, discord); effects are delivered there. */
  readonly surface: string;
  readonly kind: IncidentKind;
  readonly channel: ContactChannel;
  readonly locale: Locale;
  /** Frozen at start: an edit to the playbook or the agent's limits mid-contact cannot change this session. */
  readonly playbookVersion: string;
  readonly limits: Limits;
  readonly customer: CustomerRef | null;
  readonly status: 'open' | 'closed';
  readonly stepId: string;
  readonly hostility: number;
  readonly complexity: number;
  readonly warnings: number;
  /** True once the agent has told the customer the conversation is ending (field guide §5–6). */
  readonly toldEnding: boolean;
  readonly startedAt: number;
  readonly closedAt: number | null;
  readonly outcome: Outcome | null;
  /** Escalation keys already paged, so a reason pages once. */
  readonly escalated: readonly string[];
  /** Where threats were already reported, and which flags were already raised, so each happens once. */
  readonly reported: readonly ThreatTarget[];
  readonly flagged: readonly FlagKind[];
  /** Incremented on every accepted event; buttons carry it so a stale or double click is refused. */
  readonly version: number;
  readonly timeline: readonly TimelineEntry[];
}

export type SessionEvent =
  | { readonly type: 'choose'; readonly choiceId: string }
  | { readonly type: 'hostility'; readonly direction: 'worse' | 'better' }
  | { readonly type: 'complexity'; readonly value: number }
  | { readonly type: 'escalate'; readonly reason: 'customer_insists' | 'more_experienced' | 'agent_request' }
  | { readonly type: 'threat'; readonly kind: 'physical' | 'legal' }
  | { readonly type: 'time_check' }
  | { readonly type: 'supervisor_acknowledged'; readonly by: string }
  | { readonly type: 'close'; readonly outcome: Outcome };

/** A notice parameter is a value or another catalogue entry, translated when the notice is rendered. */
export type NoticeParam = string | number | { readonly key: MessageKey; readonly params?: NoticeParams };
export interface NoticeParams {
  readonly [name: string]: NoticeParam;
}

export type EffectBody =
  /** Show the session's current step to the agent (rendered from the session by the adapter). */
  | { readonly type: 'prompt' }
  | { readonly type: 'notice'; readonly key: MessageKey; readonly params?: NoticeParams }
  | { readonly type: 'pageSupervisor'; readonly reason: EscalationReason; readonly severity: 'normal' | 'critical' }
  | { readonly type: 'reportThreat'; readonly to: ThreatTarget; readonly kind: IncidentKind }
  | { readonly type: 'flagCustomer'; readonly kind: FlagKind }
  | { readonly type: 'scheduleCheck'; readonly check: 'time_limit'; readonly at: number }
  | { readonly type: 'offerDecompression' }
  /** A page, page update or threat report for people other than the agent (see escalation.ts, docs/paging.md). */
  | { readonly type: 'page'; readonly message: PageMessage };

/** An effect with a deterministic id (session, version, index): delivering it twice is detectable. */
export type Effect = EffectBody & { readonly id: string; readonly sessionId: string };

export interface StartInput {
  readonly id: string;
  readonly agentId: string;
  readonly teamId: string | null;
  readonly surface: string;
  readonly kind: IncidentKind;
  readonly channel: ContactChannel;
  readonly locale: Locale;
  readonly limits: Limits;
  readonly customer: CustomerRef | null;
  readonly hostility?: number;
  readonly complexity?: number;
}
