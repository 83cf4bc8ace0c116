/**
 * Phrases in the right place, the "don't say" half, customer types and the customer's language (issue 20).
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor, type MessageKey, translate } from '../../src/engine/i18n/catalogue.ts';
import {
  CUSTOMER_TAGS,
  type CustomerTag,
  SAY_PAIRS,
  type Session,
  type SessionEvent,
  startSession,
  step,
  viewSession,
} from '../../src/engine/index.ts';
import { playbooks } from '../../src/engine/playbooks/index.ts';
import { buildGraph } from '../../src/engine/playbooks/walk.ts';
import { CONTACT_CHANNELS, type ContactChannel, type IncidentKind, LOCALES } from '../../src/engine/types.ts';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const limits = { minutes: 30, hostility: 5, complexity: 5 };
const KINDS = Object.keys(playbooks) as IncidentKind[];

const start = (kind: IncidentKind, channel: ContactChannel = 'phone', extra: { customerTag?: CustomerTag } = {}) =>
  startSession(
    {
      id: 's1',
      agentId: 'a1',
      teamId: null,
      surface: 'test',
      kind,
      channel,
      locale: 'en',
      limits,
      customer: null,
      ...(extra.customerTag ? { customerType: extra.customerTag } : {}),
    },
    T0,
  ).session;

function apply(session: Session, events: readonly (SessionEvent | string)[]): Session {
  let s = session;
  for (const [i, e] of events.entries()) {
    const r = step(s, typeof e === 'string' ? { type: 'choose', choiceId: e } : e, T0 + (i + 1) * 1000);
    if (!r.ok) throw new Error(`${JSON.stringify(e)} on ${s.stepId}: ${r.error.code}`);
    s = r.session;
  }
  return s;
}

/** The say keys shown on each step of every playbook, on every channel (untagged customer). */
function sayByStep(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const kind of KINDS)
    for (const channel of CONTACT_CHANNELS)
      for (const path of buildGraph(playbooks[kind], channel).pathTo.values()) {
        const s = apply(start(kind, channel), path);
        const v = viewSession(s, T0);
        const set = out.get(s.stepId) ?? new Set<string>();
        for (const line of v.say) set.add(line);
        out.set(s.stepId, set);
      }
  return out;
}

const en = (key: MessageKey) => translate('en', key);

describe('phrases in the right place', () => {
  const says = sayByStep();

  it('"others are waiting too" is never a boundary line', () => {
    for (const [stepId, set] of says)
      if (stepId.startsWith('boundary_')) expect(set.has(en('say.ctype.hurry')), stepId).toBe(false);
  });

  it('"Sorry to keep you waiting" is not on the empathy step', () => {
    expect(says.get('empathise')?.has(en('say.ctype.waiting'))).toBe(false);
  });

  it('"I am sorry you feel that way" does not follow an agreed fix', () => {
    expect(says.get('provide')?.has(en('say.senior.instead_dont_come_back'))).toBe(false);
    const agreed = apply(start('hostile'), ['calmed', 'to_resolution', 'agreed']);
    expect(agreed.stepId).toBe('provide');
    expect(viewSession(agreed, T0).say.join(' ')).not.toMatch(/feel that way/);
  });

  it('HELP empathises, then apologises', () => {
    const s = apply(start('insult'), ['calmed']);
    expect(s.stepId).toBe('empathise');
    const g = playbooks.insult.steps.empathise?.guidance ?? [];
    expect(g.indexOf('step.empathise.understand')).toBeLessThan(g.indexOf('step.empathise.apologise'));
    const sorry = en('say.empathise.sorry');
    expect(sorry.indexOf('frustrated')).toBeLessThan(sorry.indexOf('sorry'));
  });

  it('say.lead.restate promises nothing about handling it myself, in any language', () => {
    const selfPromise: Record<string, RegExp> = {
      en: /myself/i,
      ms: /saya sendiri/i,
      id: /saya sendiri/i,
      nb: /\bselv\b/i,
      tl: /ako mismo/i,
    };
    for (const locale of LOCALES)
      expect(catalogueFor(locale)['say.lead.restate'] ?? '', locale).not.toMatch(selfPromise[locale] ?? /$^/);
  });

  it('legal threat: "Move on to a resolution" leads to the resolution, not back to "Let them vent first"', () => {
    const s = start('legal_threat');
    const choice = viewSession(s, T0).choices.find((c) => c.id === 'carry_on');
    expect(choice?.label).toBe(en('choice.to_resolution'));
    const after = apply(s, ['carry_on']);
    expect(after.stepId).toBe('lead');
    expect(viewSession(after, T0).title).not.toBe(en('step.calm.title'));
    // Still upset: the agent can let them finish first.
    expect(apply(s, ['still_upset']).stepId).toBe('calm');
  });

  it('the end-of-contact line names the real reason', () => {
    const ending = (kind: IncidentKind, abuse: string) =>
      viewSession(apply(start(kind), [abuse, 'again', 'carried_on', 'carried_on']), T0);
    const vulgar = ending('vulgarity', 'keeps_swearing');
    const insult = ending('insult', 'keeps_insulting');
    const hostile = ending('hostile', 'abusive');
    expect(vulgar.title).toBe(en('step.end_conversation.title'));
    expect(vulgar.say).toEqual([en('say.end_conversation.line')]);
    expect(vulgar.say[0]).toMatch(/language/);
    expect(insult.say).toEqual([en('say.end_conversation.insults')]);
    expect(hostile.say).toEqual([en('say.end_conversation.tone')]);
    expect(hostile.say[0]).not.toMatch(/language/);
  });
});

