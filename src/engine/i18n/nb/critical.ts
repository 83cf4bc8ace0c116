/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Trusselen er registrert på nytt med klokkeslett, og teamlederen din er varslet igjen (kritisk).',
  'notice.threat_repeated_recorded': 'Trusselen er registrert på nytt med klokkeslett.',
  'page.threat_repeated': 'Trusselen ble gjentatt kl. {times}.',
  'outcome.ended_for_safety': 'Avsluttet av sikkerhetshensyn',
  'detail.safety_only': 'avslutning av sikkerhetshensyn gjelder bare en kontakt med en fysisk trussel.',
  'emergency.in_person': 'Er noen i akutt fare: gå bort fra kunden til et trygt sted, og ring {number}.',
  'emergency.phone': 'Er noen i akutt fare: avslutt samtalen på en trygg måte, ring {number} og fortell det du vet.',
  'emergency.remote': 'Kan noen være i akutt fare, ring {number} og fortell det du vet.',
  'emergency.default_number': 'det lokale nødnummeret',
  'step.end_conversation.g3_unflagged':
    'Ingen kundereferanse ble oppgitt, så ingen er flagget: noter kontakten i det vanlige systemet ditt.',
  'notice.handed_over':
    '{by} tar over denne kontakten. Bli hos kunden til de kommer (på telefon: sett samtalen over til dem); økten er lukket som overlevert.',
  'page.update_closed': 'Agenten lukket denne kontakten kl. {time}. Ingenting mer å gjøre.',
  'page.contact_closed': 'Kontakten ble lukket kl. {time} av agenten; denne fysiske trusselen trenger fortsatt svar.',
  'console.back': 'Tilbake',
  'console.pick_number_or_back': 'Velg et tall fra 1 til {max}. 0 går tilbake.',
  'console.too_long_again':
    'Det er for langt ({length} tegn; høyst {max}). Skriv det igjen, kortere; ingenting annet går tapt.',
  'console.suggestion_keys': '[y = ja, k = endre]',
  'console.page_tag': 'VARSEL',
  'console.page_update_tag': 'VARSEL OPPDATERT',
  'console.report_tag': 'RAPPORT',
  'notice.about_contact': '(om {channel}-kontakten som startet {time}{customer})',
} as const satisfies TranslationOf<typeof en>;
