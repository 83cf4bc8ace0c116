/**
 * Escalations as their own pure state machine: start(policy, …, now) → { escalation, effects } and
 * stepEscalation(escalation, event, now) → { escalation, effects }. The policy is copied into the
 * escalation when it starts (an edit of the team file mid-incident cannot change a running page).
 * Effects are data: the app writes `deliver` to the outbox, `timer` to the timers table and
 * `session` to the agent's session, all in one transaction.
 */
import type { MessageKey } from './i18n/catalogue.ts';
import type { EscalationReason, NoticeParams, SessionEvent } from './model.ts';
import type { IncidentKind } from './types.ts';

export interface PolicyLevel {
  /** Person ids (`slack:U123`), or group ids kept as data (`slack:subteam:S123`, `discord:role:42`). */
  readonly supervisors: readonly string[];
  readonly ackTimeoutMinutes: number;
  /** How many times the level is re-notified before moving to the next level. */
  readonly repeat: number;
}

/** The escalation policy of a team, frozen on each escalation when it starts. */
export interface PolicySnapshot {
  readonly teamId: string | null;
  readonly levels: readonly PolicyLevel[];
  /** The team's escalation channels, surface-prefixed (`slack:C123`, `discord:998877`, `console:pages`). */
  readonly channels: readonly string[];
  readonly security: readonly string[];
  readonly legal: readonly string[];
}

/** `closed`: the agent closed the contact before anyone answered; re-notifying stopped (never for a physical threat). */
export type EscalationStatus = 'paging' | 'acknowledged' | 'taken_over' | 'exhausted' | 'closed';

export interface EscalationRecord {
  readonly at: number;
  readonly type:
    | 'paged'
    | 'renotified'
    | 'escalated'
    | 'exhausted'
    | 'acknowledged'
    | 'taken_over'
    | 'threat_repeated'
    | 'contact_closed';
  readonly level: number;
  readonly round: number;
  readonly by?: string;
}

export interface Escalation {
  readonly id: string;
  readonly sessionId: string;
  readonly agentId: string;
  readonly incident: IncidentKind;
  readonly reason: EscalationReason;
  readonly severity: 'normal' | 'critical';
  readonly policy: PolicySnapshot;
  readonly status: EscalationStatus;
  readonly level: number;
  /** 0 for the first page of a level, then 1…repeat for each re-notification. */
  readonly round: number;
  readonly startedAt: number;
  /** When the current level times out; null once nothing more will happen. */
  readonly dueAt: number | null;
  /** Id of the one timer that is live; an older timer firing late is ignored. */
  readonly timerId: string | null;
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: number | null;
  /** Page effects sent so far, so they can all be updated after an acknowledgement. */
  readonly pages: readonly {
    readonly id: string;
    readonly surface: string;
    /** Where the policy stood when it was sent, so it can be rendered again (absent on older escalations). */
    readonly level?: number;
    readonly round?: number;
  }[];
  /** When the agent reported the threat again while this page was open (absent on older escalations). */
  readonly repeats?: readonly number[];
  /** When the agent closed the contact while this page was open (absent: still open, or older escalations). */
  readonly contactClosedAt?: number;
  readonly version: number;
  readonly history: readonly EscalationRecord[];
}

