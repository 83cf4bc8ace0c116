/** Norwegian bokmål: decompression and check-ins on Discord. Same keys as ../en/discord-care.ts. */
import type { discordCare as en } from '../en/discord-care.ts';
import type { TranslationOf } from '../shape.ts';

export const discordCare = {
  'discord.cmd.checkin': 'Sjekk inn: hvordan har du det akkurat nå?',
  'discord.cmd.checkin.mood': 'Humøret ditt, fra 1 (elendig) til 5 (kjempebra)',
  'discord.cmd.checkin.visibility': 'Hvor det skal: teamkanalen med navnet ditt, anonymt, eller bare til deg',
  'discord.cmd.checkin.note': 'Ett ord eller en kort merknad (valgfritt, høyst 280 tegn)',
  'discord.cmd.holdline.digest': 'Teamets ukesoppsummering (bare for teamledere)',
  'discord.cmd.holdline.digest.week': 'ISO-uke, for eksempel 2026-W47 (standard: denne uka)',
  'discord.cmd.holdline.checkins': 'Dine siste humørsjekker (teamledere ser også teamets humør denne uka)',
  'discord.care.mood.1': '1 – elendig',
  'discord.care.mood.2': '2 – tungt',
  'discord.care.mood.3': '3 – greit',
  'discord.care.mood.4': '4 – bra',
  'discord.care.mood.5': '5 – kjempebra',
  'discord.care.checkin_offer':
    'Hvordan har du det? En rask humørsjekk hjelper teamet å passe på hverandre. (Valgfritt.)',
  'discord.care.checkin_button': 'Sjekk inn',
  'discord.care.checkin_title': 'Sjekk inn',
  'discord.care.mood_label': 'Hvordan har du det?',
  'discord.care.where_label': 'Hvor skal den?',
  'discord.care.note_label': 'Et ord eller en kort merknad (valgfritt)',
  'discord.care.note_placeholder': 'Høyst 280 tegn. Den skrives aldri til loggene.',
  'discord.care.help':
    'Når en henvendelse er avsluttet, tilbyr jeg et pusterom, en prat med noen eller en kort pause (alt er valgfritt). /checkin forteller teamet hvordan du har det (med navn, anonymt eller bare for deg); /holdline checkins viser dine siste humørsjekker; teamledere kan lese ukesoppsummeringen med /holdline digest.',
  'discord.care.history_title': 'Dine siste humørsjekker:',
  'discord.care.history_none':
    'Du har ingen humørsjekker med navn eller private humørsjekker ennå. Anonyme humørsjekker lagres ikke med navnet ditt, så de kan ikke vises.',
  'discord.care.history_line': '{day}: humør {mood}/5 ({where})',
  'discord.care.visibility.named': 'med navnet ditt',
  'discord.care.visibility.private': 'bare deg',
  'discord.care.trend_title': 'Teamets humør denne uka ({week}):',
  'discord.care.digest_supervisors_only':
    'Bare en teamleder kan lese teamoppsummeringen. Dine egne humørsjekker finner du under /holdline checkins.',
} as const satisfies TranslationOf<typeof en>;
