/** A threat report as the team's escalation channel receives it. */
import type { APIEmbed } from 'discord-api-types/v10';
import { type Effect, type Locale, reportRepeats, reportTitle, type Session, text } from '../../../src/engine/index.ts';

const RED = 0xed4245;

/** Threat reports the team file routes nowhere (pages themselves go through paging: ../pages.ts). */
export type Escalation = Extract<Effect, { type: 'reportThreat' }>;

/** `agent` is how the agent is named in the channel (a mention). */
export function renderEscalation(effect: Escalation, session: Session, agent: string, at: number, locale: Locale) {
  const common = {
    agent,
    kind: { key: `kind.${session.kind}` as const },
    channel: { key: `channel.${session.channel}` as const },
  };
  const customer = session.customer ? ` ${text(locale, 'page.customer', { hint: session.customer.hint })}` : '';
  const repeats = reportRepeats(
    locale,
    session.kind,
    session.id,
    effect.repeatedAt,
    (t) => `<t:${Math.floor(t / 1000)}:t>`,
  );
  const embed: APIEmbed = {
    title: reportTitle(locale, effect.to, effect.repeatedAt),
    description: `${repeats.map((r) => `${r}\n`).join('')}${text(locale, 'report.body', { ...common, to: effect.to, time: new Date(at).toISOString(), session: session.id })}${customer}`,
    color: RED,
  };
  return { content: embed.title ?? '', embeds: [embed] };
}

/** One line naming what was not sent, for the agent's DM. */
export function escalationSummary(effect: Escalation, locale: Locale): string {
  return text(locale, 'report.title', { to: { key: `to.${effect.to}` } });
}
