/** Indonesian, guidance that fits the contact. Same keys as ../en/guidance.ts. */
import type { guidance as en } from '../en/guidance.ts';
import type { TranslationOf } from '../shape.ts';

export const guidance = {
  'channel.sms': 'SMS',
  'channel.social': 'Media sosial',

  'step.calm.g1_written': 'Baca seluruh pesan sebelum membalas, dan catat setiap hal yang disampaikan.',
  'step.calm.g3_written':
    'Tulis dengan tenang dan jelas, lalu baca sekali lagi balasan Anda sebelum mengirimnya. Anda yang mengendalikan perasaan Anda, bukan mereka.',
  'step.calm.g4_written':
    'Awali balasan dengan menyebutkan kembali keluhannya dalam satu kalimat, agar mereka tahu pesannya sudah dibaca.',
  'say.calm.listening_written':
    'Terima kasih sudah meluangkan waktu menyampaikan hal ini kepada kami, Bapak/Ibu. Saya sudah membaca setiap hal yang Bapak/Ibu sampaikan.',
  'say.calm.feeling_written': 'Dari pesan Bapak/Ibu, saya bisa memahami betapa menjengkelkannya hal ini.',
  'step.calm.g3_chat':
    'Buat pesan Anda singkat dan tidak terburu-buru, dan jangan pernah membalas dengan huruf kapital. Anda yang mengendalikan perasaan Anda, bukan mereka.',
  'step.calm.g4_chat':
    'Saat mereka berhenti mengetik, rangkum apa yang Anda baca dalam satu pesan, agar mereka tahu pesannya sudah dibaca.',
  'say.calm.listening_chat': 'Silakan, Bapak/Ibu, tidak perlu terburu-buru. Saya membaca semua yang Bapak/Ibu tulis.',
  'step.calm.g_in_person':
    'Hadapkan badan ke arah mereka, jaga kontak mata yang ramah, dan sesekali mengangguk untuk menunjukkan Anda menyimak.',
  'say.threat_physical.hear': 'Saya mendengar Bapak/Ibu, dan saya menanggapi serius apa yang Bapak/Ibu katakan.',
  'step.ignore_written.g3_letter':
    'Surat resmi layak dijawab dengan lebih dari sekadar surat balasan: tawarkan pertemuan tatap muka.',
  'say.ignore_written.meet_letter':
    'Saya ingin bertemu langsung dengan Bapak/Ibu untuk membahas hal ini bersama. Kapan waktu yang sesuai?',

  'step.empathise.understand':
    'Pertama, tunjukkan bahwa Anda memahami: sebutkan perasaan yang Anda tangkap (kesal, kecewa, khawatir).',
  'step.empathise.apologise':
    'Lalu minta maaf dengan tulus atas apa yang mereka alami. Permintaan maaf yang sekadar hafalan justru memperburuk keadaan.',
  'say.boundary_hostile.pause':
    'Saya mengerti hal ini sangat penting bagi Bapak/Ibu. Mari kita bahas satu per satu, agar saya bisa membantu dengan baik.',
  'say.end_conversation.insults':
    'Seperti yang sudah saya sampaikan, saya mengakhiri percakapan ini sekarang karena hinaan yang dilontarkan. Bapak/Ibu dipersilakan menghubungi kami lagi saat kita bisa berbicara dengan tenang.',
  'say.end_conversation.tone':
    'Seperti yang sudah saya sampaikan, saya mengakhiri percakapan ini sekarang karena nada percakapannya. Bapak/Ibu dipersilakan menghubungi kami lagi saat kita bisa berbicara dengan tenang.',
  'choice.still_upset': 'Mereka masih kesal: biarkan mereka selesai bicara dulu',

  'step.lead.g_in_person': 'Saat tatap muka, selesaikan di tempat jika bisa: mereka melihat apa yang Anda lakukan.',
  'step.lead.g_written':
    'Pesan singkat bisa menyimpan masalah serius: jawab selengkap dan secepat Anda menjawab telepon.',
  'say.ctype.two_minutes':
    'Mohon beri saya dua menit untuk menyelesaikan ini, Bapak/Ibu, lalu saya akan segera membantu.',
  'dont.cant_be_bothered': 'Malas saya mengurusnya.',
  'say.provide.feedback': 'Apakah ada hal lain yang bisa kami perbaiki untuk Bapak/Ibu?',
  'view.instead_of': 'bukan “{phrase}”',
  'dont.dont_know': 'Saya tidak tahu.',
  'dont.dont_care': 'Saya tidak peduli.',
  'dont.your_kind': 'Kami tidak suka orang seperti Anda di sini.',
  'dont.know_nothing': 'Anda tidak tahu apa-apa.',
  'dont.dont_come_back': 'Jangan datang lagi.',
  'dont.right_wrong': 'Saya benar dan Anda salah.',
  'dont.hurry': 'Cepat! / Tunggu.',

  'ctype.active_hater': 'Pembenci aktif',
  'ctype.extreme_critic': 'Pengkritik ekstrem',
  'ctype.was_happy': 'Pelanggan setia yang kini kecewa',
  'ctype.still_happy': 'Pelanggan yang masih puas, dengan keluhan',
  'ctype.impatient': 'Tidak sabar',
  'ctype.indecisive': 'Sulit memutuskan',
  'ctype.talkative': 'Banyak bicara',
  'ctype.active_hater.g':
    'Apa pun yang Anda lakukan mungkin tidak memuaskan mereka: jangan terpancing atau membela diri, kerjakan yang terbaik dan jangan biarkan hal itu menjatuhkan Anda.',
  'ctype.extreme_critic.g':
    'Mereka akan melihat setiap kekurangan. Dengarkan dengan satu telinga terbuka: tindak lanjuti yang benar dan lepaskan sisanya tanpa berdebat.',
  'ctype.was_happy.g':
    'Pelanggan baik yang berpikir untuk pergi: dengarkan sepenuhnya, karena memenangkan mereka kembali sepadan dengan usahanya.',
  'ctype.was_happy.recovery':
    'Lakukan pemulihan layanan: selesaikan masalahnya dan tambahkan sesuatu yang menunjukkan mereka dihargai, lalu pastikan mereka puas.',
  'ctype.still_happy.g':
    'Pelanggan terbaik Anda: keluhan dari mereka adalah celah untuk menjadi lebih baik, bukan serangan.',
  'ctype.still_happy.visible':
    'Tindak lanjuti secara nyata dan beri tahu mereka apa yang berubah karena mereka bersuara.',
  'ctype.impatient.g':
    'Langsung ke intinya: sampaikan apa yang akan Anda lakukan dan berapa lama waktunya, dan buat setiap kabar singkat.',
  'ctype.indecisive.g':
    'Tawarkan dua atau tiga pilihan yang jelas, rekomendasikan satu, dan pastikan pilihan mereka sebelum Anda bertindak.',
  'ctype.talkative.g': 'Biarkan mereka menyampaikan pokok masalahnya, lalu arahkan kembali ke masalah dengan sopan.',
  'ctype.talkative.name':
    'Untuk mengarahkan mereka kembali, tunggu jeda napas, sebut nama mereka, ucapkan terima kasih, lalu ajukan pertanyaan berikutnya.',
  'say.ctype.critic_point': 'Bapak/Ibu benar soal …, dan saya akan memperbaikinya sekarang.',
  'say.ctype.loyal_recovery':
    'Bapak/Ibu sudah lama menjadi pelanggan kami, dan saya ingin memperbaiki hal ini untuk Bapak/Ibu: …',
  'say.ctype.thanks_feedback':
    'Terima kasih sudah memberi tahu kami, Bapak/Ibu. Berkat masukan itu, kami sedang mengubah …',
  'say.ctype.options':
    'Ada dua cara yang bisa kita lakukan, Bapak/Ibu: … atau … Kebanyakan pelanggan dalam situasi serupa memilih …',
  'say.ctype.by_name':
    '…, terima kasih, itu sangat membantu. Agar saya bisa menyelesaikan ini untuk Bapak/Ibu, boleh saya bertanya …?',

  'reason.menu_agent_request': 'Saya sudah mencapai batas saya',
  'view.customer_type': 'Pelanggan: {type}',
  'view.customer_language': 'Bahasa pelanggan: {language}',
  'ctype.none': 'Tanpa jenis',
  'ctype.pick': 'Pelanggan jenis apa ini?',
  'ctype.action': 'Jenis pelanggan',
  'ctype.language_action': 'Bahasa pelanggan',
  'console.help_ctype': 'type = tandai jenis pelanggan; clang <kode> = bahasa pelanggan untuk “Anda bisa mengatakan”.',
} as const satisfies TranslationOf<typeof en>;
