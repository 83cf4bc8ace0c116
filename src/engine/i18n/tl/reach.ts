/** Tagalog: who a page could not reach. Same keys as ../en/reach.ts. */
import type { reach as en } from '../en/reach.ts';
import type { TranslationOf } from '../shape.ts';

export const reach = {
  'notice.a_supervisor': 'Isang superbisor',
  'slack.dm_unwritable_here':
    'Hindi ako makasulat sa ating direct messages sa Slack, kaya narito ang iyong gabay (ikaw lang ang nakakakita nito). Gumagana rito ang mga button nito. Kung maulit ito, tanungin ang iyong Slack admin kung puwedeng magpadala sa iyo ng direct message ang Holdline.',
  'discord.dm_closed_here':
    'Hindi kita mapadalhan ng direct message, kaya narito ang iyong gabay (ikaw lang ang nakakakita nito). Para matanggap ito sa DM sa susunod: buksan ang menu ng server na ito → Privacy Settings at i-on ang Direct Messages.',
  'page.unreachable': 'Hindi naabot si {who}: {why}.',
  'page.unreachable.dm_closed': 'sarado ang mga DM',
  'page.unreachable.not_found': 'walang ganitong account o naka-deactivate ito',
  'page.unreachable.no_access': 'hindi pinapayagang mag-post doon ang Holdline',
  'page.unreachable.no_channel': 'sa channel lang mababanggit ang isang grupo, at walang channel ang alerto na ito',
  'page.unreachable.failing': 'paulit-ulit na pumapalya ang chat service',
} as const satisfies TranslationOf<typeof en>;
