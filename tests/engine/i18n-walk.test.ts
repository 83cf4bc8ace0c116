/**
 * Walks every playbook path in every locale and renders what the agent sees at each step (the step
 * view and every notice the engine emits on the way), checking that nothing fell back to English.
 * The English rendering of the same session is the reference: an identical string means a missing
 * translation, unless the allow-list in src/engine/i18n/same-words.ts says the word is the same.
 */
import { describe, expect, it } from 'vitest';
import { mayEqualEnglish } from '../../src/engine/i18n/same-words.ts';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type Effect,
  type IncidentKind,
  LOCALES,
  type Locale,
  renderNotice,
  type Session,
  type SessionEvent,
  type SessionView,
  startSession,
  step,
  viewSession,
} from '../../src/engine/index.ts';
import { playbooks } from '../../src/engine/playbooks/index.ts';
import { buildGraph } from '../../src/engine/playbooks/walk.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const limits = { minutes: 30, hostility: 4, complexity: 3 };

interface Run {
  readonly session: Session;
  readonly effects: readonly Effect[];
}

function run(kind: IncidentKind, channel: ContactChannel, events: readonly SessionEvent[]): Run {
  const started = startSession(
    {
      id: 's1',
      agentId: 'a1',
      teamId: null,
      surface: 'test',
      kind,
      channel,
      locale: 'en',
      limits,
      customer: { key: 'k', hint: '…4567' },
    },
    T0,
  );
  let session = started.session;
  const effects = [...started.effects];
  for (const [i, event] of events.entries()) {
    const r = step(session, event, T0 + (i + 1) * 60_000);
    if (!r.ok) throw new Error(`${JSON.stringify(event)} refused on ${session.stepId}: ${r.error.code}`);
    session = r.session;
    effects.push(...r.effects);
  }
  return { session, effects };
}

/** Every string the agent reads for this run, in one locale, in a stable order. */
function rendered(r: Run, locale: Locale): string[] {
  const v: SessionView = viewSession(r.session, T0 + 3_600_000, locale);
  const labels = (xs: readonly { label: string }[]) => xs.map((x) => x.label);
  const notices = r.effects.flatMap((e) => (e.type === 'notice' ? [renderNotice(e, locale)] : []));
  return [
    v.header,
    v.title,
    ...v.guidance,
    v.sayLabel,
    ...v.say,
    ...labels(v.choices),
    ...labels(v.actions),
    ...labels(v.outcomes),
    ...labels(v.supervisorReasons),
    v.meters,
    v.closedSummary ?? '',
    ...notices,
  ];
}

/** Strings of `locale` that are identical to their English counterpart and not allow-listed. */
function fallbacks(r: Run, locale: Locale): string[] {
  const english = rendered(r, 'en');
  return rendered(r, locale).filter((text, i) => !mayEqualEnglish(locale, english[i] ?? '', text));
}

/** The paths to walk: the shortest path to every reachable state, and every edge into an outcome. */
function paths(kind: IncidentKind, channel: ContactChannel): string[][] {
  const pb = playbooks[kind];
  const g = buildGraph(pb, channel);
  const toStates = [...g.pathTo.values()].map((p) => [...p]);
  const toOutcomes = g.edges.flatMap((e) =>
    typeof e.to === 'string'
      ? [[...(g.pathTo.get(`${e.from.stepId}|${e.from.warnings}|${e.from.toldEnding}`) ?? []), e.choice.id]]
      : [],
  );
  return [...toStates, ...toOutcomes];
}

/** The always-available actions, which produce pages, reports and limit notices. */
const ACTION_RUNS: readonly (readonly SessionEvent[])[] = [
  [
    { type: 'hostility', direction: 'worse' },
    { type: 'hostility', direction: 'worse' },
  ],
  [{ type: 'complexity', value: 5 }],
  [{ type: 'escalate', reason: 'customer_insists' }],
  [
    { type: 'escalate', reason: 'more_experienced' },
    { type: 'escalate', reason: 'agent_request' },
  ],
  [{ type: 'threat', kind: 'legal' }],
  [{ type: 'threat', kind: 'physical' }],
  [{ type: 'supervisor_acknowledged', by: 'Siti' }],
  [{ type: 'time_check' }],
];

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  describe(`every step in ${locale}`, () => {
    for (const kind of Object.keys(playbooks) as IncidentKind[]) {
      it(`${kind}: every path on every channel renders without English fallback`, () => {
        const problems: string[] = [];
        let walked = 0;
        for (const channel of CONTACT_CHANNELS)
          for (const path of paths(kind, channel)) {
            walked++;
            for (const text of fallbacks(
              run(
                kind,
                channel,
                path.map((choiceId) => ({ type: 'choose', choiceId })),
              ),
              locale,
            ))
              problems.push(`${channel} ${path.join(' → ') || '(start)'}: "${text}"`);
          }
        expect(walked).toBeGreaterThan(10);
        expect(problems).toEqual([]);
      });
    }

    it('pages, threat reports, limit notices and acknowledgements render without English fallback', () => {
      const problems = ACTION_RUNS.flatMap((events) =>
        fallbacks(run('hostile', 'phone', events), locale).map((t) => `${events[0]?.type}: "${t}"`),
      );
      expect(problems).toEqual([]);
    });
  });
}

it('detects a fallback: an untranslated string is reported', () => {
  // English against itself is "all fallback": proves the comparison can fail.
  const r = run('vulgarity', 'phone', []);
  const english = rendered(r, 'en');
  expect(english.filter((t, i) => !mayEqualEnglish('ms', english[i] ?? '', t)).length).toBeGreaterThan(5);
});
