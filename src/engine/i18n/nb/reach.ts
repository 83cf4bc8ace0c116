/** Norwegian bokmål: who a page could not reach. Same keys as ../en/reach.ts. */
import type { reach as en } from '../en/reach.ts';
import type { TranslationOf } from '../shape.ts';

export const reach = {
  'notice.a_supervisor': 'En teamleder',
  'slack.dm_unwritable_here':
    'Jeg fikk ikke skrevet i direktemeldingene våre i Slack, så veiledningen står her i stedet (bare du ser den). Knappene virker her. Skjer dette igjen, spør Slack-administratoren om Holdline får sende deg direktemeldinger.',
  'discord.dm_closed_here':
    'Jeg kan ikke sende deg direktemeldinger, så veiledningen står her i stedet (bare du ser den). For å få den i DM neste gang: åpne serverens meny → Personverninnstillinger og slå på direktemeldinger.',
  'page.unreachable': 'Nådde ikke {who}: {why}.',
  'page.unreachable.dm_closed': 'direktemeldinger er slått av',
  'page.unreachable.not_found': 'kontoen finnes ikke eller er deaktivert',
  'page.unreachable.no_access': 'Holdline får ikke skrive der',
  'page.unreachable.no_channel': 'en gruppe kan bare nevnes i en kanal, og dette varselet har ingen',
  'page.unreachable.failing': 'chattetjenesten feilet gang på gang',
} as const satisfies TranslationOf<typeof en>;
