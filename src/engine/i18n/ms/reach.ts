/** Malay: who a page could not reach. Same keys as ../en/reach.ts. */
import type { reach as en } from '../en/reach.ts';
import type { TranslationOf } from '../shape.ts';

export const reach = {
  'notice.a_supervisor': 'Seorang penyelia',
  'slack.dm_unwritable_here':
    'Saya tidak dapat menulis dalam mesej langsung kita di Slack, jadi panduan anda ada di sini (hanya anda yang nampak). Butangnya berfungsi di sini. Jika ini berulang, tanya pentadbir Slack anda sama ada Holdline boleh menghantar mesej langsung kepada anda.',
  'discord.dm_closed_here':
    'Saya tidak dapat menghantar mesej langsung kepada anda, jadi panduan anda ada di sini (hanya anda yang nampak). Untuk menerimanya dalam DM lain kali: buka menu pelayan ini → Tetapan Privasi dan hidupkan Mesej Langsung.',
  'page.unreachable': 'Tidak dapat menghubungi {who}: {why}.',
  'page.unreachable.dm_closed': 'mesej langsung ditutup',
  'page.unreachable.not_found': 'akaun tidak ditemui atau dinyahaktifkan',
  'page.unreachable.no_access': 'Holdline tidak dibenarkan menghantar di situ',
  'page.unreachable.no_channel': 'kumpulan hanya boleh disebut dalam saluran, dan permintaan bantuan ini tiada saluran',
  'page.unreachable.failing': 'perkhidmatan sembang terus gagal',
} as const satisfies TranslationOf<typeof en>;
