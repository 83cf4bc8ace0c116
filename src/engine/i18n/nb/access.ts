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
} as const satisfies TranslationOf<typeof en>;
