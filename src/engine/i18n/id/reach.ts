/** Indonesian: who a page could not reach. Same keys as ../en/reach.ts. */
import type { reach as en } from '../en/reach.ts';
import type { TranslationOf } from '../shape.ts';

export const reach = {
  'notice.a_supervisor': 'Seorang supervisor',
  'slack.dm_unwritable_here':
    'Saya tidak bisa menulis di pesan langsung kita di Slack, jadi panduan Anda ada di sini (hanya Anda yang melihatnya). Tombolnya berfungsi di sini. Jika ini terus terjadi, tanyakan kepada admin Slack Anda apakah Holdline boleh mengirimi Anda pesan langsung.',
  'discord.dm_closed_here':
    'Saya tidak bisa mengirimi Anda pesan langsung, jadi panduan Anda ada di sini (hanya Anda yang melihatnya). Agar lain kali masuk ke DM: buka menu server ini → Pengaturan Privasi dan aktifkan Pesan Langsung.',
  'page.unreachable': 'Tidak dapat menghubungi {who}: {why}.',
  'page.unreachable.dm_closed': 'pesan langsung ditutup',
  'page.unreachable.not_found': 'akun tidak ditemukan atau dinonaktifkan',
  'page.unreachable.no_access': 'Holdline tidak boleh mengirim pesan di sana',
  'page.unreachable.no_channel': 'grup hanya bisa disebut di kanal, dan permintaan bantuan ini tidak punya kanal',
  'page.unreachable.failing': 'layanan obrolan terus gagal',
} as const satisfies TranslationOf<typeof en>;