/** The surface-neutral message a chat adapter renders (see docs/paging.md, "the delivery contract"). */
export type PageMessage =
  | {
      readonly kind: 'page';
      readonly escalationId: string;
      readonly level: number;
      readonly round: number;
      readonly severity: 'normal' | 'critical';
      readonly reason: EscalationReason;
      /** Recipients on this surface: people to mention or DM, and channels to post in. */
      readonly supervisors: readonly string[];
      readonly channels: readonly string[];
      /** Times the threat was repeated while this page was open ("threat repeated at 14:03"). */
      readonly repeatedAt?: readonly number[];
      /** The agent closed the contact at this time (a physical-threat page keeps paging until answered). */
      readonly contactClosedAt?: number;
    }
  | {
      readonly kind: 'page_update';
      readonly escalationId: string;
      /** The page effects to edit; the dispatcher adds the platform references it recorded for them. */
      readonly pageIds: readonly string[];
      readonly status: Exclude<EscalationStatus, 'paging'>;
      readonly by: string | null;
      readonly channels: readonly string[];
      /** For `closed`: when the agent closed the contact. */
      readonly at?: number;
    }
  | {
      /**
       * Pages already sent, rendered again in place with what changed since (the contact closed while a
       * physical-threat page keeps paging); the buttons stay. One entry per page effect to edit.
       */
      readonly kind: 'page_edit';
      readonly escalationId: string;
      readonly edits: readonly { readonly pageId: string; readonly page: Extract<PageMessage, { kind: 'page' }> }[];
    }
  | {
      readonly kind: 'report';
      readonly to: 'security' | 'legal';
      readonly recipients: readonly string[];
      /** An update to the report already sent: the times the threat was repeated since (absent: the first report). */
      readonly repeatedAt?: readonly number[];
    };

export type EscalationEffect =
  | { readonly type: 'deliver'; readonly id: string; readonly surface: string; readonly message: PageMessage }
  | { readonly type: 'timer'; readonly id: string; readonly at: number }
  /** An event for the agent's session (acknowledged → the agent is told who is coming). */
  | { readonly type: 'session'; readonly event: SessionEvent }
  /** A notice for the agent, on the agent's surface. */
  | { readonly type: 'notify'; readonly key: MessageKey; readonly params?: NoticeParams };

export type EscalationEvent =
  | { readonly type: 'ack'; readonly by: string }
  | { readonly type: 'take_over'; readonly by: string }
  | { readonly type: 'timer_due'; readonly timerId: string }
  /** The agent reported the same threat again while the page is open: the level is paged again at once. */
  | { readonly type: 'threat_repeated' }
  /** The agent closed the contact: a page still paging says so, and stops unless it is for a physical threat. */
  | { readonly type: 'contact_closed' };

export interface EscalationStep {
  readonly escalation: Escalation;
  readonly effects: readonly EscalationEffect[];
}

export interface StartEscalation {
  readonly id: string;
  readonly sessionId: string;
  readonly agentId: string;
  readonly incident: IncidentKind;
  readonly reason: EscalationReason;
  readonly severity: 'normal' | 'critical';
  readonly policy: PolicySnapshot;
}

const MINUTE = 60_000;

/** The surface of a prefixed id: `slack:U1` → `slack`. */
export const surfaceOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf(':'))) || 'unknown';

/** Groups prefixed ids by surface, keeping their order. */
export function bySurface(ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) out.set(surfaceOf(id), [...(out.get(surfaceOf(id)) ?? []), id]);
  return out;
}

/** A Slack user group or a Discord role named as a supervisor (its members may answer). */
export const isGroupId = (id: string): boolean => /^(slack:subteam:|discord:role:)/.test(id);

/** The groups and roles named on any level: the adapter checks the clicker's membership of these. */
export const policyGroups = (policy: PolicySnapshot): string[] => [
  ...new Set(policy.levels.flatMap((l) => l.supervisors.filter(isGroupId))),
];

/**
 * Who may acknowledge or take over: a person named on any level, or a member of a group or role named on
 * any level (`groups`: the named groups the person belongs to, as the platform said at click time).
 */
export const mayAnswer = (policy: PolicySnapshot, personId: string, groups: readonly string[] = []): boolean =>
  policy.levels.some(
    (l) => l.supervisors.includes(personId) || groups.some((g) => isGroupId(g) && l.supervisors.includes(g)),
  );

