/**
 * The pure transition: step(session, event, now) → { session, effects }. No I/O, no clock reads:
 * time arrives as `now` (epoch milliseconds), randomness never. Effects are plain data carried
 * out by the app after the new session and its effects are committed together.
 */

import { propose } from './detector/index.ts';
import type { EngineError } from './errors.ts';
import type { CustomerTag } from './guidance/customer-types.ts';
import {
  type Effect,
  type EffectBody,
  type EscalationReason,
  escalationKey,
  type FlagKind,
  type LimitName,
  type Session,
  type SessionEvent,
  type StartInput,
  type ThreatTarget,
  type TimelineValue,
} from './model.ts';
import { type Choice, type EnterEffect, playbookFor } from './playbooks/index.ts';
import { playbookVersion } from './playbooks/registry.ts';
import { isWritten, LIMIT_BOUNDS, type Outcome } from './types.ts';

export type StepResult =
  | { readonly ok: true; readonly session: Session; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly error: EngineError };

const MINUTE = 60_000;
const DEFAULT_HOSTILITY = {
  physical_threat: 5,
  legal_threat: 3,
  vulgarity: 3,
  insult: 3,
  supervisor_request: 2,
  hostile: 2,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A working copy of a session plus the effects it produces. Local to one call, so the engine stays pure. */
class Draft {
  readonly s: Mutable<Session>;
  readonly effects: EffectBody[] = [];
  constructor(
    session: Session,
    readonly now: number,
  ) {
    this.s = { ...session, timeline: [...session.timeline] };
  }
  log(type: string, data?: Record<string, TimelineValue>): void {
    (this.s.timeline as Session['timeline'][number][]).push(
      data ? { at: this.now, type, data } : { at: this.now, type },
    );
  }
  emit(effect: EffectBody): void {
    this.effects.push(effect);
  }
  finish(): StepResult {
    const version = this.s.version + 1;
    const session: Session = { ...this.s, version };
    const effects = [...this.effects, { type: 'prompt' } as const].map((e, i) => ({
      ...e,
      id: `${session.id}:${version}:${i}`,
      sessionId: session.id,
    }));
    return { ok: true, session, effects };
  }
}

export function startSession(input: StartInput, now: number): { session: Session; effects: readonly Effect[] } {
  const pb = playbookFor(input.kind);
  const hostility = input.hostility ?? DEFAULT_HOSTILITY[input.kind];
  const complexity = input.complexity ?? 2;
  const { detection, kindChosen, hostility: _h, complexity: _c, ...rest } = input;
  // The suggestion is the kind whose playbook the app runs from the same detection (safety priority),
  // or, for a lower-tier physical threat, the threat proposed one tap from the critical path.
  const proposal = detection ? propose(detection) : null;
  const initial: Session = {
    ...rest,
    playbookVersion: pb.version,
    status: 'open',
    stepId: pb.start,
    hostility,
    complexity,
    warnings: 0,
    toldEnding: false,
    startedAt: now,
    closedAt: null,
    outcome: null,
    escalated: [],
    reported: [],
    flagged: [],
    detection: detection
      ? {
          suggested: proposal?.suggested ?? null,
          kinds: detection.kinds,
          evidence: detection.evidence,
          confirmed: kindChosen === true,
        }
      : null,
    version: 0,
    timeline: [],
  };
  const d = new Draft(initial, now);
  d.log('started', {
    kind: input.kind,
    channel: input.channel,
    playbook: pb.version,
    hostility,
    complexity,
    limitMinutes: input.limits.minutes,
    limitHostility: input.limits.hostility,
    limitComplexity: input.limits.complexity,
    customer: input.customer?.hint ?? '',
    priorFlags: input.priorFlags?.total ?? 0,
  });
  if (input.customerType) d.log('customer_type', { customerType: input.customerType });
  if (input.customerLocale) d.log('customer_locale', { locale: input.customerLocale });
  if (detection)
    d.log('detected', {
      kinds: detection.kinds.map((k) => `${k.kind}:${k.confidence.toFixed(2)}`).join(','),
      evidence: detection.evidence.map((e) => `${e.start}-${e.end}:${e.kind}`).join(','),
      chosenByAgent: kindChosen === true,
      ...(proposal?.threat ? { threat: proposal.threat } : {}),
    });
  for (const effect of pb.onStart) enterEffect(d, effect);
  enter(d, pb.start);
  d.emit({ type: 'scheduleCheck', check: 'time_limit', at: now + input.limits.minutes * MINUTE });
  // One page per incident at start: a threat that already paged covers a hostility above the limit.
  if (d.s.escalated.length === 0) {
    checkLimit(d, 'hostility', hostility);
    checkLimit(d, 'complexity', complexity);
  }
  const result = d.finish();
  if (!result.ok) throw new Error('unreachable: starting a session cannot fail');
  return result;
}

const HOUR = 60 * MINUTE;
/** The furthest a follow-up may be set: two weeks. */
export const MAX_FOLLOW_UP_HOURS = 336;
/** The follow-ups a chat control offers: in 1 hour, in 4 hours, tomorrow at the same time (24 hours). */
export const FOLLOW_UP_PRESETS = [1, 4, 24] as const;

/** "Provide means follow up" (field guide §2): once a fix is agreed, a reminder to tell the customer it is done. */
function followUp(d: Draft, at: number): StepResult {
  if (d.s.stepId !== 'provide')
    return {
      ok: false,
      error: {
        code: 'invalid_value',
        detail: 'A follow-up is set once a fix is agreed.',
        detailText: { key: 'followup.not_now' },
      },
    };
  if (!Number.isFinite(at) || at < d.now + HOUR - MINUTE || at > d.now + MAX_FOLLOW_UP_HOURS * HOUR)
    return {
      ok: false,
      error: {
        code: 'invalid_value',
        detail: 'A follow-up is 1 hour to 14 days ahead.',
        detailText: { key: 'followup.bad_time' },
      },
    };
  d.log('follow_up_set', { at });
  d.emit({ type: 'scheduleFollowUp', at });
  d.emit({ type: 'notice', key: 'followup.set', params: { hours: Math.round((at - d.now) / HOUR) } });
  return d.finish();
}

export function step(session: Session, event: SessionEvent, now: number): StepResult {
  if (session.status === 'closed') {
    // A timer firing after close is normal, not an error: nothing to do.
    if (event.type === 'time_check') return { ok: true, session, effects: [] };
    return { ok: false, error: { code: 'session_closed' } };
  }
  const d = new Draft(session, now);
  switch (event.type) {
    case 'choose':
      return choose(d, event.choiceId);
    case 'hostility': {
      const from = d.s.hostility;
      const to = clamp(from + (event.direction === 'worse' ? 1 : -1), LIMIT_BOUNDS.hostility);
      d.s.hostility = to;
      d.log('hostility_changed', { from, to });
      checkLimit(d, 'hostility', to);
      return d.finish();
    }
    case 'complexity': {
      const { min, max } = LIMIT_BOUNDS.complexity;
      if (!Number.isInteger(event.value) || event.value < min || event.value > max)
        return {
          ok: false,
          error: {
            code: 'invalid_value',
            detail: `Complexity is ${min} to ${max}.`,
            detailText: { key: 'detail.complexity_range', params: { min, max } },
          },
        };
      d.log('complexity_changed', { from: d.s.complexity, to: event.value });
      d.s.complexity = event.value;
      checkLimit(d, 'complexity', event.value);
      return d.finish();
    }
    case 'escalate':
      if (!escalate(d, { code: event.reason }, 'normal')) d.emit({ type: 'notice', key: 'notice.already_paged' });
      return d.finish();
    case 'threat':
      threat(d, event.kind);
      return d.finish();
    case 'time_check':
      return timeCheck(d);
    case 'handed_over':
      d.log('handed_over', { by: event.by });
      d.emit({ type: 'notice', key: 'notice.handed_over', params: { by: event.by } });
      return close(d, 'handed_over');
    case 'supervisor_acknowledged':
      d.log('supervisor_acknowledged', { by: event.by });
      d.emit({ type: 'notice', key: 'notice.acknowledged', params: { by: event.by } });
      return d.finish();
    case 'flag':
      return agentFlag(d, event.kind, event.note);
    case 'follow_up':
      return followUp(d, event.at);
    case 'follow_up_in':
      return followUp(d, Number.isInteger(event.hours) ? d.now + event.hours * HOUR : Number.NaN);
    case 'close':
      return close(d, event.outcome);
    case 'confirm_kind': {
      // Confirming a suggestion other than the running playbook (a proposed physical threat) switches to it.
      const suggested = d.s.detection?.confirmed === false ? d.s.detection.suggested : null;
      if (suggested !== null && suggested !== d.s.kind) return reclassify(d, suggested);
      d.log('kind_confirmed', { kind: d.s.kind });
      if (d.s.detection) d.s.detection = { ...d.s.detection, confirmed: true };
      return d.finish();
    }
    case 'reclassify':
      return reclassify(d, event.kind);
    case 'customer_type':
      return tagCustomer(d, event.customerType);
    case 'customer_locale':
      d.s.customerLocale = event.locale;
      d.log('customer_locale', { locale: event.locale });
      return d.finish();
  }
}

/** The agent's reading of the customer (issue 20): recorded, and the helping steps' guidance follows it. */
function tagCustomer(d: Draft, type: CustomerTag | null): StepResult {
  if (type === null) delete d.s.customerType;
  else d.s.customerType = type;
  d.log('customer_type', { customerType: type ?? 'none' });
  return d.finish();
}

/** A correction is recorded, and the new playbook starts; what was already sent (a page) stands. */
function reclassify(d: Draft, kind: Session['kind']): StepResult {
  if (d.s.detection) d.s.detection = { ...d.s.detection, confirmed: true };
  if (kind === d.s.kind) {
    d.log('kind_confirmed', { kind });
    return d.finish();
  }
  switchPlaybook(d, kind);
  return d.finish();
}

function switchPlaybook(d: Draft, kind: Session['kind']): void {
  const pb = playbookFor(kind);
  d.log('reclassified', { from: d.s.kind, to: kind, suggested: d.s.detection?.suggested ?? '' });
  d.s.kind = kind;
  d.s.playbookVersion = pb.version;
  for (const effect of pb.onStart) enterEffect(d, effect);
  enter(d, pb.start);
}

/** The agent flags the customer directly. One flag per kind per session, like the playbook's own flags. */
function agentFlag(d: Draft, kind: FlagKind, note: string | undefined): StepResult {
  if (d.s.customer === null) return { ok: false, error: { code: 'no_customer' } };
  if (d.s.flagged.includes(kind)) {
    d.emit({ type: 'notice', key: 'flags.already', params: { kind: { key: `flags.kind.${kind}` } } });
    return d.finish();
  }
  const clean = note?.trim();
  flag(d, kind, clean ? clean : undefined, 'agent');
  return d.finish();
}

function choose(d: Draft, choiceId: string): StepResult {
  const current = playbookVersion(d.s.kind, d.s.playbookVersion).steps[d.s.stepId];
  const choice = current?.choices.find((c) => c.id === choiceId);
  if (choice === undefined) return { ok: false, error: { code: 'unknown_choice' } };
  if (!available(d.s, choice)) return { ok: false, error: { code: 'choice_unavailable' } };
  d.log('choice', { step: d.s.stepId, choice: choice.id });
  if (choice.outcome !== undefined) return close(d, choice.outcome);
  if (choice.next !== undefined) enter(d, choice.next);
  return d.finish();
}

/** Whether a choice's guard holds for this session (channel, warnings given). */
export function available(s: Pick<Session, 'channel' | 'warnings'>, choice: Choice): boolean {
  const w = choice.when;
  if (w === undefined) return true;
  if (w.channels !== undefined && !w.channels.includes(s.channel)) return false;
  if (w.warningsBelow !== undefined && !(s.warnings < w.warningsBelow)) return false;
  if (w.warningsAtLeast !== undefined && !(s.warnings >= w.warningsAtLeast)) return false;
  return true;
}

function enter(d: Draft, stepId: string): void {
  d.s.stepId = stepId;
  d.log('step_entered', { step: stepId });
  const target = playbookVersion(d.s.kind, d.s.playbookVersion).steps[stepId];
  for (const effect of target?.onEnter ?? []) enterEffect(d, effect);
}

function enterEffect(d: Draft, effect: EnterEffect): void {
  switch (effect.type) {
    case 'warn':
      d.s.warnings += 1;
      d.log('warning_given', { count: d.s.warnings });
      return;
    case 'tell_ending':
      d.s.toldEnding = true;
      d.log('told_ending');
      return;
    case 'report_threat':
      report(d, effect.to);
      return;
    case 'flag_customer':
      flag(d, effect.kind);
      return;
    case 'escalate':
      escalate(d, { code: effect.reason }, effect.reason === 'physical_threat' ? 'critical' : 'normal');
      return;
  }
}

/** Pages a supervisor once per reason. Returns false when this reason was already paged. */
function escalate(d: Draft, reason: EscalationReason, severity: 'normal' | 'critical'): boolean {
  const key = escalationKey(reason);
  if (d.s.escalated.includes(key)) return false;
  d.s.escalated = [...d.s.escalated, key];
  const data: Record<string, TimelineValue> = { reason: reason.code, severity };
  if (reason.code === 'limit') Object.assign(data, { limit: reason.limit, value: reason.value, max: reason.max });
  d.log('escalated', data);
  d.emit({ type: 'pageSupervisor', reason, severity });
  d.emit({
    type: 'notice',
    key: severity === 'critical' ? 'notice.paged_critical' : 'notice.paged',
    params: { reason: reasonText(reason) },
  });
  return true;
}

export const reasonText = (reason: EscalationReason) =>
  reason.code === 'limit'
    ? {
        key: 'reason.limit' as const,
        params: { limit: { key: `limit.${reason.limit}` as const }, value: reason.value, max: reason.max },
      }
    : { key: `reason.${reason.code}` as const };

function report(d: Draft, to: ThreatTarget): void {
  if (d.s.reported.includes(to)) return;
  d.s.reported = [...d.s.reported, to];
  d.log('threat_reported', { to });
  d.emit({ type: 'reportThreat', to, kind: d.s.kind });
  d.emit({ type: 'notice', key: 'notice.threat_reported', params: { to: { key: `to.${to}` } } });
}

function flag(d: Draft, kind: FlagKind, note?: string, by: 'playbook' | 'agent' = 'playbook'): void {
  if (d.s.customer === null || d.s.flagged.includes(kind)) return;
  d.s.flagged = [...d.s.flagged, kind];
  // The timeline says whether a note exists, never what it says (the timeline is exported to legal).
  d.log('customer_flagged', { kind, by, note: note !== undefined });
  d.emit(note === undefined ? { type: 'flagCustomer', kind } : { type: 'flagCustomer', kind, note });
  d.emit({ type: 'notice', key: 'notice.flagged', params: { kind: { key: `flags.kind.${kind}` } } });
}

/**
 * A threat is an event of every step (issue 14): it is recorded with its time every time, and the
 * guidance switches to the threat path (safety first) from any playbook and any step. A physical
 * threat pages critical; a repeat pages again, marked repeated (the app adds it to a page still open,
 * or pages anew after an acknowledgement). Reports and flags go out once per session.
 */
function threat(d: Draft, kind: 'physical' | 'legal'): void {
  const target = kind === 'physical' ? 'physical_threat' : 'legal_threat';
  const to: ThreatTarget = kind === 'physical' ? 'security' : 'legal';
  const paged = kind === 'physical' && d.s.escalated.includes('physical_threat');
  const reportedBefore = d.s.reported.includes(to);
  const repeated = d.s.timeline.some((e) => e.type === 'threat' && e.data?.kind === kind) || reportedBefore;
  d.log('threat', { kind, step: d.s.stepId, playbook: d.s.kind, repeated });
  // Acting on the threat confirms a pending suggestion (it was the agent's call to make).
  if (d.s.detection && !d.s.detection.confirmed) d.s.detection = { ...d.s.detection, confirmed: true };
  if (d.s.kind !== target) switchPlaybook(d, target);
  else enter(d, playbookFor(target).start);
  if (kind === 'physical') {
    if (paged) {
      d.emit({ type: 'pageSupervisor', reason: { code: 'physical_threat' }, severity: 'critical', repeated: true });
      d.emit({ type: 'notice', key: 'notice.threat_repeated_paged' });
    } else escalate(d, { code: 'physical_threat' }, 'critical');
  } else if (repeated) d.emit({ type: 'notice', key: 'notice.threat_repeated_recorded' });
  // Already reported: security or legal get an update saying it was repeated, never nothing.
  if (reportedBefore) reportRepeat(d, kind, to);
  else report(d, to);
  flag(d, target);
}

/** An update to a threat report already sent, with every time the threat was repeated since. */
function reportRepeat(d: Draft, kind: 'physical' | 'legal', to: ThreatTarget): void {
  const repeatedAt = d.s.timeline
    .filter((e) => e.type === 'threat' && e.data?.kind === kind && e.data.repeated === true)
    .map((e) => e.at);
  d.log('threat_report_updated', { to, repeats: repeatedAt.length });
  d.emit({ type: 'reportThreat', to, kind: d.s.kind, repeatedAt });
  d.emit({ type: 'notice', key: 'notice.threat_report_updated', params: { to: { key: `to.${to}` } } });
}

function checkLimit(d: Draft, limit: LimitName, value: number): void {
  const max = d.s.limits[limit];
  if (value > max) escalate(d, { code: 'limit', limit, value, max }, 'normal');
}

function timeCheck(d: Draft): StepResult {
  const due = d.s.startedAt + d.s.limits.minutes * MINUTE;
  if (d.now < due) {
    // Fired early (a clock adjusted, a timer stored before a restart): arm it again.
    d.emit({ type: 'scheduleCheck', check: 'time_limit', at: due });
    return d.finish();
  }
  const minutes = Math.floor((d.now - d.s.startedAt) / MINUTE);
  d.log('time_limit_reached', { minutes });
  escalate(d, { code: 'limit', limit: 'minutes', value: minutes, max: d.s.limits.minutes }, 'normal');
  return d.finish();
}

function close(d: Draft, outcome: Outcome): StepResult {
  if (outcome === 'ended_after_warning' && !d.s.toldEnding)
    return {
      ok: false,
      error: {
        code: 'outcome_not_allowed',
        detail: 'end the conversation only after telling the customer.',
        detailText: { key: 'detail.end_after_telling' },
      },
    };
  if (outcome === 'ended_for_safety' && !d.s.reported.includes('security'))
    return {
      ok: false,
      error: {
        code: 'outcome_not_allowed',
        detail: 'ending for safety is for a contact with a physical threat.',
        detailText: { key: 'detail.safety_only' },
      },
    };
  if (outcome === 'ignored_written' && !isWritten(d.s.channel))
    return {
      ok: false,
      error: {
        code: 'outcome_not_allowed',
        detail: 'abuse may be left unanswered on written channels only.',
        detailText: { key: 'detail.written_only' },
      },
    };
  d.s.status = 'closed';
  d.s.outcome = outcome;
  d.s.closedAt = d.now;
  d.log('closed', { outcome, minutes: Math.floor((d.now - d.s.startedAt) / MINUTE) });
  d.emit({ type: 'contactClosed' });
  d.emit({ type: 'offerDecompression' });
  return d.finish();
}

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, n));

/** Outcomes the agent may close with right now (for the close menu). */
export function allowedOutcomes(s: Pick<Session, 'toldEnding' | 'channel' | 'reported'>): Outcome[] {
  const out: Outcome[] = ['resolved', 'escalated', 'handed_over'];
  // After a physical threat the agent may end for safety at once (in person: leave; on the phone: hang up).
  if (s.reported.includes('security')) out.push('ended_for_safety');
  if (s.toldEnding) out.push('ended_after_warning');
  if (isWritten(s.channel)) out.push('ignored_written');
  return out;
}
