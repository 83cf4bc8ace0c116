/**
 * What an adapter shows for a session: translated, platform-neutral. Slack renders it as Block Kit,
 * Discord as components, the terminal as numbered lines.
 */
import { ACTIONS, SUPERVISOR_REASONS } from './actions.ts';
import { CUSTOMER_TAGS } from './guidance/customer-types.ts';
import { fitGuidance, fitSay } from './guidance/fit.ts';
import { dontSayFor } from './guidance/say-pairs.ts';
import { type Translator, translator } from './i18n/catalogue.ts';
import { resolveParams } from './i18n/text.ts';
import { type EffectBody, FLAG_KINDS, type PriorFlags, type Session } from './model.ts';
import { playbookVersion } from './playbooks/registry.ts';
import { type StatementThreat, statementThreat } from './statement.ts';
import { allowedOutcomes, available, FOLLOW_UP_PRESETS } from './step.ts';
import { INCIDENT_KINDS, LOCALES, type Locale, type Outcome } from './types.ts';

export interface ChoiceView {
  readonly id: string;
  readonly label: string;
}

export interface SessionView {
  readonly sessionId: string;
  readonly version: number;
  readonly open: boolean;
  readonly header: string;
  readonly title: string;
  readonly guidance: readonly string[];
  readonly sayLabel: string;
  readonly say: readonly string[];
  /** Beside each "you could say" line: the phrase it replaces ("instead of …"), or null (field guide §11). */
  readonly insteadOf: readonly (string | null)[];
  /** The language of the "you could say" lines: the customer's (issue 20). */
  readonly sayLocale: Locale;
  /** "Customer: Talkative" when the agent tagged a type, else null. */
  readonly customerType: string | null;
  /** "Customer's language: …" when it was set apart from the agent's, else null. */
  readonly customerLanguage: string | null;
  /** The types the agent can tag (empty when closed); "none" removes the tag. */
  readonly customerTypes: readonly ChoiceView[];
  /** The languages the customer may be served in (empty when closed), each by its own name. */
  readonly customerLanguages: readonly ChoiceView[];
  /** Labels of the two tagging actions (customer type, customer's language). */
  readonly tagLabels: { readonly type: string; readonly language: string };
  readonly choices: readonly ChoiceView[];
  readonly actions: readonly ChoiceView[];
  readonly outcomes: readonly { readonly id: Outcome; readonly label: string }[];
  readonly supervisorReasons: readonly ChoiceView[];
  readonly meters: string;
  readonly closedSummary: string | null;
  /**
   * "Suggested from what the customer said: …", until the agent confirms or corrects it. For a
   * physical threat below the auto-escalation tier, it says nobody was alerted and how to do it.
   */
  readonly suggestion: string | null;
  /** A physical threat is proposed (not yet acted on): surfaces show the suggestion prominently. */
  readonly proposedThreat: boolean;
  /** Kinds the agent can switch the session to (a correction is recorded). */
  readonly kindOptions: readonly ChoiceView[];
  /** The customer's earlier flags at a glance (counts and kinds, never notes), or null when there are none. */
  readonly priorFlags: string | null;
  /** The agent's flag action and its kinds; null when the session is closed or has no customer to flag. */
  readonly flag: { readonly label: string; readonly prompt: string; readonly kinds: readonly ChoiceView[] } | null;
  /** An open legal or physical threat: the agent may write down what was said (issue 20); null otherwise. */
  readonly statement: StatementThreat | null;
  /** A fix is agreed (the provide step): the agent may set a follow-up (issue 20). */
  readonly followUp: boolean;
  /**
   * The follow-ups a chat control offers where `followUp` holds (empty elsewhere): id = hours from now
   * (the `follow_up` action's argument), label "In 1 hour", "In 4 hours", "Tomorrow, same time".
   */
  readonly followUps: readonly ChoiceView[];
  /** The label of the follow-up control ("Set a follow-up"). */
  readonly followUpLabel: string;
}

const MINUTE = 60_000;
const FOLLOW_UP_LABELS = { 1: 'followup.in_1h', 4: 'followup.in_4h', 24: 'followup.tomorrow' } as const;

