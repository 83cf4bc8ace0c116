/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Ancaman itu dicatat lagi beserta waktunya, dan supervisor Anda diberi tahu lagi (kritis).',
  'notice.threat_repeated_recorded': 'Ancaman itu dicatat lagi beserta waktunya.',
  'page.threat_repeated': 'Ancaman diulangi pada {times}.',
  'outcome.ended_for_safety': 'Diakhiri demi keselamatan',
  'detail.safety_only': 'mengakhiri demi keselamatan hanya untuk kontak dengan ancaman fisik.',
  'emergency.in_person':
    'Jika ada yang dalam bahaya langsung: menjauhlah dari pelanggan ke tempat yang aman, lalu hubungi {number}.',
  'emergency.phone':
    'Jika ada yang dalam bahaya langsung: akhiri panggilan telepon dengan aman, lalu hubungi {number} dan sampaikan apa yang Anda ketahui.',
  'emergency.remote':
    'Jika mungkin ada yang dalam bahaya langsung, hubungi {number} dan sampaikan apa yang Anda ketahui.',
  'emergency.default_number': 'nomor darurat setempat Anda',
  'step.end_conversation.g3_unflagged':
    'Tidak ada referensi pelanggan, jadi tidak ada yang ditandai: catat kontak ini di sistem yang biasa Anda pakai.',
  'notice.handed_over':
    '{by} mengambil alih kontak ini. Tetaplah bersama pelanggan sampai mereka bergabung (lewat telepon: alihkan panggilan telepon kepada mereka); sesi ditutup sebagai diserahkan.',
  'page.update_closed': 'Agen menutup kontak ini pada {time}. Tidak ada lagi yang perlu dilakukan.',
  'page.contact_closed': 'Kontak ditutup pada {time} oleh agen; ancaman fisik ini masih perlu dijawab.',
  'console.back': 'Kembali',
  'console.pick_number_or_back': 'Pilih angka dari 1 sampai {max}. 0 untuk kembali.',
  'console.too_long_again':
    'Itu terlalu panjang ({length} karakter; maksimal {max}). Ketik lagi dengan lebih singkat; tidak ada lagi yang hilang.',
  'console.suggestion_keys': '[y = ya, k = ganti]',
  'console.page_tag': 'PERMINTAAN BANTUAN',
  'console.page_update_tag': 'PEMBARUAN PERMINTAAN BANTUAN',
  'console.report_tag': 'LAPORAN',
  'notice.about_contact': '(tentang kontak {channel} yang dimulai {time}{customer})',
} as const satisfies TranslationOf<typeof en>;
