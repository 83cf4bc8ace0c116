/** Malay, guidance that fits the contact. Same keys as ../en/guidance.ts. */
import type { guidance as en } from '../en/guidance.ts';
import type { TranslationOf } from '../shape.ts';

export const guidance = {
  'channel.sms': 'SMS',
  'channel.social': 'Media sosial',

  'step.calm.g1_written': 'Baca keseluruhan mesej sebelum membalas, dan catat setiap perkara yang dibangkitkan.',
  'step.calm.g3_written':
    'Tulis dengan tenang dan ringkas, dan baca semula balasan anda sebelum menghantarnya. Anda yang mengawal perasaan anda, bukan mereka.',
  'step.calm.g4_written':
    'Mulakan balasan dengan mengulang aduan mereka dalam satu ayat, supaya mereka tahu mesej itu telah dibaca.',
  'say.calm.listening_written':
    'Terima kasih kerana meluangkan masa memaklumkan perkara ini kepada kami, Tuan/Puan. Saya telah membaca setiap perkara yang dinyatakan.',
  'say.calm.feeling_written':
    'Saya dapat melihat daripada mesej Tuan/Puan betapa kecewanya Tuan/Puan dengan perkara ini.',
  'step.calm.g3_chat':
    'Pastikan mesej anda pendek dan tidak tergesa-gesa, dan jangan sekali-kali menaip dalam huruf besar. Anda yang mengawal perasaan anda, bukan mereka.',
  'step.calm.g4_chat':
    'Apabila mereka berhenti menaip, ringkaskan apa yang anda baca dalam satu mesej, supaya mereka tahu ia telah dibaca.',
  'say.calm.listening_chat': 'Silakan, Tuan/Puan, tidak perlu tergesa-gesa. Saya membaca setiap mesej Tuan/Puan.',
  'step.calm.g_in_person':
    'Hadap mereka, kekalkan pandangan mata yang mesra dan angguk sekali-sekala untuk menunjukkan anda mengikuti.',
  'say.threat_physical.hear': 'Saya dengar, Tuan/Puan, dan saya memandang serius apa yang Tuan/Puan katakan.',
  'step.ignore_written.g3_letter':
    'Surat rasmi wajar dijawab dengan lebih daripada sepucuk surat lagi: tawarkan pertemuan secara bersemuka.',
  'say.ignore_written.meet_letter':
    'Saya ingin bertemu dengan Tuan/Puan secara bersemuka untuk membincangkan perkara ini bersama. Bilakah masa yang sesuai?',

  'step.empathise.understand':
    'Mula-mula tunjukkan anda faham: namakan perasaan yang anda dengar (kecewa, hampa, bimbang).',
  'step.empathise.apologise':
    'Kemudian mohon maaf dengan ikhlas atas apa yang mereka alami. Permohonan maaf yang sekadar hafalan memburukkan keadaan.',
  'say.boundary_hostile.pause':
    'Saya faham perkara ini sangat penting bagi Tuan/Puan. Mari kita bincangkan satu per satu supaya saya dapat membantu dengan sebaiknya.',
  'say.end_conversation.insults':
    'Seperti yang saya maklumkan tadi, saya menamatkan perbualan ini sekarang kerana kata-kata penghinaan yang digunakan. Tuan/Puan dialu-alukan untuk menghubungi kami semula apabila kita boleh berbincang dengan tenang.',
  'say.end_conversation.tone':
    'Seperti yang saya maklumkan tadi, saya menamatkan perbualan ini sekarang kerana nada perbualan ini. Tuan/Puan dialu-alukan untuk menghubungi kami semula apabila kita boleh berbincang dengan tenang.',
  'choice.still_upset': 'Mereka masih marah: biarkan mereka habis bercakap dahulu',

  'step.lead.g_in_person':
    'Secara bersemuka, betulkan keadaan serta-merta jika boleh: mereka sedang memerhati apa yang anda lakukan.',
  'step.lead.g_written':
    'Mesej yang pendek mungkin menyembunyikan masalah yang serius: jawab selengkap dan secepat panggilan telefon.',
  'say.ctype.two_minutes':
    'Mohon beri saya dua minit untuk menyelesaikan ini, Tuan/Puan, dan saya akan segera membantu.',
  'dont.cant_be_bothered': 'Malas saya nak layan.',
  'say.provide.feedback': 'Adakah apa-apa lagi yang boleh kami perbaiki untuk Tuan/Puan?',
  'view.instead_of': 'bukannya “{phrase}”',
  'dont.dont_know': 'Saya tak tahu.',
  'dont.dont_care': 'Saya tak peduli.',
  'dont.your_kind': 'Kami tak suka orang macam awak di sini.',
  'dont.know_nothing': 'Awak tak tahu apa-apa.',
  'dont.dont_come_back': 'Jangan datang lagi.',
  'dont.right_wrong': 'Saya betul, awak salah.',
  'dont.hurry': 'Cepatlah! / Tunggu.',

  'ctype.active_hater': 'Pembenci aktif',
  'ctype.extreme_critic': 'Pengkritik tegar',
  'ctype.was_happy': 'Pelanggan setia yang kini kecewa',
  'ctype.still_happy': 'Pelanggan yang masih berpuas hati, dengan aduan',
  'ctype.impatient': 'Tidak sabar',
  'ctype.indecisive': 'Sukar membuat keputusan',
  'ctype.talkative': 'Banyak bercakap',
  'ctype.active_hater.g':
    'Apa sahaja yang anda lakukan mungkin tidak memuaskan hati mereka: jangan layan atau mempertahankan diri, buat kerja sebaik mungkin dan jangan biarkan ia menjejaskan anda.',
  'ctype.extreme_critic.g':
    'Mereka akan perasan setiap kesilapan. Dengar dengan sebelah telinga: ambil tindakan atas apa yang benar dan lepaskan selebihnya tanpa bertengkar.',
  'ctype.was_happy.g':
    'Pelanggan yang baik yang sedang berfikir untuk pergi: dengar sepenuhnya, kerana memenangi mereka semula berbaloi.',
  'ctype.was_happy.recovery':
    'Jalankan pemulihan perkhidmatan: selesaikan masalah dan tambah sesuatu yang menunjukkan mereka dihargai, kemudian pastikan mereka berpuas hati.',
  'ctype.still_happy.g':
    'Pelanggan terbaik anda: aduan daripada mereka ialah peluang untuk memperbaiki diri, bukan serangan.',
  'ctype.still_happy.visible':
    'Ambil tindakan secara nyata dan beritahu mereka apa yang berubah kerana mereka bersuara.',
  'ctype.impatient.g':
    'Terus kepada perkara pokok: nyatakan apa yang akan anda lakukan dan berapa lama masa diperlukan, dan ringkaskan setiap makluman.',
  'ctype.indecisive.g':
    'Tawarkan dua atau tiga pilihan yang jelas, cadangkan satu, dan sahkan pilihan mereka sebelum bertindak.',
  'ctype.talkative.g':
    'Biarkan mereka menyatakan perkara utama, kemudian bawa perbualan kembali kepada masalah dengan sopan.',
  'ctype.talkative.name':
    'Untuk membawa mereka kembali, tunggu mereka berhenti seketika, sebut nama mereka, ucapkan terima kasih, dan ajukan soalan seterusnya.',
  'say.ctype.critic_point': 'Tuan/Puan betul tentang …, dan saya akan membetulkannya sekarang.',
  'say.ctype.loyal_recovery':
    'Tuan/Puan sudah lama bersama kami, dan saya mahu memperbetulkan perkara ini untuk Tuan/Puan: …',
  'say.ctype.thanks_feedback':
    'Terima kasih kerana memaklumkan kami, Tuan/Puan. Hasil maklum balas itu, kami sedang mengubah …',
  'say.ctype.options':
    'Ada dua cara untuk kita lakukannya, Tuan/Puan: … atau … Kebanyakan pelanggan dalam situasi yang sama memilih …',
  'say.ctype.by_name':
    '…, terima kasih, itu sangat membantu. Supaya saya dapat menyelesaikan perkara ini untuk Tuan/Puan, boleh saya tanya …?',

  'reason.menu_agent_request': 'Saya sudah mencapai had saya',
  'view.customer_type': 'Pelanggan: {type}',
  'view.customer_language': 'Bahasa pelanggan: {language}',
  'ctype.none': 'Tiada jenis',
  'ctype.pick': 'Pelanggan jenis apakah ini?',
  'ctype.action': 'Jenis pelanggan',
  'ctype.language_action': 'Bahasa pelanggan',
  'console.help_ctype': 'type = tandakan jenis pelanggan; clang <kod> = bahasa pelanggan untuk “Anda boleh berkata”.',
} as const satisfies TranslationOf<typeof en>;
