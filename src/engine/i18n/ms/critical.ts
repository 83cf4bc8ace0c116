/** The critical moment (issue 14). Same keys as ../en/critical.ts. */
import type { critical as en } from '../en/critical.ts';
import type { TranslationOf } from '../shape.ts';

export const critical = {
  'notice.threat_repeated_paged':
    'Ancaman itu direkodkan sekali lagi berserta masanya, dan penyelia anda dimaklumkan semula (kritikal).',
  'notice.threat_repeated_recorded': 'Ancaman itu direkodkan sekali lagi berserta masanya.',
  'page.threat_repeated': 'Ancaman diulang pada {times}.',
  'outcome.ended_for_safety': 'Ditamatkan demi keselamatan',
  'detail.safety_only': 'penamatan demi keselamatan hanya untuk hubungan yang melibatkan ancaman fizikal.',
  'emergency.in_person':
    'Jika ada sesiapa dalam bahaya segera: jauhkan diri daripada pelanggan ke tempat selamat, kemudian hubungi {number}.',
  'emergency.phone':
    'Jika ada sesiapa dalam bahaya segera: tamatkan panggilan telefon dengan selamat, kemudian hubungi {number} dan ceritakan apa yang anda tahu.',
  'emergency.remote':
    'Jika ada sesiapa mungkin dalam bahaya segera, hubungi {number} dan ceritakan apa yang anda tahu.',
  'emergency.default_number': 'nombor kecemasan tempatan anda',
  'step.end_conversation.g3_unflagged':
    'Tiada rujukan pelanggan diberikan, jadi tiada sesiapa ditanda: catat hubungan ini dalam sistem biasa anda.',
  'notice.handed_over':
    '{by} mengambil alih hubungan ini. Kekal bersama pelanggan sehingga mereka menyertai anda (melalui telefon: pindahkan panggilan telefon kepada mereka); sesi ditutup sebagai diserahkan.',
  'page.update_closed': 'Ejen menutup hubungan ini pada {time}. Tiada apa-apa lagi perlu dibuat.',
  'page.contact_closed': 'Hubungan ditutup pada {time} oleh ejen; ancaman fizikal ini masih perlu dijawab.',
  'console.back': 'Kembali',
  'console.pick_number_or_back': 'Pilih nombor dari 1 hingga {max}. 0 untuk kembali.',
  'console.too_long_again':
    'Itu terlalu panjang ({length} aksara; maksimum {max}). Taip semula dengan lebih ringkas; tiada apa-apa lagi yang hilang.',
  'console.suggestion_keys': '[y = ya, k = tukar]',
  'console.page_tag': 'PERMINTAAN BANTUAN',
  'console.page_update_tag': 'KEMAS KINI PERMINTAAN BANTUAN',
  'console.report_tag': 'LAPORAN',
  'notice.about_contact': '(tentang hubungan {channel} yang bermula {time}{customer})',
} as const satisfies TranslationOf<typeof en>;
