import type { Evidence, KindScore } from './detector/index.ts';
import type { PageMessage } from './escalation.ts';
import type { CustomerTag } from './guidance/customer-types.ts';
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
export const FLAG_KINDS = ['vulgarity', 'insult', 'legal_threat', 'physical_threat', 'hostility'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
/** Longest note an agent may attach to a flag (free text about a customer: stored, never logged). */
export const MAX_FLAG_NOTE = 280;

/** A customer's unexpired flags of one kind, as the next agent sees them: counts, never notes. */
export interface PriorFlagKind {
  readonly kind: FlagKind;
  readonly count: number;
  readonly lastAt: number;
  readonly lastTeamId: string | null;
}
/** Loaded when a session starts with a customer reference; kinds ordered most recent first. */
export interface PriorFlags {
  readonly total: number;
  readonly kinds: readonly PriorFlagKind[];
}

/** What to do if anyone is in immediate danger: the team's emergency number and a sentence of its own. */
export interface Emergency {
  readonly number: string;
  readonly note?: string;
}

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
  /**
   * What the detector read in the customer's words at start: kinds and character offsets only, never
   * the words. `confirmed` once the agent accepted or corrected the suggestion.
   */
  readonly detection: SessionDetection | null;
  /** The customer's flags from earlier contacts, frozen at start (absent when there were none). */
  readonly priorFlags?: PriorFlags;
  /** The team's emergency number, frozen at start (absent: the team file names none; a default is shown). */
  readonly emergency?: Emergency;
  /** The customer type the agent tagged (issue 20), absent until tagged; adjusts the helping steps' guidance. */
  readonly customerType?: CustomerTag;
  /** The customer's language for "you could say" lines, when it differs from the agent's (absent: the agent's). */
  readonly customerLocale?: Locale;
  /** Incremented on every accepted event; buttons carry it so a stale or double click is refused. */
  readonly version: number;
  readonly timeline: readonly TimelineEntry[];
}

export interface SessionDetection {
  readonly suggested: IncidentKind | null;
  readonly kinds: readonly KindScore[];
  readonly evidence: readonly Evidence[];
  readonly confirmed: boolean;
}

export type SessionEvent =
  | { readonly type: 'choose'; readonly choiceId: string }
  | { readonly type: 'hostility'; readonly direction: 'worse' | 'better' }
  | { readonly type: 'complexity'; readonly value: number }
  | { readonly type: 'escalate'; readonly reason: 'customer_insists' | 'more_experienced' | 'agent_request' }
  | { readonly type: 'threat'; readonly kind: 'physical' | 'legal' }
  | { readonly type: 'time_check' }
  | { readonly type: 'supervisor_acknowledged'; readonly by: string }
  /** A supervisor took the contact over: the session is closed as handed over to them. */
  | { readonly type: 'handed_over'; readonly by: string }
  | { readonly type: 'close'; readonly outcome: Outcome }
  /** The agent accepts the suggested kind. */
  | { readonly type: 'confirm_kind' }
  /** The agent corrects the kind (or the contact changed): the new playbook starts from its first step. */
  | { readonly type: 'reclassify'; readonly kind: IncidentKind }
  /** The agent flags the customer (field guide §5); the note goes to the flags table only. */
  | { readonly type: 'flag'; readonly kind: FlagKind; readonly note?: string }
  /** A fix was agreed: remind the agent at `at` to tell the customer it is done (issue 20, "Provide means follow up"). */
  | { readonly type: 'follow_up'; readonly at: number }
  /**
   * The same, `hours` from the moment the engine applies it: what a chat control carries (1 h, 4 h, tomorrow),
   * so the surfaces' shared `actionEvent` stays pure and needs no clock.
   */
  | { readonly type: 'follow_up_in'; readonly hours: number }
  /** The agent tags the customer's type (null removes the tag); recorded in the timeline. */
  | { readonly type: 'customer_type'; readonly customerType: CustomerTag | null }
  /** The language the customer speaks: "you could say" lines follow it; recorded in the timeline. */
  | { readonly type: 'customer_locale'; readonly locale: Locale };

/** A notice parameter is a value or another catalogue entry, translated when the notice is rendered. */
export type NoticeParam = string | number | { readonly key: MessageKey; readonly params?: NoticeParams };
export interface NoticeParams {
  readonly [name: string]: NoticeParam;
}

export type EffectBody =
  /** Show the session's current step to the agent (rendered from the session by the adapter). */
  | { readonly type: 'prompt' }
  | { readonly type: 'notice'; readonly key: MessageKey; readonly params?: NoticeParams }
  | {
      readonly type: 'pageSupervisor';
      readonly reason: EscalationReason;
      readonly severity: 'normal' | 'critical';
      /** The same reason again (a repeated threat): added to a page still open, or paged anew after an answer. */
      readonly repeated?: true;
    }
  | {
      readonly type: 'reportThreat';
      readonly to: ThreatTarget;
      readonly kind: IncidentKind;
      /** An update to the report already sent: every time the threat was repeated since ("repeated at 14:03"). */
      readonly repeatedAt?: readonly number[];
    }
  /** Recorded in the flags table in the same transaction as the session (not delivered through the outbox). */
  | { readonly type: 'flagCustomer'; readonly kind: FlagKind; readonly note?: string }
  | { readonly type: 'scheduleCheck'; readonly check: 'time_limit'; readonly at: number }
  /** A durable reminder for the agent (a timer of kind 'follow_up'), kept after the contact closes. */
  | { readonly type: 'scheduleFollowUp'; readonly at: number }
  | { readonly type: 'offerDecompression' }
  /** The contact closed: the app tells its open pages (never delivered to a surface itself). */
  | { readonly type: 'contactClosed' }
  /** A page, page update or threat report for people other than the agent (see escalation.ts, docs/paging.md). */
  | { readonly type: 'page'; readonly message: PageMessage };

/** Every kind of effect: each surface's handler map has one handler per type (adapters/kit/surface.ts). */
export type EffectType = EffectBody['type'];

/** An effect with a deterministic id (session, version, index): delivering it twice is detectable. */
export type Effect = EffectBody & { readonly id: string; readonly sessionId: string };

/** What a new session is given; the rest of Session is derived by startSession. */
export interface StartInput
  extends Pick<
    Session,
    'id' | 'agentId' | 'teamId' | 'surface' | 'kind' | 'channel' | 'locale' | 'limits' | 'customer'
  > {
  readonly priorFlags?: PriorFlags;
  readonly emergency?: Emergency;
  readonly hostility?: number;
  readonly complexity?: number;
  /** The detector's reading of what the customer said, when the agent gave it. */
  readonly detection?:
    | {
        readonly kinds: readonly KindScore[];
        readonly evidence: readonly Evidence[];
        /** The physical-threat tier (see propose() in detector/index.ts); absent means auto. */
        readonly autoEscalate?: boolean;
      }
    | undefined;
  readonly customerType?: CustomerTag;
  readonly customerLocale?: Locale;
  /** True when the agent picked the kind themselves (a detection is then only recorded). */
  readonly kindChosen?: boolean;
}
