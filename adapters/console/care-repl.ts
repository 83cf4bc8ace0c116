/**
 * The terminal's decompression offer (after a session closes) and check-in. Translates keys into
 * CareService calls; the rules (break bounds, anonymity, nudges) live in the app and engine.
 */
import type { CareService } from '../../src/app/care.ts';
import { errorKey } from '../../src/app/errors.ts';
import type { TeamView } from '../../src/app/team-view.ts';
import {
  checkinSavedKey,
  decompressionOffer,
  type Locale,
  type MessageKey,
  type Params,
  renderMyTrend,
  text,
  VISIBILITIES,
} from '../../src/engine/index.ts';
import { runBreathing } from '../kit/breathing.ts';
import type { Terminal } from './terminal.ts';

export interface CareReplDeps {
  readonly care: CareService;
  readonly term: Terminal;
  readonly agentId: string;
  readonly locale: Locale;
  /** Waits the breathing pace in real time (a TTY); piped input prints the steps at once. */
  readonly pace: boolean;
  readonly settle: () => Promise<void>;
  /** The agent's own trend (`checkin history`, `h`), when the app offers it. */
  readonly team?: TeamView;
}

const KEYS = { b: 'breathe', t: 'talk', p: 'break', '': 'skip' } as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** b = breathe, t = talk to someone, p [N] = break N minutes, Enter = skip; then the check-in. */
export async function offerAfterClose(d: CareReplDeps): Promise<void> {
  const t = (key: MessageKey, params?: Params) => text(d.locale, key, params);
  const offer = decompressionOffer(d.locale);
  const label = (id: string) => offer.options.find((o) => o.id === id)?.label ?? id;
  const keys = Object.entries(KEYS)
    .map(([k, id]) => `${k === '' ? 'Enter' : k}) ${label(id)}`)
    .join('   ');
  d.term.say(offer.title);
  for (;;) {
    d.term.say(`  ${keys}`);
    const line = (await d.term.ask('')).toLowerCase();
    const m = /^p\s*(\d+)?$/.exec(line);
    if (line === '') {
      d.term.say(t('care.skipped'));
      break;
    }
    if (line === 'b') await breathe(d);
    else if (line === 't') {
      const r = await d.care.talk({ agentId: d.agentId, surface: 'console' });
      await d.settle();
      d.term.say(r.ok ? t(r.value.channel ? 'care.talk_sent' : 'care.talk_no_channel') : t(errorKey(r.error.code)));
    } else if (m) {
      const minutes = m[1] ?? (await d.term.ask(offer.breakPrompt));
      const r = await d.care.startBreak({ agentId: d.agentId, surface: 'console', minutes });
      await d.settle();
      if (r.ok) {
        d.term.say(t('care.break_started', { minutes: r.value.minutes }));
        break;
      }
      d.term.say(`  ! ${t(errorKey(r.error.code))}`);
    } else d.term.say(t('console.unknown', { input: line.slice(0, 40) }));
  }
  await checkin(d);
}

function breathe(d: CareReplDeps): Promise<void> {
  const say = async (line: string) => d.term.say(`  ${line}`);
  return runBreathing(d.locale, {
    step: (step) => say(step.text),
    done: say,
    pause: async (ms) => {
      if (d.pace) await sleep(ms);
    },
  });
}

/** Mood 1–5 (Enter skips), an optional word, and where it goes. */
export async function checkin(d: CareReplDeps): Promise<void> {
  const t = (key: MessageKey, params?: Params) => text(d.locale, key, params);
  for (;;) {
    const mood = await d.term.ask(t('checkin.mood_prompt'));
    if (mood === '') return;
    if (!/^[1-5]$/.test(mood)) {
      d.term.say(`  ! ${t('error.bad_mood')}`);
      continue;
    }
    const note = await d.term.ask(t('checkin.note_prompt'));
    const where = await d.term.pick(
      t('checkin.where_prompt'),
      VISIBILITIES.map((v) => t(`checkin.where_${v}`)),
      (max) => t('console.pick_number', { max }),
    );
    const visibility = VISIBILITIES[where];
    const r = await d.care.checkin({ agentId: d.agentId, surface: 'console', mood, note, visibility });
    await d.settle();
    if (r.ok) return d.term.say(t(checkinSavedKey(r.value)));
    d.term.say(`  ! ${t(errorKey(r.error.code))}`);
    if (r.error.code !== 'bad_note') return;
  }
}

/** `checkin history` (or `h`): the agent's own last 8 weeks, and a pointer to support after a low week. */
export async function history(d: CareReplDeps): Promise<void> {
  if (d.team === undefined) return;
  const r = await d.team.myTrend(d.agentId);
  if (!r.ok) return d.term.say(`  ! ${text(d.locale, errorKey(r.error.code))}`);
  for (const line of renderMyTrend(r.value.trend, d.locale, r.value.support))
    d.term.say(line === '' ? '' : `  ${line}`);
}
