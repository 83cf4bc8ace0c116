/** Malay: the Slack adapter (slash commands, modals, App Home, escalation channel). Same keys as ../en/slack.ts. */
import type { slack as en } from '../en/slack.ts';
import type { TranslationOf } from '../shape.ts';

export const slack = {
  'slack.usage':
    '*/complaint* membuka borang ringkas untuk pelanggan yang sukar (anda boleh menambah rujukan pelanggan dan apa yang dikatakannya: `/complaint jane@example.com dia asyik mencarut`).\n*/complaint <kind> [channel] [reference]* bermula serta-merta; jenis: {kinds}; saluran: {channels}.\n*/complaint help* memaparkan teks ini. */limits* menetapkan had peribadi anda. Panduan dihantar ke mesej terus anda dengan Holdline.',
  'slack.unknown_subcommand': 'Saya tidak tahu "{input}".',
  'slack.start.title': 'Pelanggan yang sukar',
  'slack.start.submit': 'Mula panduan',
  'slack.cancel': 'Batal',
  'slack.start.kind': 'Apakah yang dilakukan oleh pelanggan?',
  'slack.start.channel': 'Bagaimanakah mereka menghubungi anda?',
  'slack.start.reference': 'Rujukan pelanggan (e-mel, telefon atau ID akaun)',
  'slack.start.reference_hint':
    'Pilihan. Holdline hanya menyimpan cincangan berkunci dan petunjuk bertopeng, bukan rujukan itu sendiri.',
  'slack.start.said': 'Apa yang dikatakan',
  'slack.start.said_hint': 'Pilihan. Digunakan untuk langkah ini sahaja dan tidak pernah disimpan.',
  'slack.limits.submit': 'Simpan',
  'slack.limits.invalid': 'Masukkan nombor bulat dari {min} hingga {max}.',
  'slack.select.supervisor': 'Saya perlukan penyelia…',
  'slack.select.close': 'Tutup dengan keputusan…',
  'slack.select.complexity': 'Kerumitan masalah…',
  'slack.unknown_action':
    'Holdline tidak mengenali butang itu (mungkin daripada mesej lama). Gunakan butang pada mesej Holdline anda yang terkini, atau taip /complaint help.',
  'slack.bad_value': 'Holdline tidak dapat membaca butang itu. Gunakan butang pada mesej Holdline anda yang terkini.',
  'slack.escalation_unconfigured':
    'Holdline tidak dapat menghantar ini kepada penyelia: tiada saluran eskalasi ditetapkan. Sila beritahu penyelia anda secara terus sekarang.',
  'slack.home.title': 'Holdline',
  'slack.home.limits': '*Had peribadi anda*\n{limits}',
  'slack.home.open':
    '*Sesi terbuka anda*\n{header}, dimulakan {time}: {title}. Panduan ada dalam mesej terus anda dengan Holdline.',
  'slack.home.none_open': '*Tiada sesi terbuka.* Taip /complaint apabila pelanggan menjadi sukar.',
  'slack.home.recent': '*Sesi terkini*',
  'slack.home.recent_item': '{time} · {header} · {outcome}',
  'slack.home.no_recent': 'Belum ada sesi.',
  'slack.home.still_open': 'terbuka',
  'slack.page.acknowledge': 'Terima',
  'slack.page.take_over': 'Ambil alih',
  'slack.page.take_done': 'Anda telah mengambil alih. {agent} telah dimaklumkan.',
} as const satisfies TranslationOf<typeof en>;