class Draft {
  e: { -readonly [K in keyof Escalation]: Escalation[K] };
  readonly effects: EscalationEffect[] = [];
  constructor(
    e: Escalation,
    readonly now: number,
  ) {
    this.e = { ...e, version: e.version + 1 };
  }
  private nextId = (): string => `${this.e.id}:${this.e.version}:${this.effects.length}`;
  record(type: EscalationRecord['type'], by?: string): void {
    const r: EscalationRecord = { at: this.now, type, level: this.e.level, round: this.e.round };
    this.e.history = [...this.e.history, by === undefined ? r : { ...r, by }];
  }
  deliver(surface: string, message: PageMessage): string {
    const id = this.nextId();
    this.effects.push({ type: 'deliver', id, surface, message });
    return id;
  }
  /** Pages the current level on every surface it reaches; arms the level's timeout (unless `arm` is false). */
  pageLevel(arm = true): void {
    const level = this.e.policy.levels[this.e.level];
    if (level === undefined) return;
    const people = bySurface(level.supervisors);
    const channels = bySurface(this.e.policy.channels);
    for (const surface of new Set([...people.keys(), ...channels.keys()])) {
      const id = this.deliver(surface, this.page(surface, this.e.level, this.e.round));
      this.e.pages = [...this.e.pages, { id, surface, level: this.e.level, round: this.e.round }];
    }
    if (!arm) return;
    const timerId = this.nextId();
    this.e.dueAt = this.now + level.ackTimeoutMinutes * MINUTE;
    this.e.timerId = timerId;
    this.effects.push({ type: 'timer', id: timerId, at: this.e.dueAt });
  }
  /** The page for `surface` at a level and round, with what is known now (repeats, contact closed). */
  page(surface: string, level: number, round: number): Extract<PageMessage, { kind: 'page' }> {
    const people = bySurface(this.e.policy.levels[level]?.supervisors ?? []);
    const channels = bySurface(this.e.policy.channels);
    return {
      kind: 'page',
      escalationId: this.e.id,
      level,
      round,
      severity: this.e.severity,
      reason: this.e.reason,
      supervisors: people.get(surface) ?? [],
      channels: channels.get(surface) ?? [],
      ...(this.e.repeats?.length ? { repeatedAt: this.e.repeats } : {}),
      ...(this.e.contactClosedAt === undefined ? {} : { contactClosedAt: this.e.contactClosedAt }),
    };
  }
  /** Renders every page sent so far again, in place, with what is known now (buttons kept). */
  editPages(): void {
    const bySurfaceEdits = new Map<string, { pageId: string; page: Extract<PageMessage, { kind: 'page' }> }[]>();
    for (const p of this.e.pages) {
      if (p.level === undefined || p.round === undefined) continue; // sent before pages kept their level
      const list = bySurfaceEdits.get(p.surface) ?? [];
      list.push({ pageId: p.id, page: this.page(p.surface, p.level, p.round) });
      bySurfaceEdits.set(p.surface, list);
    }
    for (const [surface, edits] of bySurfaceEdits)
      this.deliver(surface, { kind: 'page_edit', escalationId: this.e.id, edits });
  }
  /** Edits every page sent (no stale "unacknowledged" page remains) and tells the channels. */
  updatePages(status: Exclude<EscalationStatus, 'paging'>, by: string | null, at?: number): void {
    const pages = new Map<string, string[]>();
    for (const p of this.e.pages) pages.set(p.surface, [...(pages.get(p.surface) ?? []), p.id]);
    const channels = bySurface(this.e.policy.channels);
    for (const surface of new Set([...pages.keys(), ...channels.keys()]))
      this.deliver(surface, {
        kind: 'page_update',
        escalationId: this.e.id,
        pageIds: pages.get(surface) ?? [],
        status,
        by,
        channels: channels.get(surface) ?? [],
        ...(at === undefined ? {} : { at }),
      });
  }
  finish(): EscalationStep {
    return { escalation: this.e, effects: this.effects };
  }
}

export function startEscalation(input: StartEscalation, now: number): EscalationStep {
  const initial: Escalation = {
    ...input,
    status: 'paging',
    level: 0,
    round: 0,
    startedAt: now,
    dueAt: null,
    timerId: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    pages: [],
    version: 0,
    history: [],
  };
  const d = new Draft(initial, now);
  d.record('paged');
  if (input.policy.levels.length === 0) return exhaust(d, 'notice.page_no_policy');
  d.pageLevel();
  return d.finish();
}

