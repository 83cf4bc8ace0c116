import { describe, expect, it } from 'vitest';
import { detect, primaryKind, propose } from '../../src/engine/detector/index.ts';
import type { IncidentKind, Locale } from '../../src/engine/types.ts';

const kindsOf = (text: string, locale: Locale): IncidentKind[] => detect(text, locale).kinds.map((k) => k.kind);

/** One clear example of every kind in every language. */
const EXAMPLES: Record<Locale, Record<IncidentKind, string>> = {
  en: {
    physical_threat: "he said he knows where I live and he'll be waiting for me",
    legal_threat: "I'm going to sue the lot of you",
    vulgarity: 'this fucking website again',
    insult: "you're a complete idiot",
    supervisor_request: 'put me through to your manager',
    hostile: 'worst customer service on the planet',
  },
  ms: {
    physical_threat: 'aku tahu mana kau tinggal',
    legal_threat: 'saya akan saman syarikat ni',
    vulgarity: 'celaka, rosak lagi',
    insult: 'kau ni memang bodoh',
    supervisor_request: 'saya nak cakap dengan pengurus',
    hostile: 'perkhidmatan paling teruk',
  },
  id: {
    physical_threat: 'gue tahu rumah lo',
    legal_threat: 'saya akan lapor polisi',
    vulgarity: 'bangsat, error lagi',
    insult: 'dasar goblok',
    supervisor_request: 'saya mau bicara dengan atasan anda',
    hostile: 'pelayanan kalian buruk sekali',
  },
  nb: {
    physical_threat: 'jeg vet hvor du bor',
    legal_threat: 'vi sees i retten',
    vulgarity: 'faen, ikke igjen',
    insult: 'din idiot',
    supervisor_request: 'jeg vil snakke med sjefen din',
    hostile: 'dette er helt latterlig',
  },
  tl: {
    physical_threat: 'alam ko kung saan ka nakatira',
    legal_threat: 'idedemanda kita',
    vulgarity: 'punyeta, sira na naman',
    insult: 'bobo ka ba?',
    supervisor_request: 'gusto kong kausapin ang manager nyo',
    hostile: 'ang pangit ng serbisyo nyo',
  },
};

describe('detect: every kind in every language', () => {
  for (const [locale, byKind] of Object.entries(EXAMPLES) as [Locale, Record<IncidentKind, string>][]) {
    for (const [kind, text] of Object.entries(byKind) as [IncidentKind, string][]) {
      it(`${locale} ${kind}: ${text}`, () => {
        const d = detect(text, locale);
        expect(d.kinds.map((k) => k.kind)).toContain(kind);
        expect(primaryKind(d)).toBe(kind);
        const score = d.kinds.find((k) => k.kind === kind);
        expect(score?.confidence).toBeGreaterThanOrEqual(0.5);
        expect(score?.confidence).toBeLessThanOrEqual(1);
      });
    }
  }
});

