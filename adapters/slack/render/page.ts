/**
 * Block Kit for pages, page updates and threat reports (the surface-neutral PageMessage of
 * docs/paging.md), each in its reader's language (`locale`: a supervisor's own, or the team default in a
 * channel; the session's locale when not given). The agent is a mention when they are a Slack user, so
 * the reader can DM them.
 */
import type { KnownBlock } from '@slack/types';
import {
  type Locale,
  type PageMessage,
  pageNotes,
  pageStage,
  reasonText,
  reportRepeats,
  reportTitle,
  type Session,
  text,
  viewSession,
} from '../../../src/engine/index.ts';
import type { Unreachable } from '../../../src/ports.ts';
import { PAGE_ACK, PAGE_REPORT, PAGE_TAKE } from '../codec.ts';
import { userIdOf } from '../deps.ts';
import type { RenderedMessage } from './session.ts';
import { cut, esc, plain, slackTime, slackTimes, timeMark } from './text.ts';

/** Stands for the agent in the text until it is replaced by a mention (private-use characters, never typed). */
/** Marks a critical page: a Slack emoji code, platform markup rather than language (so not in the engine's catalogue). */
const CRITICAL_MARK = ':rotating_light:';
const AGENT = '\uE000agent\uE000';

type Page = Extract<PageMessage, { kind: 'page' }>;
type Update = Extract<PageMessage, { kind: 'page_update' }>;
type Report = Extract<PageMessage, { kind: 'report' }>;

/**
 * The agent as a mention in mrkdwn, as an id in the notification text. The notification text (the
 * message's `text`) is mrkdwn too: it is escaped as well, so a customer hint like `x***@<!channel>.com`
 * can never ping a channel.
 */
function withAgent(session: Session, sentence: string): { mrkdwn: string; plain: string } {
  const user = userIdOf(session.agentId);
  return {
    mrkdwn: esc(sentence).replaceAll(AGENT, user ? `<@${user}>` : esc(session.agentId)),
    plain: esc(sentence).replaceAll(AGENT, user ?? esc(session.agentId)),
  };
}

const common = (session: Session) => ({
  agent: AGENT,
  kind: { key: `kind.${session.kind}` as const },
  channel: { key: `channel.${session.channel}` as const },
});

const title = (session: Session, severity: Page['severity'], locale: Locale): string =>
  text(locale, severity === 'critical' ? 'page.title_critical' : 'page.title', common(session));

/** Slack user groups are mentioned in the posts (a group cannot be DMed). */
const groupMentions = (supervisors: readonly string[]): string =>
  supervisors
    .filter((s) => s.startsWith('slack:subteam:'))
    .map((s) => `<!subteam^${s.slice('slack:subteam:'.length)}>`)
    .join(' ');

/** "Could not reach @x: DMs closed." for each recipient a page missed (mentions: the team can follow up). */
export const missedLines = (missed: readonly Unreachable[], locale: Locale): string[] =>
  missed.map((u) =>
    text(locale, 'page.unreachable', {
      who: recipientMention(u.to),
      why: { key: `page.unreachable.${u.unreachable}` as const },
    }),
  );

