import { describe, expect, it } from 'vitest';
import { languagesFor } from '../../src/engine/detector/bundles.ts';
import { detect, propose } from '../../src/engine/detector/index.ts';
import type { IncidentKind, Locale } from '../../src/engine/types.ts';

// Round 9 (issue #23). Every sentence here is written for this file, none is taken from a set.
const kindsOf = (text: string, locale: Locale): IncidentKind[] => detect(text, locale).kinds.map((k) => k.kind);

describe('language identification picks the lexicons', () => {
  it.each([
    ['en', 'aku tahu rumah kau kat mana, aku datang malam ni bawa parang', 'ms'],
    ['en', 'gue tau rumah lo dimana, gue bakal datang bawa golok', 'id'],
    ['tl', 'jeg vet hvor du bor, og jeg kommer med kniv i kveld', 'nb'],
    ['nb', 'alam ko kung saan ka nakatira, pupuntahan kita mamaya', 'tl'],
  ] as [Locale, string, Locale][])('under %s, "%s" runs the %s lexicon and pages at once', (locale, text, lang) => {
    expect(languagesFor(text, locale)).toContain(lang);
    const d = detect(text, locale);
    expect(d.kinds.map((k) => k.kind)).toContain('physical_threat');
    expect(d.autoEscalate).toBe(true);
  });

  it('runs Malay and Indonesian together when it cannot tell them apart', () => {
    const langs = languagesFor('terima kasih banyak', 'en');
    expect(langs.includes('ms') === langs.includes('id')).toBe(true);
  });
});

describe('figures of speech are not threats', () => {
  it.each([
    ['en', 'we were killing time at the station, is the shop still open?'],
    ['en', 'my phone battery went dead halfway through the call'],
    ['ms', 'bateri telefon saya mati masa tengah bercakap tadi'],
    ['id', 'capek setengah mati nunggu dari tadi, tolong dicek ya'],
    ['nb', 'mobilen min ble død midt i samtalen, kan dere ringe igjen?'],
    ['tl', 'patay na yung ilaw sa kalye namin, kailan kayo pupunta?'],
    ['en', 'does your app have The Dead Zone? my dad wants to watch it'],
    ['en', 'my toddler says he will "destroy" the tablet if it freezes again lol'],
  ] as [Locale, string][])('%s: %s gives nothing', (locale, text) => {
    expect(kindsOf(text, locale)).toEqual([]);
  });
});

describe('the page-at-once tier', () => {
  it.each([
    ['en', 'my uncle says he will punch the courier if he turns up again'],
    ['id', 'tetangga saya bilang dia mau mukulin kurirnya kalau datang lagi'],
    ['en', 'two years ago I threw a chair at the counter over the same thing'],
    ['en', 'you better hope I never see you outside'],
  ] as [Locale, string][])('%s: %s is proposed as a physical threat, never paged', (locale, text) => {
    const d = detect(text, locale);
    expect(d.kinds.map((k) => k.kind)).toContain('physical_threat');
    expect(d.autoEscalate).toBe(false);
    expect(propose(d).threat).toBe('proposed');
  });

  it('a quote the agent types after "caller said:" is the customer speaking: it pages', () => {
    const d = detect('caller said: "I will come to your office tomorrow and smash every window"', 'en');
    expect(d.autoEscalate).toBe(true);
  });

  it('a first-person threat against staff with a target pages at once', () => {
    expect(detect('if my card is still blocked tomorrow I will come in and punch the cashier', 'en').autoEscalate).toBe(
      true,
    );
  });
});

describe('legal threats, compliments', () => {
  it.each([
    ['en', "I'm not taking legal action or anything, please just sort it"],
    ['en', 'my brother is taking his landlord to court, which statements does he need?'],
    ['ms', 'adik saya nak saman majikan dia, dia perlukan penyata bank'],
    ['en', "could I have your manager's name? you have been fantastic today"],
    ['id', 'boleh minta nama atasan kakak? saya mau kasih pujian'],
  ] as [Locale, string][])('%s: %s gives nothing', (locale, text) => {
    expect(kindsOf(text, locale)).toEqual([]);
  });

  it('"you\'ll see" beside a lawyer is a legal threat, not a physical one', () => {
    expect(kindsOf("you'll see. my solicitor will be in touch by friday", 'en')).toEqual(['legal_threat']);
  });
});