describe('hard negatives', () => {
  const cases: [Locale, string][] = [
    ['en', 'My assistant said the classic edition is out of stock'],
    ['en', 'I was reading Dickens in the Scunthorpe branch queue'],
    ['en', "I'm really disappointed, this is the third late delivery"],
    ['en', "I'll be waiting for your call"],
    ['en', 'Sue from billing sorted it last time'],
    ['en', 'My manager asked me to ring about the company account'],
    ['ms', 'saya kena saman trafik semalam'],
    ['ms', 'makanan anjing saya tak sampai lagi'],
    ['ms', 'cuma nak tahu bila saya boleh tinggal pesanan'],
    ['id', 'ATM di anjungan tunai mandiri rusak'],
    ['id', 'saya menuntut penjelasan atas tagihan ini'],
    ['id', 'apakah produk ini mengandung babi?'],
    ['nb', 'det er en feil i driften av nettsiden'],
    ['nb', 'jeg vet hvor feilen er, det er på fakturasiden'],
    ['tl', 'masarap ang leche flan at putahe nyo'],
    ['tl', 'mali ang computation ng bill, potato chips ang order ko'],
    // Everyday phrases that share words with threats.
    ['en', 'the courier is coming for me at 5'],
    ['en', 'my back is killing me after waiting on hold'],
    ['en', 'I could kill for a coffee right now'],
    ['ms', 'saya bekerja di mahkamah'],
    ['ms', 'saya tunggu awak kat luar pejabat pos, bawa dokumen ya'],
    ['id', 'saya kerja di pengadilan negeri'],
    ['nb', 'jeg tar deg på ordet'],
  ];
  for (const [locale, text] of cases) {
    it(`${locale}: ${text}`, () => {
      const d = detect(text, locale);
      expect(d.kinds).toEqual([]);
      expect(d.evidence).toEqual([]);
      expect(primaryKind(d)).toBeNull();
    });
  }

  // Known cost of the learned component (round 7): these share their words with threats the model
  // was trained on ("I'll find you", "finner deg", "nasaktan"), so it may propose a physical threat
  // (the round-7 model proposed all four; round 8's, trained on more text, no longer proposes the
  // Tagalog one). The rules alone are below the auto tier, so nobody is paged: at most the agent sees
  // a suggestion and corrects it.
  const proposedOnly: [Locale, string][] = [
    ['en', "I'll find you a better time slot, don't worry"],
    ['id', 'saya akan cari kamu di luar loket'],
    ['nb', 'jeg finner deg i systemet'],
    ['tl', 'nasaktan ako sa sinabi mo'],
  ];
  for (const [locale, text] of proposedOnly) {
    it(`${locale}: ${text} is at most proposed as a physical threat, never paged`, () => {
      const d = detect(text, locale);
      expect(d.kinds.map((k) => k.kind).filter((k) => k !== 'physical_threat')).toEqual([]);
      expect(d.autoEscalate).toBe(false);
      expect(propose(d)).toEqual(
        d.kinds.length === 0
          ? { suggested: null, start: null, threat: null }
          : { suggested: 'physical_threat', start: null, threat: 'proposed' },
      );
      // Evidence points at whole words of the input.
      for (const e of d.evidence) expect(text.slice(e.start, e.end)).toMatch(/^[\p{L}']+(?: [\p{L}']+)*$/u);
    });
  }
});

describe('two tiers for physical threats', () => {
  it.each([
    ['en', "I'm going to kill you"],
    ['en', 'he said he knows where the store is and he will be waiting for me'],
    ['ms', 'aku tahu mana kau tinggal'],
    ['nb', 'jeg vet hvor du bor'],
  ] as [Locale, string][])('%s: %s pages at once (rules and model agree)', (locale, text) => {
    const d = detect(text, locale);
    expect(d.autoEscalate).toBe(true);
    expect(propose(d)).toEqual({ suggested: 'physical_threat', start: 'physical_threat', threat: 'auto' });
  });

  it('a veiled threat only the model finds is proposed, with its strongest word as evidence', () => {
    const text = 'accidents happen';
    const d = detect(text, 'en');
    expect(d.kinds.map((k) => k.kind)).toEqual(['physical_threat']);
    expect(d.autoEscalate).toBe(false);
    // The one or two words that pulled hardest (the round-10 model also names "happen").
    expect(d.evidence.map((e) => text.slice(e.start, e.end))[0]).toBe('accidents');
    expect(propose(d).threat).toBe('proposed');
  });

  it('a proposed threat beside another kind runs that kind while the threat is suggested', () => {
    const d = {
      kinds: [
        { kind: 'physical_threat' as const, confidence: 0.7 },
        { kind: 'insult' as const, confidence: 0.9 },
      ],
      autoEscalate: false,
    };
    expect(propose(d)).toEqual({ suggested: 'physical_threat', start: 'insult', threat: 'proposed' });
  });

  it('the suggestion and the playbook agree: safety priority, not the highest confidence', () => {
    const d = {
      kinds: [
        { kind: 'vulgarity' as const, confidence: 0.85 },
        { kind: 'physical_threat' as const, confidence: 0.65 },
      ],
      autoEscalate: true,
    };
    expect(propose(d)).toEqual({ suggested: 'physical_threat', start: 'physical_threat', threat: 'auto' });
    expect(
      propose({
        kinds: [
          { kind: 'vulgarity', confidence: 0.85 },
          { kind: 'insult', confidence: 0.6 },
        ],
      }),
    ).toEqual({
      suggested: 'insult',
      start: 'insult',
      threat: null,
    });
  });
});