export function stepEscalation(e: Escalation, event: EscalationEvent, now: number): EscalationStep {
  const unchanged = { escalation: e, effects: [] };
  switch (event.type) {
    case 'timer_due': {
      // A timer from an earlier level, or one firing after an acknowledgement: nothing to do.
      if (e.status !== 'paging' || event.timerId !== e.timerId) return unchanged;
      const d = new Draft(e, now);
      const level = e.policy.levels[e.level];
      if (e.dueAt !== null && now < e.dueAt) {
        d.e.timerId = `${e.id}:${d.e.version}:0`;
        d.effects.push({ type: 'timer', id: d.e.timerId, at: e.dueAt });
        return d.finish();
      }
      if (level !== undefined && e.round < level.repeat) {
        d.e.round += 1;
        d.record('renotified');
        d.pageLevel();
      } else if (e.level + 1 < e.policy.levels.length) {
        d.e.level += 1;
        d.e.round = 0;
        d.record('escalated');
        d.pageLevel();
      } else return exhaust(d);
      return d.finish();
    }
    case 'threat_repeated': {
      // Answered or exhausted: the app starts a new page instead.
      if (e.status !== 'paging') return unchanged;
      const d = new Draft(e, now);
      d.e.repeats = [...(e.repeats ?? []), now];
      d.record('threat_repeated');
      // The level's schedule stands (its timer is not moved); the new page says the threat was repeated.
      d.pageLevel(false);
      return d.finish();
    }
    case 'contact_closed': {
      if (e.status !== 'paging' || e.contactClosedAt !== undefined) return unchanged;
      const d = new Draft(e, now);
      d.e.contactClosedAt = now;
      d.record('contact_closed');
      // A physical threat is not over because the contact is: it keeps paging (saying so) until answered,
      // and the pages already sent say so too.
      if (e.reason.code === 'physical_threat') {
        d.editPages();
        return d.finish();
      }
      d.e.status = 'closed';
      d.e.dueAt = null;
      d.e.timerId = null;
      d.updatePages('closed', null, now);
      return d.finish();
    }
    case 'ack':
    case 'take_over': {
      if (e.status === 'acknowledged' || e.status === 'taken_over') return unchanged;
      const d = new Draft(e, now);
      const status = event.type === 'ack' ? 'acknowledged' : 'taken_over';
      d.e.status = status;
      d.e.acknowledgedBy = event.by;
      d.e.acknowledgedAt = now;
      d.e.dueAt = null;
      d.e.timerId = null;
      d.record(status, event.by);
      d.updatePages(status, event.by);
      // Taking over is a hand-over: the agent's session records it (and closes); an ack means "on the way".
      d.effects.push({
        type: 'session',
        event:
          event.type === 'ack'
            ? { type: 'supervisor_acknowledged', by: event.by }
            : { type: 'handed_over', by: event.by },
      });
      return d.finish();
    }
  }
}

function exhaust(d: Draft, key: MessageKey = 'notice.page_exhausted'): EscalationStep {
  d.e.status = 'exhausted';
  d.e.dueAt = null;
  d.e.timerId = null;
  d.record('exhausted');
  d.updatePages('exhausted', null);
  d.effects.push({ type: 'notify', key });
  return d.finish();
}

/** Threat reports (field guide §7): straight to security or legal on every surface configured, at once. */
export function threatReports(
  policy: PolicySnapshot,
  to: 'security' | 'legal',
  idPrefix: string,
  repeatedAt?: readonly number[],
): EscalationEffect[] {
  return [...bySurface(policy[to]).entries()].map(([surface, recipients], i) => ({
    type: 'deliver',
    id: `${idPrefix}:${i}`,
    surface,
    message: { kind: 'report', to, recipients, ...(repeatedAt?.length ? { repeatedAt } : {}) },
  }));
}
