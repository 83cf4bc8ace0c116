/**
 * Pages, page updates and threat reports (PageMessage, docs/paging.md) as Discord messages. Pure:
 * the delivery posts and edits them with the bot token.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
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
import { pageButtonId } from '../custom-id.ts';
import { reportButton } from './record.ts';

const MINUTE = 60_000;
const RED = 0xed4245;
const AMBER = 0xfee75c;
const GREEN = 0x57f287;
const GREY = 0x99aab5;

export interface PageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

type Page = Extract<PageMessage, { kind: 'page' }>;
type Update = Extract<PageMessage, { kind: 'page_update' }>;
type Report = Extract<PageMessage, { kind: 'report' }>;

/** How the agent is named: a mention for a Discord agent, the id otherwise. */
const agentName = (session: Session): string => {
  const m = /^discord:(\d{1,20})$/.exec(session.agentId);
  return m ? `<@${m[1]}>` : session.agentId;
};

/** A person or role id of the policy as a Discord mention (`discord:123` → <@123>, `discord:role:4` → <@&4>). */
export const mentionOf = (id: string): string => {
  const role = /^discord:role:(\d{1,20})$/.exec(id);
  if (role) return `<@&${role[1]}>`;
  const user = /^discord:(\d{1,20})$/.exec(id);
  return user ? `<@${user[1]}>` : id;
};

const common = (session: Session) => ({
  agent: agentName(session),
  kind: { key: `kind.${session.kind}` as const },
  channel: { key: `channel.${session.channel}` as const },
});

/** A page recipient as Discord shows it: a person or role mention, a channel link. */
const recipientMention = (id: string, channels: readonly string[]): string =>
  channels.includes(id) ? `<#${id.slice('discord:'.length)}>` : mentionOf(id);

/** The page: who, what, why, how long, how hostile, the customer hint and prior flags; Acknowledge / Take over. */
export function renderPage(
  m: Page,
  session: Session,
  at: number,
  locale: Locale,
  missed: readonly Unreachable[] = [],
  /** The page effect's id, kept in the buttons so the message can be found again after a crash. */
  effectId?: string,
): PageBody {
  const critical = m.severity === 'critical';
  const c = common(session);
  const title = text(locale, critical ? 'page.title_critical' : 'page.title', c);
  const lines = [
    ...pageStage(m, locale),
    // Discord shows <t:…:t> in each reader's own time zone.
    ...pageNotes(m, locale, (t) => `<t:${Math.floor(t / 1000)}:t>`),
    text(locale, 'page.body', {
      ...c,
      reason: reasonText(m.reason),
      minutes: Math.max(0, Math.floor((Math.min(at, session.closedAt ?? at) - session.startedAt) / MINUTE)),
      hostility: session.hostility,
    }),
    ...(session.customer ? [text(locale, 'page.customer', { hint: session.customer.hint })] : []),
  ];
  const prior = session.priorFlags ? viewSession(session, at, locale).priorFlags : null;
  if (prior) lines.push(`⚑ ${prior}`);
  const mentions = m.supervisors.map(mentionOf).join(' ');
  // Who the page could not reach, so the team can follow up ("Could not reach @x: DMs closed.").
  const notes = missed.map((u) =>
    text(locale, 'page.unreachable', {
      who: recipientMention(u.to, m.channels),
      why: { key: `page.unreachable.${u.unreachable}` as const },
    }),
  );
  return {
    content: [critical ? `🚨 ${title}` : title, mentions, ...notes].filter(Boolean).join('\n'),
    embeds: [{ title, description: lines.join('\n'), color: critical ? RED : AMBER }],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            custom_id: pageButtonId('ack', m.escalationId, effectId),
            label: text(locale, 'discord.page.ack'),
            style: ButtonStyle.Success,
          },
          {
            type: ComponentType.Button,
            custom_id: pageButtonId('take', m.escalationId, effectId),
            label: text(locale, 'discord.page.take'),
            style: ButtonStyle.Primary,
          },
          // The incident report so far (issue 20), for those who may read it (the app decides).
          reportButton(session.id, locale),
        ],
      },
    ],
  };
}

/** The status line a page is edited to show once answered or exhausted. */
export const updateStatus = (m: Update, locale: Locale): string =>
  text(locale, `page.update_${m.status}`, {
    by: m.by === null ? '' : mentionOf(m.by),
    time: m.at === undefined ? '' : `<t:${Math.floor(m.at / 1000)}:t>`,
  });

/** The edit of an earlier page: the status in place of the buttons (the page's embed is kept). */
export function renderUpdateEdit(m: Update, locale: Locale): { content: string; components: [] } {
  return { content: `${updateStatusIcon(m)} ${updateStatus(m, locale)}`, components: [] };
}

/** The outcome as a new message in a team channel that had not been paged. */
export function renderUpdatePost(m: Update, session: Session, locale: Locale): PageBody {
  const title = text(locale, 'discord.page.outcome', { agent: agentName(session) });
  return {
    content: `${updateStatusIcon(m)} ${updateStatus(m, locale)}`,
    embeds: [{ title, color: m.status === 'exhausted' ? RED : GREEN }],
    components: [],
  };
}

const updateStatusIcon = (m: Update): string => (m.status === 'exhausted' ? '⚠️' : '✅');

/** A threat report with its timestamped record line. */
export function renderReport(m: Report, session: Session, at: number, locale: Locale): PageBody {
  const c = common(session);
  const title = reportTitle(locale, m.to, m.repeatedAt);
  // An update (the threat repeated) says when, in each reader's own time zone.
  const repeats = reportRepeats(locale, session.kind, session.id, m.repeatedAt, (t) => `<t:${Math.floor(t / 1000)}:t>`);
  const record = text(locale, 'report.body', {
    ...c,
    to: m.to,
    time: new Date(at).toISOString(),
    session: session.id,
  });
  const customer = session.customer ? ` ${text(locale, 'page.customer', { hint: session.customer.hint })}` : '';
  return {
    content: `🚨 ${title}`,
    embeds: [
      { title, description: [...repeats, `${record}${customer}`].join('\n'), color: m.to === 'security' ? RED : GREY },
    ],
    components: [],
  };
}
