/** Indonesian: the Slack adapter (slash commands, modals, App Home, escalation channel). Same keys as ../en/slack.ts. */
import type { slack as en } from '../en/slack.ts';
import type { TranslationOf } from '../shape.ts';

export const slack = {
  'slack.usage':
    '*/complaint* membuka formulir singkat untuk kontak yang sulit (Anda bisa menambahkan referensi pelanggan dan ucapannya: `/complaint jane@example.com dia terus memaki`).\n*/complaint <kind> [channel] [reference]* langsung dimulai; jenis: {kinds}; saluran: {channels}.\n*/complaint help* menampilkan teks ini. */limits* mengatur batas pribadi Anda. Panduan dikirim ke pesan langsung Anda dengan Holdline.',
  'slack.unknown_subcommand': 'Saya tidak mengenal "{input}".',
  'slack.start.title': 'Kontak yang sulit',
  'slack.start.submit': 'Mulai panduan',
  'slack.cancel': 'Batal',
  'slack.start.kind': 'Apa yang dilakukan pelanggan?',
  'slack.start.channel': 'Melalui apa mereka menghubungi?',
  'slack.start.reference': 'Referensi pelanggan (email, telepon, atau ID akun)',
  'slack.start.reference_hint':
    'Opsional. Holdline hanya menyimpan hash berkunci dan petunjuk yang disamarkan, tidak pernah referensinya sendiri.',
  'slack.start.said': 'Apa yang mereka katakan',
  'slack.start.said_hint': 'Opsional. Hanya dipakai untuk langkah ini dan tidak pernah disimpan.',
  'slack.limits.submit': 'Simpan',
  'slack.limits.invalid': 'Masukkan bilangan bulat dari {min} sampai {max}.',
  'slack.select.supervisor': 'Saya butuh supervisor…',
  'slack.select.close': 'Tutup dengan hasil…',
  'slack.select.complexity': 'Kerumitan masalah…',
  'slack.unknown_action':
    'Holdline tidak mengenal tombol itu (mungkin dari pesan lama). Gunakan tombol pada pesan Holdline terbaru Anda, atau ketik /complaint help.',
  'slack.bad_value': 'Holdline tidak dapat membaca tombol itu. Gunakan tombol pada pesan Holdline terbaru Anda.',
  'slack.escalation_unconfigured':
    'Holdline tidak dapat mengirim ini ke supervisor: belum ada kanal eskalasi yang diatur. Mohon beri tahu supervisor Anda secara langsung sekarang.',
  'slack.home.title': 'Holdline',
  'slack.home.limits': '*Batas pribadi Anda*\n{limits}',
  'slack.home.open':
    '*Sesi Anda yang terbuka*\n{header}, dimulai {time}: {title}. Panduannya ada di pesan langsung Anda dengan Holdline.',
  'slack.home.none_open': '*Tidak ada sesi terbuka.* Ketik /complaint saat sebuah kontak menjadi sulit.',
  'slack.home.recent': '*Sesi terakhir*',
  'slack.home.recent_item': '{time} · {header} · {outcome}',
  'slack.home.no_recent': 'Belum ada sesi.',
  'slack.home.still_open': 'terbuka',
  'slack.page.acknowledge': 'Terima',
  'slack.page.take_over': 'Ambil alih',
  'slack.page.take_done': 'Anda telah mengambil alih. {agent} sudah diberi tahu.',
} as const satisfies TranslationOf<typeof en>;
