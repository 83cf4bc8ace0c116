/**
 * The terminal agent: the same playbooks, limits and timers as the chat adapters, with numbered
 * choices. Translates lines into app calls and prints app errors as sentences; no rules live here.
 */
import type { AgentService } from '../../src/app/agents.ts';
import { type AppError, errorText } from '../../src/app/errors.ts';
import type { EscalationService } from '../../src/app/escalations.ts';
import type { PracticeService } from '../../src/app/practice.ts';
import { MAX_REFERENCE, MAX_TEXT, type SessionService } from '../../src/app/sessions.ts';
import type { StatementService } from '../../src/app/statements.ts';
import {
  actionEvent,
  CONTACT_CHANNELS,
  detect,
  type FlagKind,
  formatDateTime,
  INCIDENT_KINDS,
  type IncidentKind,
  isCustomerTag,
  LIMIT_BOUNDS,
  LOCALES,
  type MessageKey,
  matchLocale,
  propose,
  type Session,
  type SessionEvent,
  type SessionView,
  text,
  viewSession,
} from '../../src/engine/index.ts';
import type { Clock } from '../../src/ports.ts';
import { type CareReplDeps, checkin, history, offerAfterClose } from './care-repl.ts';
import { askFollowUp, offerFollowUp } from './follow-up.ts';
import { isLanguageCommand, switchLanguage } from './language.ts';
import { runPractice } from './practice.ts';
import { ACTION_KEYS, renderView } from './render.ts';
import type { Speech } from './speech.ts';
import { offerStatement, writeStatement } from './statement.ts';
import { BACK, EndOfInput, type Terminal } from './terminal.ts';

export interface ReplDeps {
  readonly sessions: SessionService;
  readonly agents: AgentService;
  /** For the demo/training `ack` command: a supervisor acknowledging a page from this terminal. */
  readonly escalations?: EscalationService;
  readonly term: Terminal;
  readonly clock: Clock;
  readonly agentId: string;
  /** Language and time zone; `lang` changes the language for the rest of the run (and stores it). */
  readonly speech: Speech;
  /** Waits until committed effects are printed, so output stays in order. */
  readonly settle: () => Promise<void>;
  /** Decompression and check-ins, when the app offers them. */
  readonly care?: Omit<CareReplDeps, 'term' | 'agentId' | 'locale' | 'settle'>;
  /** Practice mode (`p`), when the app offers it. */
  readonly practice?: PracticeService;
  /** Threat statements (`n` on a legal or physical threat), when the app offers them (issue 20). */
  readonly statements?: StatementService;
}

const statementDeps = (d: ReplDeps) => ({
  statements: d.statements,
  term: d.term,
  agentId: d.agentId,
  locale: d.speech.locale,
});

const careDeps = (d: ReplDeps): CareReplDeps | null =>
  d.care ? { ...d.care, term: d.term, agentId: d.agentId, locale: d.speech.locale, settle: d.settle } : null;

export async function runRepl(d: ReplDeps): Promise<void> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => text(d.speech.locale, key, params);
  const showError = (e: AppError) => d.term.say(`  ! ${errorText(d.speech.locale, e)}`);
  d.term.say(t('console.welcome', { agent: d.agentId }));
  try {
    const open = await d.sessions.current(d.agentId);
    if (!open.ok) showError(open.error);
    let session: Session | null = open.ok ? open.value : null;
    if (session) {
      d.term.say(t('console.resume', { time: formatDateTime(session.startedAt, d.speech.locale, d.speech.timeZone) }));
      d.term.say(renderView(viewSession(session, d.clock.now(), d.speech.locale), d.speech.locale));
    }
    const told = new Set<string>();
    const toldFollowUp = new Set<string>();
    for (;;) {
      if (session === null || session.status === 'closed') {
        session = await idle(d, t, showError);
        continue;
      }
      offerStatement(statementDeps(d), session, told);
      offerFollowUp({ term: d.term, clock: d.clock, locale: d.speech.locale }, session, toldFollowUp);
      const line = await d.term.ask('');
      // The session may have changed while the agent typed (an ack, a take-over, a timer): the key is
      // read against the session as it is now, never against the screen it was typed on.
      session = await reread(d, session);
      if (session === null || session.status === 'closed') {
        if (session) d.term.say(renderView(viewSession(session, d.clock.now(), d.speech.locale), d.speech.locale));
        continue;
      }
      const event = await parse(d, t, line, session);
      if (event === 'quit') break;
      if (event === null) continue;
      const r = await applyFresh(d, session, event);
      await d.settle();
      if (r.ok) {
        session = r.value.session;
        const care = careDeps(d);
        if (session.status === 'closed' && care) await offerAfterClose(care);
      } else {
        showError(r.error);
        session = await reread(d, session);
      }
    }
  } catch (err) {
    if (!(err instanceof EndOfInput)) throw err;
  }
  const left = await d.sessions.current(d.agentId);
  d.term.say(t(left.ok && left.value ? 'console.goodbye_open' : 'console.goodbye'));
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The session as stored now; the one in hand when the store cannot be read (the next apply says so). */
async function reread(d: ReplDeps, session: Session): Promise<Session | null> {
  const r = await d.sessions.get(session.id);
  return r.ok ? r.value : session;
}

