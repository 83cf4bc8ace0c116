/** Norwegian bokmål, who may do what. Same keys as ../en/access.ts. */
import type { access as en } from '../en/access.ts';
import type { TranslationOf } from '../shape.ts';

export const access = {
  'audit.summary': 'Hvem som slo opp, eksporterte eller fjernet flagg og svarte på varsler, nyeste først.',
  'audit.usage': 'Bruk: holdline audit [--days N] [--by <person>]',
  'audit.none': 'Ingen revisjonsposter de siste {days} dagene.',
  'error.page_elsewhere':
    'Dette varselet ble ikke sendt til terminalen. Terminalen svarer bare på sine egne varsler, som terminalleder (console:…); svar på dette der det ble sendt.',
  'error.not_a_member':
    'Holdline er bare for dem som står i teamfilen, og du står ikke der ennå. Be {who} om å legge deg til.',
  'slack.care.not_yours':
    'Disse knappene hører til et tilbud til noen andre (eller et eldre tilbud). Din egen humørsjekk er alltid bare en /checkin unna.',
  'discord.care.not_yours':
    'Disse knappene hører til et tilbud til noen andre (eller et eldre tilbud). Din egen humørsjekk er alltid bare en /checkin unna.',
  'slack.workspace_not_allowed':
    'Holdline er ikke slått på for dette Slack-arbeidsområdet. Be Holdline-administratoren deres om å legge det til.',
  'slack.guest_not_allowed':
    'Gjestekontoer kan ikke bruke Holdline i dette arbeidsområdet. Be Slack-administratoren deres om en full konto, eller Holdline-administratoren om å slippe inn gjester.',
  'discord.guild_not_allowed':
    'Holdline er ikke slått på for denne serveren. Be Holdline-administratoren deres om å legge den til.',
  'discord.dm_not_member':
    'Holdline-kommandoer i direktemeldinger er bare for medlemmer av serverne Holdline betjener, og jeg finner deg ikke i noen av dem. Bruk kommandoen på teamets server, eller spør Holdline-administratoren deres.',
  'pepper.summary': 'Bytt FLAG_PEPPER: nøkle om alle lagrede kundenøkler og bidragsytertokener (administratorer)',
  'pepper.usage':
    'Bruk: holdline pepper rotate --from-env GAMMEL_VAR --to-env NY_VAR --by <administrator> (begge pepperne leses fra miljøvariablene du nevner, aldri fra kommandolinjen)',
  'pepper.missing':
    'Sett begge pepperne i miljøet først: {from} (den nåværende) og {to} (den nye), hver på minst 16 tegn.',
  'pepper.same': 'Den gamle og den nye pepperen er like; ingenting å bytte.',
  'pepper.not_admin':
    '{by} kan ikke bytte pepperen: det berører alle teams data, så bare en administrator (admins: i teamfilen, eller HOLDLINE_SUPERVISORS) kan det.',
  'pepper.wrong_from': 'Pepperen i {from} er ikke den denne databasen bruker; ingenting ble endret.',
  'pepper.rotated':
    'Ferdig: nøklet om {flags} flagg, {sessions} økter og {contributors} bidragsytertokener. Nytt fingeravtrykk {fingerprint}. Start alle instanser med FLAG_PEPPER satt til verdien i {env}.',
  'pepper.no_fingerprint':
    'Denne databasen har ikke registrert pepperen sin ennå, så pepperen i {from} kan ikke sjekkes. Start Holdline (eller kjør en holdline flags-kommando) én gang med nåværende FLAG_PEPPER, og bytt deretter.',
} as const satisfies TranslationOf<typeof en>;
