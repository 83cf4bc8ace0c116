/** Norwegian bokmål, guidance that fits the contact. Same keys as ../en/guidance.ts. */
import type { guidance as en } from '../en/guidance.ts';
import type { TranslationOf } from '../shape.ts';

export const guidance = {
  'channel.sms': 'SMS',
  'channel.social': 'Sosiale medier',

  'step.calm.g1_written': 'Les hele meldingen før du svarer, og noter hvert punkt den tar opp.',
  'step.calm.g3_written':
    'Skriv rolig og enkelt, og les svaret én gang til før du sender det. Det er du som styrer følelsene dine, ikke kunden.',
  'step.calm.g4_written': 'Begynn svaret med å gjengi klagen i én setning, så kunden ser at meldingen er lest.',
  'say.calm.listening_written':
    'Takk for at du tok deg tid til å fortelle oss om dette. Jeg har lest hvert punkt du tok opp.',
  'say.calm.feeling_written': 'Jeg ser av meldingen din hvor frustrerende dette har vært for deg.',
  'step.calm.g3_chat':
    'Hold meldingene korte og rolige, og svar aldri med store bokstaver. Det er du som styrer følelsene dine, ikke kunden.',
  'step.calm.g4_chat': 'Når kunden slutter å skrive, oppsummer det du har lest i én melding, så de ser at det er lest.',
  'say.calm.listening_chat': 'Bare ta den tiden du trenger. Jeg leser alt du skriver.',
  'step.calm.g_in_person':
    'Vend deg mot kunden, hold vennlig øyekontakt og nikk innimellom for å vise at du følger med.',
  'say.threat_physical.hear': 'Jeg hører deg, og jeg tar det du sier på alvor.',
  'step.ignore_written.g3_letter': 'Et formelt brev fortjener mer enn enda et brev: tilby et møte ansikt til ansikt.',
  'say.ignore_written.meet_letter': 'Jeg vil gjerne møte deg for å gå gjennom dette sammen. Når passer det for deg?',

  'step.empathise.understand':
    'Vis først at du forstår: sett ord på følelsen du hører (frustrasjon, skuffelse, bekymring).',
  'step.empathise.apologise':
    'Be deretter oppriktig om unnskyldning for det de har opplevd. En innøvd unnskyldning gjør vondt verre.',
  'say.boundary_hostile.pause':
    'Jeg hører at dette betyr mye for deg. La oss ta ett punkt om gangen, så jeg kan hjelpe deg ordentlig.',
  'say.end_conversation.insults':
    'Som jeg sa, avslutter jeg samtalen nå på grunn av fornærmelsene. Du er velkommen til å ta kontakt igjen når vi kan snakke rolig sammen.',
  'say.end_conversation.tone':
    'Som jeg sa, avslutter jeg samtalen nå på grunn av tonen den har fått. Du er velkommen til å ta kontakt igjen når vi kan snakke rolig sammen.',
  'choice.still_upset': 'Kunden er fortsatt opprørt: la dem snakke ferdig først',

  'step.lead.g_in_person': 'Ansikt til ansikt: rett det opp på stedet hvis du kan, for kunden ser hva du gjør.',
  'step.lead.g_written':
    'En kort melding kan skjule et alvorlig problem: svar like grundig og raskt som på en telefon.',
  'say.ctype.two_minutes': 'Gi meg to minutter til å gjøre ferdig dette, så er jeg straks hos deg.',
  'dont.cant_be_bothered': 'Det orker jeg ikke.',
  'say.provide.feedback': 'Er det noe mer vi kunne gjort bedre for deg?',
  'view.instead_of': 'i stedet for «{phrase}»',
  'dont.dont_know': 'Jeg vet ikke.',
  'dont.dont_care': 'Det bryr jeg meg ikke om.',
  'dont.your_kind': 'Vi liker ikke folk som deg her.',
  'dont.know_nothing': 'Du vet ingenting.',
  'dont.dont_come_back': 'Ikke kom tilbake.',
  'dont.right_wrong': 'Jeg har rett, og du tar feil.',
  'dont.hurry': 'Skynd deg! / Vent.',

  'ctype.active_hater': 'Aktiv hater',
  'ctype.extreme_critic': 'Ekstrem kritiker',
  'ctype.was_happy': 'Lojal kunde, nå misfornøyd',
  'ctype.still_happy': 'Fornøyd kunde med en klage',
  'ctype.impatient': 'Utålmodig',
  'ctype.indecisive': 'Ubesluttsom',
  'ctype.talkative': 'Pratsom',
  'ctype.active_hater.g':
    'Uansett hva du gjør, blir de kanskje ikke fornøyde: ikke gi det næring eller forsvar deg, gjør ditt beste og ikke la det trekke deg ned.',
  'ctype.extreme_critic.g':
    'De legger merke til hver eneste feil. Lytt med ett øre åpent: gjør noe med det som stemmer, og la resten ligge uten å krangle.',
  'ctype.was_happy.g': 'En god kunde som vurderer å gå: lytt helt ut, for det er verdt innsatsen å vinne dem tilbake.',
  'ctype.was_happy.recovery':
    'Gjør en serviceoppretting: løs problemet og legg til noe som viser at de betyr noe for dere, og sjekk at de er fornøyde.',
  'ctype.still_happy.g': 'Dine beste kunder: en klage fra dem er en åpning til å bli bedre, ikke et angrep.',
  'ctype.still_happy.visible': 'Gjør noe synlig med det, og fortell dem hva som ble endret fordi de sa fra.',
  'ctype.impatient.g': 'Gå rett på sak: si hva du skal gjøre og hvor lang tid det tar, og hold hver oppdatering kort.',
  'ctype.indecisive.g': 'Gi to eller tre tydelige valg, anbefal ett, og bekreft valget før du gjør noe.',
  'ctype.talkative.g': 'La dem få sagt hovedpoenget, og styr så høflig tilbake til problemet.',
  'ctype.talkative.name': 'For å få dem tilbake: vent på et pust, si navnet deres, takk dem og still neste spørsmål.',
  'say.ctype.critic_point': 'Du har rett når det gjelder …, og det retter jeg opp nå.',
  'say.ctype.loyal_recovery': 'Du har vært kunde hos oss lenge, og jeg vil gjøre dette godt igjen for deg: …',
  'say.ctype.thanks_feedback': 'Takk for at du sa fra. Fordi du gjorde det, endrer vi …',
  'say.ctype.options': 'Vi kan gjøre dette på to måter: … eller … De fleste i samme situasjon velger …',
  'say.ctype.by_name': '…, takk, det hjelper meg mye. Så jeg kan ordne dette for deg, kan jeg spørre om …?',

  'reason.menu_agent_request': 'Jeg har nådd grensen min',
  'view.customer_type': 'Kunde: {type}',
  'view.customer_language': 'Kundens språk: {language}',
  'ctype.none': 'Ingen type',
  'ctype.pick': 'Hva slags kunde er dette?',
  'ctype.action': 'Kundetype',
  'ctype.language_action': 'Kundens språk',
  'console.help_ctype': 'type = merk kundetypen; clang <kode> = kundens språk for «Du kan si».',
} as const satisfies TranslationOf<typeof en>;