/**
 * Applies the agent's event to the current version. Something that changes the session in the
 * background (an ack, a take-over, a timer) between reading it and applying is not the agent's
 * mistake: the event is applied again on the new version, unless the step itself moved (then the
 * agent's number may mean another choice, so it is refused and the step shown again).
 */
async function applyFresh(d: ReplDeps, session: Session, event: SessionEvent) {
  let current = session;
  for (let attempt = 0; ; attempt++) {
    const r = await d.sessions.apply({
      sessionId: current.id,
      actor: d.agentId,
      event,
      expectedVersion: current.version,
    });
    if (r.ok || r.error.code !== 'stale' || attempt >= 3) return r;
    const fresh = await d.sessions.get(current.id);
    if (!fresh.ok || fresh.value === null || fresh.value.status === 'closed') return r;
    if (event.type === 'choose' && fresh.value.stepId !== current.stepId) return r;
    current = fresh.value;
  }
}

async function idle(d: ReplDeps, t: T, showError: (e: AppError) => void): Promise<Session | null> {
  const care = careDeps(d);
  const raw = await d.term.ask(t(care ? 'care.idle_prompt' : 'console.idle_prompt'));
  if (await answerPage(d, t, raw, showError)) return null;
  const line = raw.toLowerCase();
  if (line === 'q') throw new EndOfInput();
  if (care && (line === 'c' || line === 'checkin')) {
    await checkin(care);
    return null;
  }
  if (care && (line === 'h' || line === 'history' || line === 'checkin history')) {
    await history(care);
    return null;
  }
  if (line === 'l') {
    await editLimits(d, t, showError);
    return null;
  }
  if (d.practice && (line === 'p' || line === 'practice')) {
    await runPractice({ practice: d.practice, term: d.term, agentId: d.agentId, locale: d.speech.locale });
    return null;
  }
  if (line === '?') {
    d.term.say(t('console.help'));
    d.term.say(t('console.help_language', { choices: LOCALES.join(', ') }));
    if (care) d.term.say(t('console.history_hint'));
    if (d.practice) d.term.say(t('practice.help_hint'));
    return null;
  }
  if (isLanguageCommand(line)) {
    await switchLanguage(d, line);
    return null;
  }
  if (line !== '') {
    d.term.say(t('console.unknown', { input: line.slice(0, 40) }));
    return null;
  }
  const outOfRange = (max: number) => t('console.pick_number_or_back', { max });
  const channels = CONTACT_CHANNELS.map((c) => t(`channel.${c}`));
  const channel =
    CONTACT_CHANNELS[await d.term.pick(t('console.pick_channel'), channels, outOfRange, t('console.back'))];
  if (channel === undefined) return null;
  // Over-long text is asked again; what was already entered (the channel, the reference) is kept.
  const reference = await askText(d, t, t('console.customer_prompt'), MAX_REFERENCE);
  const said = await askText(d, t, t('console.said_prompt'), MAX_TEXT);
  const detection = said ? detect(said, d.speech.locale) : null;
  const proposal = detection ? propose(detection) : null;
  // A clear physical threat starts at once (page + security report): the app takes the kind from the
  // detection. Anything else, including a possible threat, is confirmed in one key from the menu.
  if (said && detection && proposal?.threat === 'proposed') {
    const quoted = detection.evidence.map((e) => `“${said.slice(e.start, e.end)}”`).join(', ');
    d.term.say(`  ! ${t('console.possible_threat')}`);
    if (quoted) d.term.say(`  ${t('view.evidence', { evidence: quoted })}`);
  }
  const kind = proposal?.threat === 'auto' ? undefined : await pickKind(d, t, proposal?.suggested ?? null);
  if (kind === null) return null;
  const r = await d.sessions.start({
    agentId: d.agentId,
    surface: 'console',
    channel,
    locale: d.speech.locale,
    ...(kind ? { kind } : {}),
    ...(said ? { said } : {}),
    ...(reference ? { customerReference: reference } : {}),
  });
  await d.settle();
  if (!r.ok) {
    showError(r.error);
    return null;
  }
  // The evidence is shown from the words in memory; only its offsets were recorded.
  const evidence = r.value.session.detection?.evidence ?? [];
  if (said && evidence.length > 0) {
    const quoted = evidence.map((e) => `“${said.slice(e.start, e.end)}”`).join(', ');
    d.term.say(`  ${t('view.evidence', { evidence: quoted })}`);
  }
  return r.value.session;
}