// Round 10. Sentences written for this file, none taken from a set.
describe('round 10: agent notes, strangers, laughter', () => {
  it.each([
    ['en', 'Agent note: cust said "I\'ll be waiting by your car when you clock off, and you won\'t drive home"'],
    ['en', 'Cust stated he would "come to the branch and break the cashier\'s nose". Said it twice.'],
    ['tl', 'Note ng agent: sumigaw ang caller "pupuntahan kita sa opisina, bubugbugin kita"'],
  ] as [Locale, string][])(
    "%s: a quote after an agent note naming the customer is the customer's threat: %s",
    (locale, text) => {
      expect(kindsOf(text, locale)).toContain('physical_threat');
    },
  );

  it.each([
    ['en', "one of the other customers in the queue said he'd smash your window if it happened again"],
    ['ms', 'ada makcik kat kaunter tadi menjerit nak tumbuk staf kaunter'],
    ['nb', 'en mann i køen ropte at han skulle slå ned vakta'],
    ['tl', 'may lalaki sa pila na sumisigaw na sasaktan niya yung guard'],
  ] as [Locale, string][])('%s: a stranger the customer tells of is proposed, never paged: %s', (locale, text) => {
    expect(detect(text, locale).autoEscalate).toBe(false);
  });

  it.each([
    ['id', 'awas ya, besok saya borong semua kuenya haha'],
    ['tl', 'pinatay ako sa kakatawa ng video niyo haha, magkano po yung promo?'],
    ['en', 'the courier said to hit the doorbell twice, nobody answered'],
  ] as [Locale, string][])('%s: laughter, a laughing idiom or an instruction is no threat: %s', (locale, text) => {
    expect(kindsOf(text, locale)).not.toContain('physical_threat');
    expect(detect(text, locale).autoEscalate).toBe(false);
  });

  it('under a Norwegian interface, "viss" (dialect "if") keeps a conditional threat alive', () => {
    expect(kindsOf('viss eg ikkje får pengane mine kjem eg og slår deg ned', 'nb')).toContain('physical_threat');
  });
});

describe('round 10: insults and hostility without swearing', () => {
  it.each([
    ['en', 'you lot are a bunch of crooks, every one of you'],
    ['en', 'I refuse to deal with a temp who can not even spell my name'],
    ['ms', 'korang semua penipu, dari kaunter sampai ke bos'],
    ['id', 'dasar lemot, dari tadi nggak ada jawaban'],
    ['nb', 'dere er noen udugelige amatører hele gjengen'],
    ['tl', 'mga inutil kayo, walang natapos kahit isa'],
  ] as [Locale, string][])('%s: an insult noun said of the people addressed: %s', (locale, text) => {
    expect(kindsOf(text, locale)).toContain('insult');
  });

  it.each([
    ['en', 'Ten days. TEN DAYS. Still no engineer.'],
    ['en', 'hello, is anybody actually listening to me'],
    ['ms', 'awak dengar ke tak apa saya cakap dari tadi'],
    ['id', 'kalian sengaja kan biar saya capek sendiri'],
    ['nb', 'hører dere i det hele tatt etter hva jeg sier'],
    ['tl', 'nakikinig ka ba sa sinasabi ko'],
  ] as [Locale, string][])('%s: hostility without swearing: %s', (locale, text) => {
    expect(kindsOf(text, locale)).toEqual(['hostile']);
  });
});

describe('round 10: hard negatives', () => {
  it.each([
    ['en', "I'm not going to complain to anyone or take you to court, I only want the refund date"],
    ['tl', 'hindi po ako magdedemanda o magrereklamo kahit saan, gusto ko lang malaman ang status'],
    ['en', 'my sister yelled "I will sue you all" at her landlord, nothing to do with you, just need my bill'],
    ['en', 'could you shoot me a text when the engineer is on the way?'],
    ['en', 'be careful near the loading bay, the floor is really slippery after the rain'],
    ['id', 'hati-hati ya Pak, jalan depan gudang licin banget habis hujan'],
    ['nb', 'kan du slå sammen de to regningene mine?'],
  ] as [Locale, string][])('%s: no kind: %s', (locale, text) => {
    expect(kindsOf(text, locale)).toEqual([]);
  });

  it('"…or I\'ll sue" after a negation is still a condition', () => {
    expect(kindsOf("don't ignore this again or I'll sue you", 'en')).toContain('legal_threat');
  });
});

describe('round 10: physical threats the rules now read', () => {
  it.each([
    ['en', "sort my claim today or I'll put your branch manager through the front window"],
    ['ms', 'aku siram petrol kat pejabat tu lepas tu aku bakar'],
    ['id', 'besok gue tonjok muka manajer kalian'],
    ['nb', 'jeg kommer og brekker armen din i morgen'],
    ['tl', 'babalian kita ng buto pag hindi mo inayos to'],
  ] as [Locale, string][])('%s: a first-person threat pages at once: %s', (locale, text) => {
    const d = detect(text, locale);
    expect(d.kinds.map((k) => k.kind)).toContain('physical_threat');
    expect(d.autoEscalate).toBe(true);
  });
});
