/** Norwegian bokmål: paging supervisors (escalation policies, acknowledgements). Same keys as ../en/paging.ts. */
import type { paging as en } from '../en/paging.ts';
import type { TranslationOf } from '../shape.ts';

export const paging = {
  'notice.page_exhausted':
    'Ingen har bekreftet varselet ditt ennå, og alle nivåer er prøvd. Ring teamlederen din direkte.',
  'notice.page_no_policy':
    'Ingen teamleder er satt opp for teamet ditt i Holdline, så ingen kunne varsles. Ring teamlederen din direkte.',
  'notice.page_failing':
    'Varselet ditt kommer ikke fram til {surface} ({attempts} forsøk så langt). Holdline fortsetter å prøve; ring teamlederen din direkte.',
  'notice.page_failed':
    'Holdline klarte ikke å levere varselet ditt til {surface} og har sluttet å prøve. Ring teamlederen din direkte nå.',
  'page.renotify': 'Påminnelse {round}: fortsatt ikke bekreftet.',
  'page.level': 'Eskalert til nivå {level}: forrige nivå bekreftet ikke.',
  'page.level_renotify': 'Nivå {level}, påminnelse {round}: fortsatt ikke bekreftet.',
  'page.ack_hint': 'Bekreft: ack {escalation} <din id>',
  'page.update_acknowledged': 'Bekreftet av {by}.',
  'page.update_taken_over': 'Overtatt av {by}.',
  'page.update_exhausted': 'Ingen bekreftet dette varselet; alle nivåer er prøvd. Medarbeideren har fått beskjed.',
  'error.not_a_supervisor':
    'Bare en teamleder som står i denne eskaleringsplanen, kan bekrefte eller overta dette varselet.',
  'error.escalation_not_found': 'Ingen varsler passer med «{detail}». Sjekk ID-en som står på varselet.',
  'error.escalation_ambiguous': 'Mer enn ett varsel begynner med «{detail}». Skriv mer av ID-en.',
  'ack.done': 'Bekreftet. {agent} har fått beskjed om at du kommer.',
  'ack.already': 'Dette varselet er allerede besvart av {by}.',
  'console.ack_usage': 'Bruk: ack <varsel-id> <din teamleder-id>, f.eks. ack 3f2a console:sam',
} as const satisfies TranslationOf<typeof en>;
