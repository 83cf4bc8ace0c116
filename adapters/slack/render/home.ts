/** The App Home tab: the agent's limits, their open session, their recent sessions. */
import type { HomeView, KnownBlock } from '@slack/types';
import { translator } from '../../../src/engine/i18n/catalogue.ts';
import { type Limits, type Locale, type Session, viewSession } from '../../../src/engine/index.ts';
import { cut, esc } from './text.ts';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: cut(text, 3000) } });
const when = (ms: number): string =>
  `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString()}>`;

export function homeView(
  locale: Locale,
  now: number,
  limits: Limits,
  open: Session | null,
  recent: readonly Session[],
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
  return { type: 'home', blocks };
}
