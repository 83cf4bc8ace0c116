/** Norwegian bokmål: customer flags (field guide §5). Same keys as ../en/flags.ts. */
import type { flags as en } from '../en/flags.ts';
import type { TranslationOf } from '../shape.ts';

export const flags = {
  'flags.kind.vulgarity': 'vulgært språk',
  'flags.kind.insult': 'fornærmelser',
  'flags.kind.legal_threat': 'trussel om rettslige skritt',
  'flags.kind.physical_threat': 'trussel om vold',
  'flags.kind.hostility': 'aggresjon',
  'flags.prior': 'Obs: denne kunden er flagget {total} gang(er) i tidligere henvendelser: {kinds}.',
  'flags.prior_kind': '{kind} ×{count} (sist {date}, {team})',
  'flags.team': 'team {team}',
  'flags.no_team': 'uten team',
  'flags.action': 'Flagg kunden',
  'flags.pick_kind': 'Hva skal kunden flagges for?',
  'flags.note_prompt': 'En kort merknad til teamlederne (maks 280 tegn), eller Enter for å hoppe over',
  'flags.already': 'Kunden er allerede flagget for {kind} i denne økten.',
  'flags.usage':
    'Bruk: holdline flags lookup <referanse> --by <person> | remove <flagg-id> --reason "…" --by <person> | export <referanse> --by <person> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  'flags.summary': 'Flagg: slå opp, fjern eller eksporter en kundes flagg (bare for teamledere)',
  'flags.none': 'Ingen gyldige flagg for {hint}.',
  'flags.lookup_header': '{count} gyldige flagg for {hint}:',
  'flags.lookup_line': '{id}  {kind}  {date}  av {agent} ({team}), økt {session}, utløper {expires}',
  'flags.lookup_note': '    merknad: {note}',
  'flags.removed': 'Flagg {id} er fjernet. Fjerningen og begrunnelsen er lagret i revisjonsloggen.',
  'flags.purged': '{count} utløpte flagg er slettet.',
  'error.no_customer':
    'Denne økten har ingen kundereferanse, så det er ingen å flagge. Start neste økt med en referanse.',
  'error.not_supervisor':
    'Bare en teamleder kan slå opp, fjerne eller eksportere kundeflagg. Spør teamlederen din hvis du trenger dette.',
  'error.flag_not_found': 'Det finnes ikke noe flagg med den ID-en (det kan ha utløpt eller blitt fjernet).',
  'error.reason_required': 'Oppgi en begrunnelse for å fjerne flagget (--reason "…"); den lagres i revisjonsloggen.',
  'error.bad_reference': 'Det er ikke en kundereferanse. Oppgi en e-postadresse, et telefonnummer eller en konto-ID.',
  'error.bad_flag_kind': 'Ukjent flaggtype. Bruk en av disse: {kinds}.',
} as const satisfies TranslationOf<typeof en>;