/** A line of free text of at most `max` characters: a longer answer is refused and asked again. */
async function askText(d: ReplDeps, t: T, prompt: string, max: number): Promise<string> {
  for (;;) {
    const answer = await d.term.ask(prompt);
    if (answer.length <= max) return answer;
    d.term.say(`  ! ${t('console.too_long_again', { length: answer.length, max })}`);
  }
}

/** The kind menu, with the detector's suggestion (if any) as the Enter default. */
/** null: the agent went back (0). */
async function pickKind(d: ReplDeps, t: T, suggested: IncidentKind | null): Promise<IncidentKind | undefined | null> {
  const labels = INCIDENT_KINDS.map((k) => t(`kind.${k}`));
  const outOfRange = (max: number) => t('console.pick_number_or_back', { max });
  if (suggested === null) {
    const i = await d.term.pick(t('console.pick_kind'), labels, outOfRange, t('console.back'));
    return i === BACK ? null : INCIDENT_KINDS[i];
  }
  d.term.say(t('console.pick_kind'));
  labels.forEach((label, i) => {
    d.term.say(`  ${i + 1}) ${label}${INCIDENT_KINDS[i] === suggested ? ` ← ${t('console.suggested')}` : ''}`);
  });
  d.term.say(`  0) ${t('console.back')}`);
  for (;;) {
    const answer = await d.term.ask(t('console.enter_accepts'));
    if (answer === '') return suggested;
    if (answer === '0' || answer.toLowerCase() === 'back') return null;
    const n = Number(answer);
    if (Number.isInteger(n) && n >= 1 && n <= labels.length) return INCIDENT_KINDS[n - 1];
    d.term.say(outOfRange(labels.length));
  }
}

/** `t` tags the customer type (a menu); `clang <code>` sets the customer's language (issue 20). */
async function customerCommand(
  d: ReplDeps,
  t: T,
  line: string,
  view: SessionView,
): Promise<SessionEvent | null | undefined> {
  if (line === 't' && view.customerTypes.length > 0) {
    const i = await d.term.pick(
      t('ctype.pick'),
      view.customerTypes.map((c) => c.label),
      (max) => t('console.pick_number_or_back', { max }),
      t('console.back'),
    );
    const id = view.customerTypes[i]?.id;
    if (id === undefined) return null;
    return { type: 'customer_type', customerType: isCustomerTag(id) ? id : null };
  }
  const lang = /^clang\s+(\S+)$/i.exec(line);
  if (lang) {
    const locale = matchLocale(lang[1] ?? '');
    if (locale === null)
      return note(d, t('console.language_unknown', { input: lang[1] ?? '', choices: LOCALES.join(', ') }));
    return { type: 'customer_locale', locale };
  }
  return undefined;
}

