/** What an adapter is given to work with: the use cases, the clock, the logger, and where to plug its delivery. */
import type { Clock, EffectDelivery, Logger } from '../ports.ts';
import type { CareDelivery } from '../ports-care.ts';
import type { AgentService } from './agents.ts';
import type { HomePublisher } from './board-watch.ts';
import type { CareService } from './care.ts';
import type { EscalationService } from './escalations.ts';
import type { FlagService } from './flags.ts';
import type { IncidentReportService } from './incident-report.ts';
import type { PracticeService } from './practice.ts';
import type { SessionService } from './sessions.ts';
import type { StatementService } from './statements.ts';
import type { TeamView } from './team-view.ts';

export interface AppServices {
  readonly sessions: SessionService;
  readonly agents: AgentService;
  /** Supervisors' flag commands (lookup, remove, export); agents flag through sessions.apply. */
  readonly flags: FlagService;
  /** Acknowledge / take over pages (only supervisors named in the escalation's frozen policy may). */
  readonly escalations: EscalationService;
  readonly clock: Clock;
  readonly log: Logger;
  /** Registers how effects of sessions on `surface` are carried out. */
  registerDelivery(surface: string, delivery: EffectDelivery): void;
  /** Decompression and check-ins (docs/checkins.md). */
  readonly care: CareService;
  /** Registers how care effects (pings, posts, nudges, break reminders) on `surface` are carried out. */
  registerCareDelivery(surface: string, delivery: CareDelivery): void;
  /** Who needs help now, each agent's limits, and an agent's own trend (issue 21). */
  readonly team: TeamView;
  /** Registers how a surface republishes people's home views when their team's board changes. */
  registerHomePublisher(surface: string, publisher: HomePublisher): void;
  /** Practice mode (issue 22): role-play with a debrief; nothing real is paged, delivered or recorded. */
  readonly practice: PracticeService;
  /** Threat statements (issue 20); absent where an app is built without them. `available`: STATEMENT_KEY is set. */
  readonly statements?: StatementService;
  /** Incident reports (issue 20): the page's Report button. */
  readonly reports?: IncidentReportService;
  /** Waits until effects committed so far have been delivered (the terminal uses it to keep output in order). */
  settle(): Promise<void>;
}

/** A running adapter. */
export interface Adapter {
  /** Resolves when the adapter itself ends the program (the terminal agent quits); absent for servers. */
  readonly done?: Promise<void>;
  /** Whether it is connected to its platform now (readiness, /readyz); absent: always. */
  health?(): AdapterHealth;
  stop(): Promise<void>;
}

export interface AdapterHealth {
  readonly ok: boolean;
  /** For operators: what is connected or not (never a secret). */
  readonly detail: string;
}