describe('negation and quoting', () => {
  it.each([
    ['en', "I'm not going to sue, I just want my money back"],
    ['en', "I never said I'd hurt anyone"],
    ['en', "I don't need a supervisor, just fix the address"],
    ['en', "the last agent said 'see you in court' as a joke"],
    ['ms', 'saya tak akan saman sesiapa'],
    ['id', 'saya tidak akan menuntut siapa pun'],
    ['nb', 'jeg skal ikke saksøke noen'],
    ['tl', 'hindi ko kayo idedemanda'],
  ] as [Locale, string][])('%s: %s gives nothing', (locale, text) => {
    expect(kindsOf(text, locale)).toEqual([]);
  });

  it.each([
    ['en', "If you don't refund me by Friday I'll sue", 'legal_threat'],
    ['en', "I'm not threatening you, but I know where you work", 'physical_threat'],
    ['en', "I won't hurt you if you give me my refund", 'physical_threat'],
    ['ms', 'bukan nak ugut, tapi aku tahu mana kau tinggal', 'physical_threat'],
    ['nb', 'jeg truer ikke, men jeg vet hvor du bor', 'physical_threat'],
    ['tl', 'hindi kita tinatakot, pero alam ko kung saan ka nakatira', 'physical_threat'],
  ] as [Locale, string, IncidentKind][])('%s: %s keeps %s', (locale, text, kind) => {
    expect(kindsOf(text, locale)).toContain(kind);
  });
});

describe('evidence offsets', () => {
  it('points at the matched phrases in the original text', () => {
    const text = "He said he KNOWS where the store is and he'll be waiting for me!!";
    const d = detect(text, 'en');
    expect(primaryKind(d)).toBe('physical_threat');
    expect(d.evidence.map((e) => [e.kind, text.slice(e.start, e.end)])).toEqual([
      ['physical_threat', 'KNOWS where the store is'],
      ['physical_threat', 'be waiting for me'],
    ]);
  });

  it('maps through diacritics, repeated letters and leetspeak', () => {
    const text = 'Jeg skal saksøke dere, din jææævla idiot. Also sh1t service, fuuuuck';
    const d = detect(text, 'nb');
    const slices = d.evidence.map((e) => `${e.kind}:${text.slice(e.start, e.end)}`);
    expect(slices).toContain('legal_threat:saksøke');
    expect(slices).toContain('insult:din jææævla idiot');
    expect(slices).toContain('vulgarity:jææævla');
    expect(slices).toContain('vulgarity:sh1t');
    expect(slices).toContain('vulgarity:fuuuuck');
  });

  it('widens an obscenity match to the whole word', () => {
    const text = 'this fucking app';
    const [e] = detect(text, 'en').evidence;
    expect(e).toEqual({ start: 5, end: 12, kind: 'vulgarity' });
  });
});

describe('ranking and primaryKind', () => {
  it('ranks by confidence and proposes physical_threat above everything', () => {
    const d = detect('you stupid bitch, see you in court, and I know where you live', 'en');
    expect(d.kinds.map((k) => k.kind).sort()).toEqual(['insult', 'legal_threat', 'physical_threat', 'vulgarity']);
    for (let i = 1; i < d.kinds.length; i++) {
      expect(d.kinds[i - 1]?.confidence).toBeGreaterThanOrEqual(d.kinds[i]?.confidence ?? 0);
    }
    expect(primaryKind(d)).toBe('physical_threat');
  });

  it('follows legal > supervisor > insult > vulgarity > hostile', () => {
    expect(primaryKind(detect('get me your manager, you idiot, or I will sue', 'en'))).toBe('legal_threat');
    expect(primaryKind(detect('you idiot, get me your manager', 'en'))).toBe('supervisor_request');
    expect(primaryKind(detect('you fucking idiot', 'en'))).toBe('insult');
    expect(primaryKind(detect('this shit again', 'en'))).toBe('vulgarity');
  });

  it('reports hostile only when nothing else is found', () => {
    expect(kindsOf('THIS IS THE WORST SERVICE EVER', 'en')).toEqual(['hostile']);
    expect(kindsOf('THIS IS A SCAM AND I WILL SUE YOU', 'en')).toEqual(['legal_threat']);
  });

  it('returns nothing for an empty message', () => {
    expect(detect('', 'en')).toEqual({ kinds: [], evidence: [], autoEscalate: false });
  });
});
