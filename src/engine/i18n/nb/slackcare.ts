/** Norwegian bokmål: Slack decompression and check-ins. Same keys as ../en/slackcare.ts. */
import type { slackcare as en } from '../en/slackcare.ts';
import type { TranslationOf } from '../shape.ts';

export const slackcare = {
  'slack.care.checkin_offer': 'Hvordan har du det nå? En humørsjekk tar noen sekunder (valgfritt).',
  'slack.care.checkin_button': 'Sjekk inn',
  'slack.care.breathing_step': 'Steg {step} av {steps}',
  'slack.care.break_title': 'Kort pause',
  'slack.care.break_submit': 'Start pausen',
  'slack.checkin.title': 'Humørsjekk',
  'slack.checkin.submit': 'Send inn',
  'slack.checkin.mood': 'Hvordan har du det?',
  'slack.checkin.mood.1': '1 · elendig',
  'slack.checkin.mood.2': '2 · dårlig',
  'slack.checkin.mood.3': '3 · greit',
  'slack.checkin.mood.4': '4 · bra',
  'slack.checkin.mood.5': '5 · kjempebra',
  'slack.checkin.note_hint': 'Valgfritt. Skrives aldri til loggene.',
  'slack.holdline.title': '*/holdline*-kommandoer:',
  'slack.holdline.help_line': '*/holdline help*: denne listen.',
  'slack.holdline.digest_line':
    '*/holdline digest [week]*: teamets ukesoppsummering, for teamledere (uke som 2026-W47; denne uken hvis du ikke oppgir noen).',
  'slack.holdline.digest_refused': 'Bare teamlederne kan se ukesoppsummeringen.',
  'slack.holdline.checkin_line':
    '*/checkin*: fortell teamet hvordan du har det (med navn, anonymt eller bare for deg).',
  'slack.home.checkins': '*Dine siste humørsjekker*',
  'slack.home.no_checkins': 'Ingen humørsjekker ennå. Skriv /checkin for å fortelle teamet hvordan du har det.',
  'slack.home.checkin_item': '{time} · humør {mood}/5 · {where}',
  'slack.home.where.named': 'delt med navnet ditt',
  'slack.home.where.private': 'bare deg',
  'slack.home.team_mood': '*Teamets humør denne uken ({week})*',
} as const satisfies TranslationOf<typeof en>;