async function parse(d: ReplDeps, t: T, line: string, session: Session): Promise<SessionEvent | 'quit' | null> {
  const view = viewSession(session, d.clock.now(), d.speech.locale);
  const outOfRange = (max: number) => t('console.pick_number_or_back', { max });
  if (line === '') return null;
  if (await answerPage(d, t, line, (e) => d.term.say(`  ! ${errorText(d.speech.locale, e)}`))) return null;
  if (line === '?') {
    note(d, t('console.help'));
    note(d, t('console.help_ctype'));
    return note(d, t('console.help_language', { choices: LOCALES.join(', ') }));
  }
  const customer = await customerCommand(d, t, line, view);
  if (customer !== undefined) return customer;
  if (isLanguageCommand(line)) {
    await switchLanguage(d, line);
    // Show the current step again in the new language.
    return note(d, renderView(viewSession(session, d.clock.now(), d.speech.locale), d.speech.locale));
  }
  if (line === 'q') return 'quit';
  const care = careDeps(d);
  if (care && line === 'checkin') {
    await checkin(care);
    return null;
  }
  if (line === 'l') {
    await editLimits(d, t, () => {});
    return null;
  }
  if (/^\d+$/.test(line)) {
    const choice = view.choices[Number(line) - 1];
    if (choice) return { type: 'choose', choiceId: choice.id };
    return note(d, t('console.pick_number', { max: view.choices.length }));
  }
  if (line === 'y' && view.suggestion) return { type: 'confirm_kind' };
  if (line === 'k') {
    const i = await d.term.pick(
      t('action.change_kind'),
      view.kindOptions.map((k) => k.label),
      outOfRange,
      t('console.back'),
    );
    const kind = INCIDENT_KINDS.find((k) => k === view.kindOptions[i]?.id);
    return kind ? { type: 'reclassify', kind } : null;
  }
  if (line === 'u' && view.followUp) return askFollowUp({ term: d.term, clock: d.clock, locale: d.speech.locale });
  if (line === 'n' && view.statement !== null) {
    await writeStatement(statementDeps(d), session);
    return null;
  }
  if (line === 'f' && view.flag && view.flag.kinds.length > 0) {
    const kind =
      view.flag.kinds[
        await d.term.pick(
          view.flag.prompt,
          view.flag.kinds.map((k) => k.label),
          outOfRange,
          t('console.back'),
        )
      ];
    const written = kind ? await d.term.ask(t('flags.note_prompt')) : '';
    return kind ? { type: 'flag', kind: kind.id as FlagKind, ...(written ? { note: written } : {}) } : null;
  }
  const complexity = /^c\s*(\d+)$/.exec(line);
  if (complexity) return { type: 'complexity', value: Number(complexity[1]) };
  const action = ACTION_KEYS[line as keyof typeof ACTION_KEYS];
  switch (action) {
    case undefined:
      return note(d, t('console.unknown', { input: line.slice(0, 40) }));
    case 'supervisor': {
      const i = await d.term.pick(
        t('console.pick_reason'),
        view.supervisorReasons.map((r) => r.label),
        outOfRange,
        t('console.back'),
      );
      return actionEvent(action, view.supervisorReasons[i]?.id);
    }
    case 'close': {
      const i = await d.term.pick(
        t('console.pick_outcome'),
        view.outcomes.map((o) => o.label),
        outOfRange,
        t('console.back'),
      );
      return actionEvent(action, view.outcomes[i]?.id);
    }
    default:
      return actionEvent(action);
  }
}

/** `ack <page id> <supervisor id>` or `take <page id> <supervisor id>`: returns false when the line is not one. */
async function answerPage(d: ReplDeps, t: T, line: string, showError: (e: AppError) => void): Promise<boolean> {
  const m = /^(ack|take)(?:\s+(\S+)\s+(\S+))?\s*$/i.exec(line);
  if (m === null || d.escalations === undefined) return false;
  const [, verb, escalation, by] = m;
  if (escalation === undefined || by === undefined) {
    d.term.say(t('console.ack_usage'));
    return true;
  }
  // Only terminal pages, as a terminal supervisor (issue 18): Slack and Discord pages are answered there.
  const r = await d.escalations.answer({
    escalation,
    by,
    takeOver: verb?.toLowerCase() === 'take',
    surface: 'console',
  });
  await d.settle();
  if (!r.ok) showError(r.error);
  else if (r.value.already) d.term.say(`  ${t('ack.already', { by: r.value.escalation.acknowledgedBy ?? '' })}`);
  else d.term.say(`  ${t('ack.done', { agent: r.value.escalation.agentId })}`);
  return true;
}

function note(d: ReplDeps, line: string): null {
  d.term.say(line);
  return null;
}

async function editLimits(d: ReplDeps, t: T, showError: (e: AppError) => void): Promise<void> {
  const current = await d.agents.limits(d.agentId);
  if (!current.ok) return showError(current.error);
  d.term.say(t('limits.current', { ...current.value }));
  // Each field is checked as it is typed: a bad one is asked again, the good ones are kept.
  const ask = async (key: MessageKey, fallback: number, field: keyof typeof LIMIT_BOUNDS) => {
    const { min, max } = LIMIT_BOUNDS[field];
    for (;;) {
      const answer = await d.term.ask(`${t(key)} [${fallback}]`);
      const n = answer === '' ? fallback : Number(answer);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      d.term.say(`  ! ${t(`limit.${field}`)}: ${t('detail.whole_number', { min, max })}`);
    }
  };
  const input = {
    minutes: await ask('limits.minutes_prompt', current.value.minutes, 'minutes'),
    hostility: await ask('limits.hostility_prompt', current.value.hostility, 'hostility'),
    complexity: await ask('limits.complexity_prompt', current.value.complexity, 'complexity'),
  };
  const r = await d.agents.setLimits(d.agentId, input);
  if (r.ok) d.term.say(t('limits.saved'));
  else if ('fields' in r)
    // limitProblems words its problems in English; the bounds are what the person needs, in their language.
    for (const field of Object.keys(r.fields) as (keyof typeof LIMIT_BOUNDS)[])
      d.term.say(`  ! ${t(`limit.${field}`)}: ${t('detail.whole_number', LIMIT_BOUNDS[field])}`);
  else showError(r.error);
}
