/** Malay: /flag and /language in the chat adapters. Same keys as ../en/chat-flags.ts. */
import type { chatFlags as en } from '../en/chat-flags.ts';
import type { TranslationOf } from '../shape.ts';

export const chatFlags = {
  'chat.flag.usage':
    '*/flag <jenis> [catatan]* menandakan pelanggan dalam sesi anda yang sedang dibuka. Jenis: {kinds}. Catatan (maksimum {max} aksara) hanya untuk penyelia.\nPenyelia: */flag lookup <rujukan pelanggan>* menyenaraikan tanda seseorang pelanggan berserta catatannya; */flag remove <id tanda> <sebab>* membuang satu tanda.',
  'chat.flag.no_session':
    'Anda tiada sesi yang sedang dibuka, jadi tiada pelanggan untuk ditanda. Tandakan pelanggan semasa urusan, sebelum anda menutup sesi.',
  'chat.flag.done': 'Pelanggan telah ditanda atas {kind}. Ejen seterusnya yang melayan pelanggan ini akan dimaklumkan.',
  'chat.flag.done_note': 'Catatan anda disimpan untuk penyelia sahaja.',
  'chat.flag.lookup_usage': 'Berikan rujukan pelanggan: /flag lookup <e-mel, telefon atau ID akaun>.',
  'chat.flag.remove_usage':
    'Berikan ID tanda dan sebabnya: /flag remove <id tanda> <sebab>. Sebab itu disimpan dalam log audit.',
  'chat.flag.lookup_header': '{count} tanda yang masih berkuat kuasa untuk {hint}: {kinds}.',
  'chat.flag.kind_count': '{kind} ×{count}',
  'chat.flag.lookup_line': '{kind} · {date} · {team} · ID {id}',
  'chat.flag.lookup_note': 'Catatan: {note}',
  'chat.flag.more': 'Dan {count} tanda lebih lama yang tidak dipaparkan di sini.',
  'chat.language.current':
    'Bahasa anda: {language} ({how}). Pilihan: {choices}. Taip /language <kod> untuk menukarnya, /language auto untuk kembali kepada pilihan automatik.',
  'chat.language.own': 'pilihan anda sendiri',
  'chat.language.automatic': 'automatik',
  'discord.cmd.flag': 'Tandakan pelanggan dalam sesi anda; penyelia boleh mencari dan membuang tanda',
  'discord.cmd.flag.add': 'Tandakan pelanggan dalam sesi anda yang sedang dibuka',
  'discord.cmd.flag.kind': 'Apakah yang dilakukan oleh pelanggan?',
  'discord.cmd.flag.note': 'Catatan ringkas untuk penyelia sahaja (pilihan)',
  'discord.cmd.flag.lookup': 'Tanda seseorang pelanggan berserta catatan (penyelia sahaja)',
  'discord.cmd.flag.customer': 'Rujukan pelanggan (e-mel, telefon atau ID akaun); tidak disimpan dalam bentuk asal',
  'discord.cmd.flag.remove': 'Buang satu tanda; sebabnya disimpan dalam log audit (penyelia sahaja)',
  'discord.cmd.flag.id': 'ID tanda, daripada /flag lookup',
  'discord.cmd.flag.reason': 'Mengapa tanda ini dibuang',
  'discord.cmd.language': 'Lihat atau pilih bahasa yang digunakan Holdline dengan anda',
  'discord.cmd.language.code': 'Bahasa anda, atau automatik (bahasa Discord anda, atau bahasa lalai pasukan)',
  'discord.cmd.language.auto': 'Automatik',
} as const satisfies TranslationOf<typeof en>;
