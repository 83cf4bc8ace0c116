/** Indonesian: /flag and /language in the chat adapters. Same keys as ../en/chat-flags.ts. */
import type { chatFlags as en } from '../en/chat-flags.ts';
import type { TranslationOf } from '../shape.ts';

export const chatFlags = {
  'chat.flag.usage':
    '*/flag <jenis> [catatan]* menandai pelanggan di sesi Anda yang sedang terbuka. Jenis: {kinds}. Catatan (maksimal {max} karakter) hanya untuk supervisor.\nSupervisor: */flag lookup <referensi pelanggan>* menampilkan tanda seorang pelanggan beserta catatannya; */flag remove <id tanda> <alasan>* menghapus satu tanda.',
  'chat.flag.no_session':
    'Anda tidak punya sesi yang terbuka, jadi tidak ada pelanggan yang bisa ditandai. Tandai selama kontak berlangsung, sebelum Anda menutup sesi.',
  'chat.flag.done':
    'Pelanggan sudah ditandai karena {kind}. Agen berikutnya yang menangani pelanggan ini akan diberi tahu.',
  'chat.flag.done_note': 'Catatan Anda hanya disimpan untuk supervisor.',
  'chat.flag.lookup_usage': 'Berikan referensi pelanggan: /flag lookup <email, telepon, atau ID akun>.',
  'chat.flag.remove_usage':
    'Berikan ID tanda dan alasannya: /flag remove <id tanda> <alasan>. Alasan itu disimpan di log audit.',
  'chat.flag.lookup_header': '{count} tanda yang masih berlaku untuk {hint}: {kinds}.',
  'chat.flag.kind_count': '{kind} ×{count}',
  'chat.flag.lookup_line': '{kind} · {date} · {team} · ID {id}',
  'chat.flag.lookup_note': 'Catatan: {note}',
  'chat.flag.more': 'Dan {count} tanda lebih lama yang tidak ditampilkan di sini.',
  'chat.language.current':
    'Bahasa Anda: {language} ({how}). Pilihan: {choices}. Ketik /language <kode> untuk menggantinya, /language auto untuk kembali ke pilihan otomatis.',
  'chat.language.own': 'pilihan Anda sendiri',
  'chat.language.automatic': 'otomatis',
  'discord.cmd.flag': 'Tandai pelanggan di sesi Anda; supervisor dapat mencari dan menghapus tanda',
  'discord.cmd.flag.add': 'Tandai pelanggan di sesi Anda yang sedang terbuka',
  'discord.cmd.flag.kind': 'Apa yang dilakukan pelanggan?',
  'discord.cmd.flag.note': 'Catatan singkat khusus untuk supervisor (opsional)',
  'discord.cmd.flag.lookup': 'Tanda seorang pelanggan beserta catatannya (khusus supervisor)',
  'discord.cmd.flag.customer': 'Referensi pelanggan (email, telepon, atau ID akun); tidak pernah disimpan apa adanya',
  'discord.cmd.flag.remove': 'Hapus satu tanda; alasannya disimpan di log audit (khusus supervisor)',
  'discord.cmd.flag.id': 'ID tanda, dari /flag lookup',
  'discord.cmd.flag.reason': 'Mengapa tanda ini dihapus',
  'discord.cmd.language': 'Lihat atau pilih bahasa yang dipakai Holdline untuk Anda',
  'discord.cmd.language.code': 'Bahasa Anda, atau otomatis (bahasa Discord Anda, atau bahasa bawaan tim)',
  'discord.cmd.language.auto': 'Otomatis',
} as const satisfies TranslationOf<typeof en>;
