/**
 * The terminal's threat statement (issue 20): `n` on a legal or physical threat asks for what was said,
 * when, and who else heard it, and hands it to the app to seal. The words stay in memory only until the
 * app has them; an over-long answer is refused and asked again, like every line of free text here.
 */
import { errorText } from '../../src/app/errors.ts';
import type { StatementService } from '../../src/app/statements.ts';
import {
  type Locale,
  MAX_STATEMENT,
  MAX_STATEMENT_WHEN,
  MAX_STATEMENT_WITNESSES,
  type Session,
  statementThreat,
  text,
} from '../../src/engine/index.ts';
import type { Terminal } from './terminal.ts';

export interface StatementReplDeps {
  readonly statements?: StatementService | undefined;
  readonly term: Terminal;
  readonly agentId: string;
  readonly locale: Locale;
}

/** Once per session: when it becomes a legal or physical threat, the `n` key, or why it is not offered. */
export function offerStatement(d: StatementReplDeps, session: Session, told: Set<string>): void {
  if (session.status !== 'open' || statementThreat(session) === null || told.has(session.id)) return;
  told.add(session.id);
  d.term.say(`  ${text(d.locale, d.statements?.available ? 'statement.console_key' : 'statement.off')}`);
}

export async function writeStatement(d: StatementReplDeps, session: Session): Promise<void> {
  const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text(d.locale, key, params);
  if (!d.statements?.available) return d.term.say(`  ! ${t('statement.off')}`);
  const threat = statementThreat(session);
  if (threat === null) return d.term.say(`  ! ${t('error.not_a_threat')}`);
  d.term.say(t('statement.intro', { threat: t(`statement.threat.${threat}`) }));
  const said = await ask(d, t('statement.said_label'), MAX_STATEMENT);
  if (said.trim() === '') return d.term.say(`  ! ${t('error.statement_empty')}`);
  const when = await ask(d, t('statement.when_label'), MAX_STATEMENT_WHEN);
  const witnesses = await ask(d, t('statement.witnesses_label'), MAX_STATEMENT_WITNESSES);
  const r = await d.statements.write(d.agentId, session.id, { said, when, witnesses });
  d.term.say(r.ok ? `  ${t('statement.saved')}` : `  ! ${errorText(d.locale, r.error)}`);
}

async function ask(d: StatementReplDeps, prompt: string, max: number): Promise<string> {
  for (;;) {
    const answer = await d.term.ask(prompt);
    if (answer.length <= max) return answer;
    d.term.say(`  ! ${text(d.locale, 'console.too_long_again', { length: answer.length, max })}`);
  }
}
