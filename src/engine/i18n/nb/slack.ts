/** Norwegian bokmål: the Slack adapter (slash commands, modals, App Home, escalation channel). Same keys as ../en/slack.ts. */
import type { slack as en } from '../en/slack.ts';
import type { TranslationOf } from '../shape.ts';

export const slack = {
  'slack.usage':
    '*/complaint* åpner et kort skjema for en vanskelig henvendelse (du kan legge til kundereferansen og hva kunden sa: `/complaint jane@example.com banner hele tiden`).\n*/complaint <kind> [channel] [reference]* starter med en gang; typer: {kinds}; kanaler: {channels}.\n*/complaint help* viser denne teksten. */limits* setter de personlige grensene dine. Veiledningen kommer i direktemeldingene dine med Holdline.',
  'slack.unknown_subcommand': 'Jeg kjenner ikke til «{input}».',
  'slack.start.title': 'Vanskelig henvendelse',
  'slack.start.submit': 'Start veiledning',
  'slack.cancel': 'Avbryt',
  'slack.start.kind': 'Hva gjør kunden?',
  'slack.start.channel': 'Hvordan tar de kontakt?',
  'slack.start.reference': 'Kundereferanse (e-post, telefon eller konto-ID)',
  'slack.start.reference_hint':
    'Valgfritt. Holdline lagrer bare en nøkkelbasert hash og et maskert hint, aldri selve referansen.',
  'slack.start.said': 'Hva de sa',
  'slack.start.said_hint': 'Valgfritt. Brukes bare i dette steget og lagres aldri.',
  'slack.limits.submit': 'Lagre',
  'slack.limits.invalid': 'Skriv et helt tall fra {min} til {max}.',
  'slack.select.supervisor': 'Jeg trenger en teamleder…',
  'slack.select.close': 'Lukk med utfall…',
  'slack.select.complexity': 'Hvor sammensatt problemet er…',
  'slack.unknown_action':
    'Holdline kjenner ikke den knappen (den kan være fra en eldre melding). Bruk knappene i den nyeste Holdline-meldingen din, eller skriv /complaint help.',
  'slack.bad_value': 'Holdline kunne ikke lese den knappen. Bruk knappene i den nyeste Holdline-meldingen din.',
  'slack.escalation_unconfigured':
    'Holdline kunne ikke sende dette til en teamleder: ingen eskaleringskanal er satt opp. Si ifra til teamlederen din direkte nå.',
  'slack.home.title': 'Holdline',
  'slack.home.limits': '*Dine personlige grenser*\n{limits}',
  'slack.home.open':
    '*Den åpne økten din*\n{header}, startet {time}: {title}. Veiledningen ligger i direktemeldingene dine med Holdline.',
  'slack.home.none_open': '*Ingen åpen økt.* Skriv /complaint når en henvendelse blir vanskelig.',
  'slack.home.recent': '*Nylige økter*',
  'slack.home.recent_item': '{time} · {header} · {outcome}',
  'slack.home.no_recent': 'Ingen økter ennå.',
  'slack.home.still_open': 'åpen',
  'slack.page.acknowledge': 'Bekreft',
  'slack.page.take_over': 'Overta',
  'slack.page.take_done': 'Du har tatt over. {agent} har fått beskjed.',
} as const satisfies TranslationOf<typeof en>;
