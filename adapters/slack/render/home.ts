/**
 * The App Home tab: the agent's limits, their open session, their recent sessions, their recent
 * check-ins and, for a supervisor, the team's mood this week (from the weekly digest).
 */
import type { HomeView, KnownBlock } from '@slack/types';
import type { MyTrendView } from '../../../src/app/team-view.ts';
import { translator } from '../../../src/engine/i18n/catalogue.ts';
import type { TeamBoard } from '../../../src/engine/index.ts';
import {
  type Digest,
  type Limits,
  type Locale,
  MIN_ANONYMOUS_CONTRIBUTORS,
  type Session,
  viewSession,
} from '../../../src/engine/index.ts';
import type { CheckinRow } from '../../../src/ports-care.ts';
import { boardContactsText, boardLimitsText, myTrendText } from './board.ts';
import { cut, esc, slackDate } from './text.ts';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: cut(text, 3000) } });
const when = slackDate;

export function homeView(
  locale: Locale,
  now: number,
  limits: Limits,
  open: Session | null,
  recent: readonly Session[],
  care?: HomeCare,
): HomeView {
  const t = translator(locale);
  const header = (s: Session) => esc(viewSession(s, now, locale).header);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t('slack.home.title') } },
    section(t('slack.home.limits', { limits: esc(t('limits.current', { ...limits })) })),
    { type: 'divider' },
    open
      ? section(
          t('slack.home.open', {
            header: header(open),
            time: when(open.startedAt),
            title: esc(viewSession(open, now, locale).title),
          }),
        )
      : section(esc(t('slack.home.none_open'))),
    { type: 'divider' },
    section(t('slack.home.recent')),
  ];
  if (recent.length === 0) blocks.push(section(esc(t('slack.home.no_recent'))));
  for (const s of recent.slice(0, 10))
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t('slack.home.recent_item', {
            time: when(s.startedAt),
            header: header(s),
            outcome: esc(s.outcome ? t(`outcome.${s.outcome}`) : t('slack.home.still_open')),
          }),
        },
      ],
    });
  if (care) blocks.push(...careBlocks(locale, care), ...viewBlocks(locale, now, care));
  // Slack allows 100 blocks in a home view; the oldest sections (at the end) give way first.
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

export interface HomeCare {
  /** The agent's own named and private check-ins, newest first (anonymous ones are never found again). */
  readonly checkins: readonly CheckinRow[];
  /** This week's digest of the team, for a supervisor only; null for everyone else. */
  readonly team: Digest | null;
  /** The agent's own last 8 weeks (private to them). */
  readonly trend?: MyTrendView | null;
  /** Who needs help now in each team the person supervises (absent: not a supervisor). */
  readonly boards?: readonly TeamBoard[] | null;
}

function careBlocks(locale: Locale, care: HomeCare): KnownBlock[] {
  const t = translator(locale);
  const context = (text: string): KnownBlock => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: cut(text, 3000) }],
  });
  const blocks: KnownBlock[] = [{ type: 'divider' }, section(t('slack.home.checkins'))];
  if (care.checkins.length === 0) blocks.push(section(esc(t('slack.home.no_checkins'))));
  for (const c of care.checkins.slice(0, 10)) {
    const line = t('slack.home.checkin_item', {
      time: when(c.createdAt),
      mood: c.mood,
      where: esc(t(`slack.home.where.${c.visibility}`)),
    });
    blocks.push(context(c.note === null ? line : `${line} · “${esc(c.note)}”`));
  }
  const d = care.team;
  if (d === null) return blocks;
  const lines = [`${esc(t('digest.mood_named'))}:`];
  if (d.namedMood.week === null) lines.push(`• ${esc(t('digest.none'))}`);
  for (const day of d.namedMood.byDay) lines.push(`• ${esc(t('digest.mood_line', { label: day.day, ...day }))}`);
  if (d.namedMood.week)
    lines.push(`• *${esc(t('digest.mood_line', { label: t('digest.week'), ...d.namedMood.week }))}*`);
  const anon = d.anonymousMood
    ? t('digest.mood_anon_line', { ...d.anonymousMood })
    : t('digest.mood_anon_hidden', { min: MIN_ANONYMOUS_CONTRIBUTORS });
  lines.push(`${esc(t('digest.mood_anonymous'))}: ${esc(anon)}`);
  blocks.push({ type: 'divider' }, section(t('slack.home.team_mood', { week: d.week })), section(lines.join('\n')));
  return blocks;
}

/** The agent's own trend, then (supervisors) who needs help now and the team's limits, at the top of their lists. */
function viewBlocks(locale: Locale, now: number, care: HomeCare): KnownBlock[] {
  const t = translator(locale);
  const blocks: KnownBlock[] = [];
  if (care.trend) blocks.push({ type: 'divider' }, section(myTrendText(care.trend.trend, locale, care.trend.support)));
  for (const b of care.boards ?? [])
    blocks.push(
      { type: 'divider' },
      section(t('slack.home.now')),
      section(boardContactsText(b, locale, now)),
      section(boardLimitsText(b, locale)),
    );
  return blocks;
}
