/** Norwegian bokmål: /flag and /language in the chat adapters. Same keys as ../en/chat-flags.ts. */
import type { chatFlags as en } from '../en/chat-flags.ts';
import type { TranslationOf } from '../shape.ts';

export const chatFlags = {
  'chat.flag.usage':
    '*/flag <type> [merknad]* flagger kunden i den åpne økten din. Typer: {kinds}. Merknaden (maks {max} tegn) er bare for teamledere.\nTeamledere: */flag lookup <kundereferanse>* viser en kundes flagg med merknader; */flag remove <flagg-id> <begrunnelse>* fjerner ett.',
  'chat.flag.no_session':
    'Du har ingen åpen økt, så det er ingen kunde å flagge. Flagg mens henvendelsen pågår, før du avslutter økten.',
  'chat.flag.done': 'Kunden er flagget for {kind}. Neste medarbeider som får kunden, blir varslet.',
  'chat.flag.done_note': 'Merknaden din er bare synlig for teamledere.',
  'chat.flag.lookup_usage': 'Oppgi kundereferansen: /flag lookup <e-post, telefon eller kundenummer>.',
  'chat.flag.remove_usage':
    'Oppgi flagg-id og en begrunnelse: /flag remove <flagg-id> <begrunnelse>. Begrunnelsen lagres i revisjonsloggen.',
  'chat.flag.lookup_header': '{count} gyldige flagg for {hint}: {kinds}.',
  'chat.flag.kind_count': '{kind} ×{count}',
  'chat.flag.lookup_line': '{kind} · {date} · {team} · id {id}',
  'chat.flag.lookup_note': 'Merknad: {note}',
  'chat.flag.more': 'Og {count} eldre flagg som ikke vises her.',
  'chat.language.current':
    'Språket ditt: {language} ({how}). Valg: {choices}. Skriv /language <kode> for å bytte, /language auto for å gå tilbake til automatisk.',
  'chat.language.own': 'ditt eget valg',
  'chat.language.automatic': 'automatisk',
  'discord.cmd.flag': 'Flagg kunden i den åpne økten din; teamledere kan slå opp og fjerne flagg',
  'discord.cmd.flag.add': 'Flagg kunden i den åpne økten din',
  'discord.cmd.flag.kind': 'Hva gjorde kunden?',
  'discord.cmd.flag.note': 'En kort merknad bare for teamledere (valgfritt)',
  'discord.cmd.flag.lookup': 'En kundes flagg med merknader (bare for teamledere)',
  'discord.cmd.flag.customer': 'Kundereferanse (e-post, telefon eller kundenummer); lagres aldri i klartekst',
  'discord.cmd.flag.remove': 'Fjern et flagg; begrunnelsen lagres i revisjonsloggen (bare for teamledere)',
  'discord.cmd.flag.id': 'Flagg-id-en, fra /flag lookup',
  'discord.cmd.flag.reason': 'Hvorfor flagget fjernes',
  'discord.cmd.language': 'Se eller velg språket Holdline bruker med deg',
  'discord.cmd.language.code': 'Språket ditt, eller automatisk (Discord-språket ditt, ellers teamets standard)',
  'discord.cmd.language.auto': 'Automatisk',
} as const satisfies TranslationOf<typeof en>;
