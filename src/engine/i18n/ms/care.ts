/** Malay: decompression, check-ins, breaks, supervisor nudges and the weekly digest. Same keys as ../en/care.ts. */
import type { care as en } from '../en/care.ts';
import type { TranslationOf } from '../shape.ts';

export const care = {
  'care.offer_title': 'Sebelum pelanggan seterusnya, mahu sesuatu untuk diri anda? (pilihan)',
  'care.option_breathe': 'Bernafas bersama saya (1 minit)',
  'care.option_talk': 'Bercakap dengan seseorang',
  'care.option_break': 'Berehat sebentar',
  'care.option_skip': 'Langkau',
  'care.break_prompt': 'Berapa minit? ({min}–{max})',
  'care.breathe_intro':
    'Mari kita tarik nafas perlahan-lahan {cycles} kali bersama-sama. Duduk bersandar, turunkan bahu.',
  'care.breathe_in': 'Nafas {n} daripada {cycles}: tarik nafas melalui hidung… ({seconds} s)',
  'care.breathe_hold': 'Tahan perlahan-lahan… ({seconds} s)',
  'care.breathe_out': 'Dan hembus perlahan-lahan melalui mulut… ({seconds} s)',
  'care.breathe_done': 'Bagus. Urusan tadi sudah selesai; pelanggan seterusnya ialah permulaan baharu.',
  'care.talk_sent': 'Pasukan anda telah dimaklumkan bahawa anda ingin bercakap. Seseorang akan menghubungi anda.',
  'care.talk_no_channel':
    'Saluran rakan sokongan belum disediakan; jika boleh, dapatkan rakan sekerja atau penyelia anda.',
  'care.break_started': 'Selamat berehat. Saya akan mengingatkan anda dalam {minutes} minit.',
  'care.skipped': 'Dilangkau. Jaga diri.',
  'care.peer_ping': '{agent} baru sahaja mengendalikan urusan yang sukar dan ingin bercakap dengan seseorang.',
  'care.break_over': 'Rehat {minutes} minit anda sudah tamat. Teruskan apabila anda bersedia.',
  'care.break_notice': '{agent} sedang berehat selama {minutes} minit selepas urusan yang sukar.',
  'care.post_named': 'Semakan perasaan daripada {agent}: mood {mood}/5',
  'care.post_anonymous': 'Semakan perasaan tanpa nama: mood {mood}/5',
  'care.nudge_low_mood': '{agent} melaporkan mood {value}/5. Sepatah kata secara peribadi mungkin membantu.',
  'care.nudge_team_low_mood':
    'Seseorang dalam pasukan {team} melaporkan mood {value}/5 tanpa nama. Pertimbangkan untuk bertanya khabar dengan pasukan itu.',
  'care.nudge_hard_contacts':
    '{agent} telah mengendalikan {value} urusan sukar dalam syif ini. Pertimbangkan rehat atau pertukaran tugas.',
  'care.idle_prompt':
    'Tekan Enter untuk mula mendapatkan panduan bagi pelanggan yang sukar, c untuk melaporkan perasaan anda, l untuk menetapkan had anda, q untuk keluar.',
  'checkin.mood_prompt': 'Apa perasaan anda? 1 (sangat teruk) hingga 5 (sangat baik), atau Enter untuk langkau',
  'checkin.note_prompt': 'Satu perkataan atau catatan ringkas (pilihan, maksimum 280 aksara)',
  'checkin.where_prompt': 'Ke mana ia patut dihantar?',
  'checkin.where_named': 'Saluran semakan perasaan pasukan, dengan nama saya',
  'checkin.where_anonymous': 'Saluran semakan perasaan pasukan, tanpa nama',
  'checkin.where_private': 'Saya sahaja (sejarah saya sendiri)',
  'checkin.saved_named': 'Terima kasih. Dihantar kepada pasukan anda dengan nama anda.',
  'checkin.saved_anonymous': 'Terima kasih. Dihantar tanpa nama; ia disimpan tanpa nama anda dan tanpa masa.',
  'checkin.saved_private': 'Terima kasih. Disimpan dalam sejarah anda sendiri sahaja.',
  'checkin.unposted_named':
    'Terima kasih. Disimpan dengan nama anda, tetapi pasukan anda belum ada saluran semakan perasaan, jadi tiada apa-apa yang dihantar. Ia tetap dikira dalam mood mingguan pasukan.',
  'checkin.unposted_anonymous':
    'Terima kasih. Disimpan tanpa nama anda, tetapi pasukan anda belum ada saluran semakan perasaan, jadi tiada apa-apa yang dihantar. Ia tetap dikira dalam mood mingguan pasukan.',
  'error.bad_mood': 'Mood ialah nombor dari 1 hingga 5.',
  'error.bad_note': 'Catatan adalah maksimum 280 aksara.',
  'error.bad_visibility': 'Pilih dengan nama, tanpa nama atau peribadi.',
  'error.bad_break_minutes': 'Rehat adalah antara 1 hingga 60 minit.',
  'digest.title': 'Ringkasan mingguan Holdline: pasukan {team}, {week}',
  'digest.contacts':
    '  Urusan sukar: {contacts} ({hard} berat: penyelia dimaklumkan, ancaman atau ditamatkan selepas amaran)',
  'digest.incidents': 'Insiden mengikut jenis',
  'digest.outcomes': 'Keputusan',
  'digest.limits': 'Had yang dilepasi',
  'digest.threats': 'Ancaman dilaporkan kepada',
  'digest.mood_named': 'Mood daripada semakan perasaan bernama',
  'digest.mood_line': '{label}: purata {average}/5 daripada {count} semakan perasaan',
  'digest.week': 'sepanjang minggu',
  'digest.mood_anonymous': 'Mood daripada semakan perasaan tanpa nama',
  'digest.mood_anon_line': 'purata {average}/5 daripada {count} semakan perasaan oleh {contributors} orang',
  'digest.mood_anon_hidden': 'tidak dipaparkan (kurang daripada {min} orang melaporkan perasaan tanpa nama)',
  'digest.pages': 'Permintaan bantuan',
  'digest.pages_none': 'belum ada data penerimaan',
  'digest.pages_line': '{count} permintaan bantuan, {acknowledged} diterima, masa median untuk diterima {median}',
  'digest.none': 'tiada',
  'digest.bad_week': 'Nyatakan minggu sebagai YYYY-Www, contohnya 2026-W47.',
  'outcome.open': 'Masih terbuka',
} as const satisfies TranslationOf<typeof en>;