export function viewSession(session: Session, now: number, locale: Locale = session.locale): SessionView {
  const t = translator(locale);
  const pb = playbookVersion(session.kind, session.playbookVersion);
  const current = pb.steps[session.stepId];
  if (current === undefined) throw new Error(`Session ${session.id} is on unknown step ${session.stepId}`);
  const open = session.status === 'open';
  const minutes = Math.floor(((session.closedAt ?? now) - session.startedAt) / MINUTE);
  // Proposed, not acted on: suggested but not running, not confirmed, and not already paged by the action.
  const proposedThreat =
    open &&
    session.detection?.confirmed === false &&
    session.detection.suggested === 'physical_threat' &&
    session.kind !== 'physical_threat' &&
    !session.escalated.includes('physical_threat');
  const fit = {
    stepId: session.stepId,
    channel: session.channel,
    kind: session.kind,
    physicalThreat: session.kind === 'physical_threat' || session.escalated.includes('physical_threat'),
    customerType: session.customerType ?? null,
  };
  const sayLocale = session.customerLocale ?? locale;
  const customerT = translator(sayLocale);
  const sayKeys = fitSay(current.say, fit);
  return {
    sessionId: session.id,
    version: session.version,
    open,
    header: t('view.header', { kind: t(`kind.${session.kind}`), channel: t(`channel.${session.channel}`) }),
    title: t(current.title),
    guidance: [
      // "The customer is flagged" only when a flag can have been written (a customer reference was given).
      ...fitGuidance(current.guidance, fit).map((k) =>
        t(k === 'step.end_conversation.g3' && session.customer === null ? 'step.end_conversation.g3_unflagged' : k, {
          warnings: session.warnings,
        }),
      ),
      ...(current.emergency ? emergencyLines(session, t) : []),
    ],
    sayLabel: t('view.say_instead'),
    say: sayKeys.map((k) => customerT(k)),
    insteadOf: sayKeys.map((k) => {
      const dont = dontSayFor(k);
      return dont === null ? null : t('view.instead_of', { phrase: customerT(dont) });
    }),
    sayLocale,
    customerType: session.customerType ? t('view.customer_type', { type: t(`ctype.${session.customerType}`) }) : null,
    customerLanguage: session.customerLocale
      ? t('view.customer_language', { language: t(`language.${session.customerLocale}`) })
      : null,
    customerTypes: open
      ? [
          ...CUSTOMER_TAGS.filter((id) => id !== session.customerType).map((id) => ({
            id,
            label: t(`ctype.${id}`),
          })),
          ...(session.customerType ? [{ id: 'none', label: t('ctype.none') }] : []),
        ]
      : [],
    choices: open
      ? current.choices.filter((c) => available(session, c)).map((c) => ({ id: c.id, label: t(c.label) }))
      : [],
    tagLabels: { type: t('ctype.action'), language: t('ctype.language_action') },
    customerLanguages: open ? LOCALES.map((id) => ({ id, label: t(`language.${id}`) })) : [],
    actions: open ? ACTIONS.map((id) => ({ id, label: t(`action.${id}`) })) : [],
    outcomes: allowedOutcomes(session).map((id) => ({ id, label: t(`outcome.${id}`) })),
    supervisorReasons: SUPERVISOR_REASONS.map((id) => ({
      id,
      // The agent's own menu speaks in the first person; a page names "the agent".
      label: t(id === 'agent_request' ? 'reason.menu_agent_request' : `reason.${id}`),
    })),
    meters: t('view.meters', {
      hostility: session.hostility,
      hostilityMax: session.limits.hostility,
      complexity: session.complexity,
      complexityMax: session.limits.complexity,
      minutes,
      minutesMax: session.limits.minutes,
      warnings: session.warnings,
    }),
    closedSummary: session.outcome === null ? null : t('view.closed', { outcome: t(`outcome.${session.outcome}`) }),
    suggestion:
      open && session.detection && !session.detection.confirmed
        ? proposedThreat
          ? t('view.suggestion_threat', { action: t('action.threat_physical') })
          : session.detection.suggested
            ? t('view.suggestion', { kind: t(`kind.${session.detection.suggested}`) })
            : t('view.no_suggestion')
        : null,
    proposedThreat,
    kindOptions: open
      ? INCIDENT_KINDS.filter((k) => k !== session.kind).map((k) => ({ id: k, label: t(`kind.${k}`) }))
      : [],
    priorFlags: open && session.priorFlags ? priorFlagsLine(t, session.priorFlags) : null,
    flag:
      open && session.customer !== null
        ? {
            label: t('flags.action'),
            prompt: t('flags.pick_kind'),
            kinds: FLAG_KINDS.filter((k) => !session.flagged.includes(k)).map((id) => ({
              id,
              label: t(`flags.kind.${id}`),
            })),
          }
        : null,
    statement: open ? statementThreat(session) : null,
    followUp: open && session.stepId === 'provide',
    followUps:
      open && session.stepId === 'provide'
        ? FOLLOW_UP_PRESETS.map((hours) => ({ id: String(hours), label: t(FOLLOW_UP_LABELS[hours]) }))
        : [],
    followUpLabel: t('followup.action'),
  };
}

/** One line: total, then each kind with its count, when it was last raised and by which team. */
function priorFlagsLine(t: Translator, prior: PriorFlags): string | null {
  if (prior.total === 0) return null;
  const kinds = prior.kinds.map((k) =>
    t('flags.prior_kind', {
      kind: t(`flags.kind.${k.kind}`),
      count: k.count,
      // A calendar date is enough for "how recent"; ISO keeps it locale-neutral and pure.
      date: new Date(k.lastAt).toISOString().slice(0, 10),
      team: k.lastTeamId === null ? t('flags.no_team') : t('flags.team', { team: k.lastTeamId }),
    }),
  );
  return t('flags.prior', { total: prior.total, kinds: kinds.join('; ') });
}

/** Renders a notice effect (nested parameters are catalogue entries translated in the same locale). */
export function renderNotice(effect: Extract<EffectBody, { type: 'notice' }>, locale: Locale): string {
  const t = translator(locale);
  return t(effect.key, resolveParams(t, effect.params ?? {}));
}

export { text } from './i18n/text.ts';

/** What to do if anyone is in immediate danger: worded for the channel, with the team's number and note. */
function emergencyLines(session: Session, t: ReturnType<typeof translator>): string[] {
  const number = session.emergency?.number ?? t('emergency.default_number');
  const key =
    session.channel === 'in_person'
      ? 'emergency.in_person'
      : session.channel === 'phone'
        ? 'emergency.phone'
        : 'emergency.remote';
  return [t(key, { number }), ...(session.emergency?.note ? [session.emergency.note] : [])];
}
