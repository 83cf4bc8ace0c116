/**
 * The terminal's follow-up (issue 20, "Provide means follow up"): `u` on the step where a fix is agreed
 * asks when to remind the agent (1 h, 4 h, tomorrow, or a number of hours) and hands the time to the app,
 * which keeps it as a durable timer; the reminder is printed as a notice when it is due.
 */
import { MAX_FOLLOW_UP_HOURS, type MessageKey, type Session, type SessionEvent, text } from '../../src/engine/index.ts';
import type { Clock } from '../../src/ports.ts';
import { BACK, type Terminal } from './terminal.ts';

const HOUR = 3_600_000;

export interface FollowUpReplDeps {
  readonly term: Terminal;
  readonly clock: Clock;
  readonly locale: Parameters<typeof text>[0];
}

/** Once per session, on the step where a fix is agreed: the `u` key. */
export function offerFollowUp(d: FollowUpReplDeps, session: Session, told: Set<string>): void {
  if (session.status !== 'open' || session.stepId !== 'provide' || told.has(session.id)) return;
  told.add(session.id);
  d.term.say(`  ${text(d.locale, 'followup.key')}`);
}

/** The follow-up event, or null when the agent went back. */
export async function askFollowUp(d: FollowUpReplDeps): Promise<SessionEvent | null> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => text(d.locale, key, params);
  const choices = ['followup.in_1h', 'followup.in_4h', 'followup.tomorrow', 'followup.custom'] as const;
  const i = await d.term.pick(
    t('followup.pick'),
    choices.map((k) => t(k)),
    (max) => t('console.pick_number_or_back', { max }),
    t('console.back'),
  );
  if (i === BACK) return null;
  let hours = [1, 4, 24][i];
  while (hours === undefined) {
    const answer = Number(await d.term.ask(t('followup.hours_prompt')));
    if (Number.isInteger(answer) && answer >= 1 && answer <= MAX_FOLLOW_UP_HOURS) hours = answer;
    else d.term.say(`  ! ${t('followup.bad_time')}`);
  }
  return { type: 'follow_up', at: d.clock.now() + hours * HOUR };
}