export function pageMessage(
  m: Page,
  session: Session,
  at: number,
  locale: Locale = session.locale,
  missed: readonly Unreachable[] = [],
): RenderedMessage {
  const c = common(session);
  const head = title(session, m.severity, locale);
  const lines = [
    ...pageStage(m, locale),
    // Slack's date token (after escaping): each reader sees their own time zone.
    ...pageNotes(m, locale, timeMark),
    text(locale, 'page.body', {
      ...c,
      reason: reasonText(m.reason),
      minutes: Math.floor((Math.min(at, session.closedAt ?? at) - session.startedAt) / 60_000),
      hostility: session.hostility,
    }),
    ...(session.customer ? [text(locale, 'page.customer', { hint: session.customer.hint })] : []),
  ];
  const flags = viewSession(session, at, locale).priorFlags;
  const critical = m.severity === 'critical';
  const headline = withAgent(session, `${critical ? `${CRITICAL_MARK} ` : ''}${head}`);
  const agentBody = withAgent(session, lines.join('\n'));
  const body = { mrkdwn: slackTimes(agentBody.mrkdwn), plain: slackTimes(agentBody.plain) };
  const groups = groupMentions(m.supervisors);
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: cut(`*${headline.mrkdwn}*`, 3000) } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(body.mrkdwn, 3000) } },
    ...(flags ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: esc(`⚑ ${flags}`) }] }] : []),
    ...(groups ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: groups }] }] : []),
    ...(missed.length > 0
      ? [
          {
            type: 'context' as const,
            elements: [{ type: 'mrkdwn' as const, text: cut(missedLines(missed, locale).join('\n'), 3000) }],
          },
        ]
      : []),
    {
      type: 'actions',
      block_id: 'page',
      elements: [
        {
          type: 'button',
          action_id: PAGE_ACK,
          text: plain(text(locale, 'slack.page.acknowledge')),
          value: m.escalationId,
          style: critical ? 'danger' : 'primary',
        },
        {
          type: 'button',
          action_id: PAGE_TAKE,
          text: plain(text(locale, 'slack.page.take_over')),
          value: m.escalationId,
        },
        // The incident report so far (issue 20), for the supervisors and threat recipients who may read it.
        { type: 'button', action_id: PAGE_REPORT, text: plain(text(locale, 'report.button')), value: session.id },
      ],
    },
  ];
  const note = missed.length > 0 ? `\n${missedLines(missed, locale).join('\n')}` : '';
  return { text: cut(`${headline.plain}\n${body.plain}${note}`, 3000), blocks };
}

/** What a page becomes once answered or exhausted: no buttons, the outcome in place of the ask. */
export function pageUpdateMessage(m: Update, session: Session, locale: Locale = session.locale): RenderedMessage {
  const status = text(locale, `page.update_${m.status}`, {
    by: m.by ? mentionOf(m.by) : '',
    time: m.at === undefined ? '' : slackTime(m.at),
  });
  const head = withAgent(session, text(locale, 'page.title', common(session)));
  return {
    text: `${head.plain}\n${status}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: cut(`~${head.mrkdwn}~`, 3000) } },
      // The status may hold a mention (who acknowledged): not escaped.
      { type: 'section', text: { type: 'mrkdwn', text: cut(status, 3000) } },
    ],
  };
}

/** The threat report with its timestamped record line (UTC: the readers' time zones are unknown). */
export function reportMessage(
  m: Report,
  session: Session,
  at: number,
  locale: Locale = session.locale,
): RenderedMessage {
  const head = reportTitle(locale, m.to, m.repeatedAt);
  // An update (the threat repeated) says when, in each reader's own time zone.
  const repeats = reportRepeats(locale, session.kind, session.id, m.repeatedAt, timeMark);
  const record = text(locale, 'report.body', {
    ...common(session),
    to: m.to,
    time: new Date(at).toISOString(),
    session: session.id,
  });
  const body = withAgent(session, [...repeats, record].join('\n'));
  return {
    text: `${esc(head)}\n${slackTimes(body.plain)}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: cut(`*${esc(head)}*`, 3000) } },
      { type: 'section', text: { type: 'mrkdwn', text: cut(slackTimes(body.mrkdwn), 3000) } },
    ],
  };
}

/** A page recipient as Slack shows it: a person or group mention, a channel link. */
const recipientMention = (id: string): string => {
  const group = /^slack:subteam:(\w+)$/.exec(id)?.[1];
  if (group) return `<!subteam^${group}>`;
  const channel = /^slack:([CG][A-Z0-9]+)$/.exec(id)?.[1];
  return channel ? `<#${channel}>` : mentionOf(id);
};

/** `slack:U1` → a mention; anyone else (another surface) by their escaped id. */
export const mentionOf = (person: string): string => {
  const user = userIdOf(person);
  return user && /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : esc(person);
};