describe('the "don\'t say" half beside "You could say"', () => {
  it('every say-pair line carries the phrase it replaces, in every locale', () => {
    const shown = new Set<string>();
    for (const kind of KINDS)
      for (const tag of [null, ...CUSTOMER_TAGS])
        for (const path of buildGraph(playbooks[kind], 'phone').pathTo.values())
          for (const locale of kind === 'hostile' ? LOCALES : (['en'] as const)) {
            const s = apply(start(kind, 'phone', tag ? { customerTag: tag } : {}), path);
            const v = viewSession(s, T0, locale);
            expect(v.insteadOf).toHaveLength(v.say.length);
            for (const [say, dont] of Object.entries(SAY_PAIRS) as [MessageKey, MessageKey][]) {
              const i = v.say.indexOf(translate(locale, say));
              if (i < 0) continue;
              expect(v.insteadOf[i]).toBe(translate(locale, 'view.instead_of', { phrase: translate(locale, dont) }));
              shown.add(say);
            }
          }
    // Every pair of the field guide's table is shown somewhere.
    expect([...shown].sort()).toEqual(Object.keys(SAY_PAIRS).sort());
  });
});

describe('customer types', () => {
  it('a tag adjusts the helping steps, never a boundary or threat step, and is recorded', () => {
    const s = apply(start('hostile'), [
      { type: 'customer_type', customerType: 'was_happy' },
      'calmed',
      'to_resolution',
    ]);
    expect(s.stepId).toBe('lead');
    expect(s.timeline.some((e) => e.type === 'customer_type' && e.data?.customerType === 'was_happy')).toBe(true);
    const v = viewSession(s, T0);
    expect(v.guidance).toContain(en('ctype.was_happy.recovery'));
    expect(v.say).toContain(en('say.ctype.loyal_recovery'));
    expect(v.customerType).toBe(translate('en', 'view.customer_type', { type: en('ctype.was_happy') }));
    const boundary = apply(s, ['abusive']);
    expect(viewSession(boundary, T0).guidance).not.toContain(en('ctype.was_happy.g'));
  });

  it('talkative: bring them back with their name; impatient: the waiting line; still happy: act visibly', () => {
    const talk = viewSession(start('hostile', 'phone', { customerTag: 'talkative' }), T0);
    expect(talk.guidance).toContain(en('ctype.talkative.name'));
    expect(talk.say).toContain(en('say.ctype.by_name'));
    const impatient = viewSession(start('hostile', 'chat', { customerTag: 'impatient' }), T0);
    expect(impatient.say).toContain(en('say.ctype.waiting'));
    const happy = apply(start('hostile', 'phone', { customerTag: 'still_happy' }), [
      'calmed',
      'to_resolution',
      'agreed',
    ]);
    expect(viewSession(happy, T0).guidance).toContain(en('ctype.still_happy.visible'));
  });

  it('every tag has guidance in every playbook that has a calm step; removing it is recorded', () => {
    for (const tag of CUSTOMER_TAGS) {
      const v = viewSession(start('insult', 'phone', { customerTag: tag }), T0);
      expect(v.guidance).toContain(en(`ctype.${tag}.g`));
    }
    const s = apply(start('insult', 'phone', { customerTag: 'impatient' }), [
      { type: 'customer_type', customerType: null },
    ]);
    expect(s.customerType).toBeUndefined();
    expect(s.timeline.at(-1)).toMatchObject({ type: 'customer_type', data: { customerType: 'none' } });
    expect(viewSession(s, T0).guidance).not.toContain(en('ctype.impatient.g'));
  });

  it('no type guidance under a physical threat', () => {
    const v = viewSession(start('physical_threat', 'in_person', { customerTag: 'talkative' }), T0);
    expect(v.guidance.some((g) => g === en('ctype.talkative.g'))).toBe(false);
  });
});

describe("say-phrases in the customer's language", () => {
  it('defaults to the agent\'s; once set, "You could say" follows the customer and guidance stays the agent\'s', () => {
    const s = start('hostile');
    expect(viewSession(s, T0).sayLocale).toBe('en');
    const nb = apply(s, [{ type: 'customer_locale', locale: 'nb' }]);
    expect(nb.timeline.at(-1)).toMatchObject({ type: 'customer_locale', data: { locale: 'nb' } });
    const v = viewSession(nb, T0, 'en');
    expect(v.sayLocale).toBe('nb');
    expect(v.say).toContain(translate('nb', 'say.calm.repeat'));
    expect(v.guidance).toContain(en('step.calm.g1'));
    expect(v.sayLabel).toBe(en('view.say_instead'));
    expect(v.customerLanguage).toBe(translate('en', 'view.customer_language', { language: 'Norsk bokmål' }));
  });

  it('can be chosen at start', () => {
    const s = startSession(
      {
        id: 's2',
        agentId: 'a1',
        teamId: null,
        surface: 'test',
        kind: 'insult',
        channel: 'phone',
        locale: 'nb',
        customerLocale: 'en',
        limits,
        customer: null,
      },
      T0,
    ).session;
    const v = viewSession(s, T0);
    expect(v.say).toContain(en('say.calm.repeat'));
    expect(v.guidance).toContain(translate('nb', 'step.calm.g1'));
  });
});
