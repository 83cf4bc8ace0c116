/**
 * Guidance that fits the contact (issue 20): every playbook × every channel, every reachable step
 * replayed through the real `step` and rendered by `viewSession` in every locale. Banned lines must
 * never appear where they do not belong.
 */
import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../../src/engine/i18n/catalogue.ts';
import { type Session, type SessionView, startSession, step, viewSession } from '../../src/engine/index.ts';
import { playbooks } from '../../src/engine/playbooks/index.ts';
import { buildGraph } from '../../src/engine/playbooks/walk.ts';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type IncidentKind,
  isWritten,
  LOCALES,
  type Locale,
} from '../../src/engine/types.ts';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const limits = { minutes: 30, hostility: 5, complexity: 5 };

const start = (kind: IncidentKind, channel: ContactChannel): Session =>
  startSession(
    { id: 's1', agentId: 'a1', teamId: null, surface: 'test', kind, channel, locale: 'en', limits, customer: null },
    T0,
  ).session;

function replay(session: Session, choices: readonly string[]): Session {
  let s = session;
  for (const [i, choiceId] of choices.entries()) {
    const r = step(s, { type: 'choose', choiceId }, T0 + (i + 1) * 1000);
    if (!r.ok) throw new Error(`choice ${choiceId} on ${s.stepId}: ${r.error.code}`);
    s = r.session;
  }
  return s;
}

/** Every reachable state of a playbook on a channel, as (session, view) in every locale. */
function* everyStep(kind: IncidentKind, channel: ContactChannel) {
  const pb = playbooks[kind];
  const g = buildGraph(pb, channel);
  for (const path of g.pathTo.values()) {
    const session = replay(start(kind, channel), path);
    for (const locale of LOCALES) yield { session, locale, view: viewSession(session, T0 + 60_000, locale) };
  }
}

const lines = (v: SessionView) => [...v.guidance, ...v.say];
const has = (v: SessionView, locale: Locale, key: MessageKey) => lines(v).includes(translate(locale, key));

const KINDS = Object.keys(playbooks) as IncidentKind[];

describe('channel-aware steps, every playbook × every channel × every locale', () => {
  for (const kind of KINDS)
    for (const channel of CONTACT_CHANNELS)
      it(`${kind} on ${channel}`, () => {
        let calmSeen = false;
        for (const { session, locale, view } of everyStep(kind, channel)) {
          const where = `${kind}/${channel}/${session.stepId}/${locale}`;
          if (isWritten(channel)) {
            // Written: never voice advice, never "please go on", never listening words meant for a voice.
            for (const banned of ['step.calm.g3', 'say.calm.listening', 'step.calm.g1', 'step.calm.g4'] as const)
              expect(has(view, locale, banned), `${where}: ${banned}`).toBe(false);
            expect(has(view, locale, 'step.calm.g3_chat'), where).toBe(false);
          }
          if (channel === 'chat') expect(has(view, locale, 'step.calm.g3'), where).toBe(false);
          if (channel !== 'in_person') expect(has(view, locale, 'step.calm.g_in_person'), where).toBe(false);
          // Under a physical threat nothing invites the customer to go on, on any channel.
          if (kind === 'physical_threat') expect(has(view, locale, 'say.calm.listening'), where).toBe(false);
          // A formal letter is answered with a face-to-face meeting, never "a call or a meeting".
          if (session.stepId === 'ignore_written') {
            const letter = channel === 'letter';
            expect(has(view, locale, 'say.ignore_written.meet_letter'), where).toBe(letter);
            expect(has(view, locale, 'step.ignore_written.g3_letter'), where).toBe(letter);
            expect(has(view, locale, 'say.ignore_written.meet'), where).toBe(!letter);
          }
          // Face to face, recover on the spot; a written complaint is never treated as minor.
          if (session.stepId === 'lead') {
            expect(has(view, locale, 'step.lead.g_in_person'), where).toBe(channel === 'in_person');
            expect(has(view, locale, 'step.lead.g_written'), where).toBe(isWritten(channel));
          }
          if (session.stepId === 'calm') {
            calmSeen = true;
            const expected: Partial<Record<ContactChannel, MessageKey[]>> = {
              phone: ['step.calm.g3', 'say.calm.listening'],
              chat: ['step.calm.g3_chat', 'step.calm.g4_chat', 'say.calm.listening_chat'],
              in_person: ['step.calm.g3', 'step.calm.g_in_person', 'say.calm.listening'],
            };
            const want = isWritten(channel)
              ? (['step.calm.g1_written', 'step.calm.g3_written', 'say.calm.listening_written'] as MessageKey[])
              : (expected[channel] ?? []);
            for (const key of want) expect(has(view, locale, key), `${where}: ${key}`).toBe(true);
          }
        }
        // Every playbook but the physical threat has a calm step reachable on every channel.
        expect(calmSeen).toBe(kind !== 'physical_threat');
      });

  it('SMS and social media are written channels: abuse may be left unanswered there', () => {
    for (const channel of ['sms', 'social'] as const) {
      const s = start('vulgarity', channel);
      expect(viewSession(s, T0).choices.map((c) => c.id)).toContain('written_ignore');
      const ignored = replay(s, ['written_ignore', 'replied']);
      expect(ignored.outcome).toBe('ignored_written');
    }
    expect(viewSession(start('vulgarity', 'phone'), T0).choices.map((c) => c.id)).not.toContain('written_ignore');
  });

  it('in person under a physical threat paged mid-contact: no "please go on", no eye-contact coaching', () => {
    const s = start('hostile', 'in_person');
    const r = step(s, { type: 'threat', kind: 'physical' }, T0 + 1000);
    if (!r.ok) throw new Error(r.error.code);
    for (const locale of LOCALES) {
      const v = viewSession(r.session, T0 + 2000, locale);
      expect(has(v, locale, 'say.calm.listening')).toBe(false);
      expect(has(v, locale, 'step.calm.g_in_person')).toBe(false);
    }
  });
});
