/** Norwegian bokmål: the Discord adapter (slash commands, buttons, modal, DM pointers). Same keys as ../en/discord.ts. */
import type { discord as en } from '../en/discord.ts';
import type { TranslationOf } from '../shape.ts';

export const discord = {
  'discord.cmd.complaint': 'Få veiledning steg for steg i en vanskelig henvendelse',
  'discord.cmd.complaint.kind': 'Hva gjør kunden?',
  'discord.cmd.complaint.customer':
    'Kundereferanse (e-post, telefon eller konto-ID); lagres bare som en nøkkelbasert hash',
  'discord.cmd.complaint.channel': 'Hvordan tar kunden kontakt?',
  'discord.cmd.complaint.said': 'Hva de sa (valgfritt; lengden sjekkes, lagres aldri)',
  'discord.cmd.limits': 'Se og sett de personlige grensene dine',
  'discord.cmd.holdline': 'Holdline',
  'discord.cmd.holdline.help': 'Slik fungerer Holdline på Discord',
  'discord.started_dm': 'Veiledningen din ligger i direktemeldingene dine med meg: {link}',
  'discord.resumed_dm': 'Du har allerede en åpen økt; den fortsetter i direktemeldingene dine: {link}',
  'discord.cannot_dm':
    'Jeg kan ikke sende deg direktemeldinger, og lange henvendelser fortsetter der. Tillat direktemeldinger fra servermedlemmer (personverninnstillinger), og prøv /complaint igjen.',
  'discord.bad_option': 'Alternativet «{option}» mangler eller er ikke en av verdiene som tilbys. Velg fra listen.',
  'discord.unknown_button':
    'Jeg kjenner ikke igjen den knappen. Den kan være fra en eldre versjon av Holdline; bruk /complaint for å starte på nytt.',
  'discord.unknown_command': 'Jeg kjenner ikke den kommandoen. Skriv /holdline help for å se hva jeg kan gjøre.',
  'discord.malformed': 'Forespørselen kom ufullstendig fram, så ingenting ble gjort. Prøv igjen.',
  'discord.back': 'Tilbake',
  'discord.pick_reason': 'Hvorfor trenger du en teamleder?',
  'discord.pick_outcome': 'Hvordan endte henvendelsen?',
  'discord.limits.problem': '{field}: skriv et helt tall fra {min} til {max}.',
  'discord.limits.problems': 'Grensene dine ble ikke lagret:',
  'discord.limits.edit_again': 'Endre grensene mine',
  'discord.no_escalation_channel':
    'Ingen eskaleringskanal er satt opp for Discord, så dette ble IKKE sendt til noen: {what}. Si ifra til teamlederen din direkte.',
  'discord.help':
    '/complaint starter veiledning i en vanskelig henvendelse: velg hva kunden gjør, hvordan de tar kontakt og referansen deres. Stegene kommer i direktemeldingene dine, med knapper for hvert valg og for: kunden blir verre eller roligere, jeg trenger en teamleder, de truet med vold eller rettslige skritt, og lukk. /limits setter de personlige grensene dine (tid, aggresjon, kompleksitet). Varsler og trusselrapporter går til teamets eskaleringskanal.',
  'discord.page.ack': 'Bekreft',
  'discord.page.take': 'Overta',
  'discord.page.outcome': 'Holdline-varsel for {agent}',
  'discord.page.taken': 'Du har tatt over. {agent} har fått beskjed om at du kommer.',
} as const satisfies TranslationOf<typeof en>;
