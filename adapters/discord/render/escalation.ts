/** A page or threat report as the team's escalation channel receives it. */
import type { APIEmbed } from 'discord-api-types/v10';
import { type Effect, type Locale, reasonText, type Session, text } from '../../../src/engine/index.ts';

const MINUTE = 60_000;
const RED = 0xed4245;
const AMBER = 0xfee75c;

export type Escalation = Extract<Effect, { type: 'pageSupervisor' | 'reportThreat' }>;

/** `agent` is how the agent is named in the channel (a mention). */
export function renderEscalation(effect: Escalation, session: Session, agent: string, at: number, locale: Locale) {
  const common = {
    agent,
    kind: { key: `kind.${session.kind}` as const },
    channel: { key: `channel.${session.channel}` as const },
  };
  const minutes = Math.floor((at - session.startedAt) / MINUTE);
  const customer = session.customer ? ` ${text(locale, 'page.customer', { hint: session.customer.hint })}` : '';
  if (effect.type === 'pageSupervisor') {
    const critical = effect.severity === 'critical';
    const embed: APIEmbed = {
      title: text(locale, critical ? 'page.title_critical' : 'page.title', common),
      description: `${text(locale, 'page.body', { ...common, reason: reasonText(effect.reason), minutes, hostility: session.hostility })}${customer}`,
      color: critical ? RED : AMBER,
    };
    return { content: critical ? `🚨 ${embed.title}` : (embed.title ?? ''), embeds: [embed] };
  }
  const embed: APIEmbed = {
    title: text(locale, 'report.title', { to: { key: `to.${effect.to}` } }),
    description: `${text(locale, 'report.body', { ...common, to: effect.to, time: new Date(at).toISOString(), session: session.id })}${customer}`,
    color: RED,
  };
  return { content: embed.title ?? '', embeds: [embed] };
}

/** One line naming what was not sent, for the agent's DM. */
export function escalationSummary(effect: Escalation, session: Session, locale: Locale): string {
  return effect.type === 'pageSupervisor'
    ? text(locale, effect.severity === 'critical' ? 'page.title_critical' : 'page.title', { agent: session.agentId })
    : text(locale, 'report.title', { to: { key: `to.${effect.to}` } });
}
