/**
 * Terms a fluent-speaker review banned from a locale (issue 20), with the term to use instead and why.
 * `npm run i18n:check` fails when any translation still contains one (scripts/i18n-report.ts);
 * docs/glossary.md is the readable table of the same decisions.
 */
import type { Locale } from '../src/engine/types.ts';

export interface BannedTerm {
  readonly locale: Locale;
  readonly term: RegExp;
  readonly use: string;
  readonly reason: string;
}

const PAGE_IS_NOT_A_CALL = 'in a call centre a "call" is the customer’s phone call; a page is a request for help';

export const BANNED_TERMS: readonly BannedTerm[] = [
  { locale: 'en', term: /\(s\)/, use: 'a wording without a plural', reason: '"1 time(s)" reads as machine output' },
  { locale: 'en', term: /limit crossed/i, use: 'limit reached', reason: 'the page fires when the limit is reached' },
  // Malay
  {
    locale: 'ms',
    term: /\bpanggilan\b(?! telefon)|\bdipanggil\b/i,
    use: 'permintaan bantuan / dimaklumkan',
    reason: PAGE_IS_NOT_A_CALL,
  },
  {
    locale: 'ms',
    term: /laporan perasaan/i,
    use: 'semakan perasaan (button: Kongsi perasaan)',
    reason: 'a check-in is not a report',
  },
  { locale: 'ms', term: /\bkekasaran\b/i, use: 'keagresifan', reason: 'hostility, not coarseness' },
  {
    locale: 'ms',
    term: /berhenti mencarut/i,
    use: 'Saya mohon Tuan/Puan tidak menggunakan kata-kata kesat.',
    reason: 'too blunt for a customer',
  },
  { locale: 'ms', term: /pilihan terakhir/i, use: 'Ayat jalan terakhir', reason: 'last resort, not last choice' },
  { locale: 'ms', term: /semakin teruk/i, use: 'semakin marah', reason: 'the customer gets angrier, not "worse"' },
  {
    locale: 'ms',
    term: /mengugut keganasan|bertindak ganas/i,
    use: 'mengugut untuk mencederakan',
    reason: 'the natural phrase for a threat to hurt',
  },
  { locale: 'ms', term: /\bugutan\b/i, use: 'ancaman', reason: 'one word for threat throughout' },
  // Indonesian
  {
    locale: 'id',
    term: /\bpanggilan\b(?! telepon)|\bdipanggil\b/i,
    use: 'permintaan bantuan / diberi tahu',
    reason: PAGE_IS_NOT_A_CALL,
  },
  {
    locale: 'id',
    term: /\bkasar\b|\bkekasaran\b/i,
    use: 'kata-kata kotor (vulgarity), agresivitas / agresif (hostility)',
    reason: 'vulgarity, hostility and hostile were all "kasar"',
  },
  { locale: 'id', term: /rekan pendamping/i, use: 'kanal dukungan rekan kerja', reason: 'the peer-support channel' },
  {
    locale: 'id',
    term: /menuju ke sana/i,
    use: 'menuju ke tempat Anda / ke tempatnya',
    reason: '"there" from whose side?',
  },
  { locale: 'id', term: /\bmakian\b/i, use: 'pelecehan verbal', reason: 'abuse, not only swearing' },
  // Norwegian bokmål
  {
    locale: 'nb',
    term: /(?<![\p{L}-])leder(?:en|e|ne)?\b/iu,
    use: 'teamleder',
    reason: '"leder eller teamleder" read as two people',
  },
  { locale: 'nb', term: /fiendtlighet/i, use: 'aggresjon', reason: 'customers are aggressive, not hostile enemies' },
  { locale: 'nb', term: /innsjekk/i, use: 'humørsjekk / kanal for humørsjekk', reason: 'one term throughout' },
  { locale: 'nb', term: /vær så snill og slutt/i, use: 'Jeg må be deg om å …', reason: 'pleading, not firm' },
  { locale: 'nb', term: /gni det inn/i, use: 'ikke hovér', reason: 'the idiom Norwegians use' },
  // Tagalog
  {
    locale: 'tl',
    term: /\btawag\b(?! sa telepono)|\btinawag\b|\bnatawag\b/i,
    use: 'alerto / inalertuhan',
    reason: PAGE_IS_NOT_A_CALL,
  },
  { locale: 'tl', term: /babala bilang/i, use: 'Ito ang ika-{n} na babala', reason: 'the ordinal reads naturally' },
  { locale: 'tl', term: /\binako ni\b/i, use: 'Si {by} na ang humawak', reason: '"inako" reads as taking the blame' },
  {
    locale: 'tl',
    term: /makiramay/i,
    use: 'Umunawa, saka taos-pusong humingi ng paumanhin',
    reason: '"makiramay" is condolences',
  },
  { locale: 'tl', term: /dahil saan\?/i, use: 'Ano ang dahilan ng pag-flag?', reason: 'ungrammatical question' },
];

export interface BannedHit {
  readonly locale: Locale;
  readonly key: string;
  readonly found: string;
  readonly use: string;
}

/** Every translation that contains a banned term of its locale. */
export function bannedTermHits(
  catalogueOf: (locale: Locale) => Readonly<Record<string, string | undefined>>,
  terms: readonly BannedTerm[] = BANNED_TERMS,
): BannedHit[] {
  const hits: BannedHit[] = [];
  for (const t of terms)
    for (const [key, text] of Object.entries(catalogueOf(t.locale))) {
      const m = text === undefined ? null : t.term.exec(text);
      if (m) hits.push({ locale: t.locale, key, found: m[0], use: t.use });
    }
  return hits;
}
