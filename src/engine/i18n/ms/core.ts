/**
 * Malay (Bahasa Melayu), core entries. Customers are addressed as "Tuan/Puan"; agents as "anda".
 * Same keys as ../en/core.ts.
 */
import type { core as en } from '../en/core.ts';
import type { TranslationOf } from '../shape.ts';

export const core = {
  'kind.vulgarity': 'Bahasa kesat',
  'kind.insult': 'Penghinaan',
  'kind.legal_threat': 'Ancaman tindakan undang-undang',
  'kind.physical_threat': 'Ancaman fizikal',
  'kind.supervisor_request': 'Mahu bercakap dengan pegawai atasan',
  'kind.hostile': 'Marah atau kasar',
  'channel.phone': 'Telefon',
  'channel.chat': 'Sembang dalam talian',
  'channel.email': 'E-mel',
  'channel.letter': 'Surat',
  'channel.in_person': 'Bersemuka',
  'outcome.resolved': 'Selesai',
  'outcome.escalated': 'Dirujuk kepada penyelia',
  'outcome.ended_after_warning': 'Ditamatkan selepas amaran',
  'outcome.ignored_written': 'Kata-kata kesat tidak dilayan (bertulis)',
  'outcome.handed_over': 'Diserahkan kepada rakan sekerja',

  'step.calm.title': 'Biarkan mereka meluahkan perasaan dahulu',
  'step.calm.g1': 'Dengar keseluruhan aduan. Jangan menyampuk, walaupun untuk membetulkan mereka.',
  'step.calm.g2': 'Biarkan kemarahan itu reda sendiri; ia lebih cepat hilang apabila tiada siapa yang melawan.',
  'step.calm.g3': 'Kekalkan suara anda perlahan dan rendah. Anda yang mengawal perasaan anda, bukan mereka.',
  'step.calm.g4':
    'Apabila mereka berhenti seketika, ulang semula apa yang anda dengar supaya mereka tahu mereka didengari.',
  'say.calm.listening': 'Silakan teruskan, Tuan/Puan. Saya sedang mendengar.',
  'say.calm.repeat': 'Izinkan saya pastikan saya faham dengan betul: … Betulkah begitu, Tuan/Puan?',
  'say.calm.feeling': 'Saya faham betapa kecewanya Tuan/Puan dengan perkara ini.',

  'step.boundary_vulgar.title': 'Tetapkan batas dengan sopan tetapi tegas',
  'step.boundary_vulgar.g1': 'Masalahnya terletak pada kata-kata yang dipilih oleh pelanggan, bukan pada anda.',
  'step.boundary_vulgar.g2':
    'Minta mereka berhenti menggunakan bahasa itu serta-merta. Jangan sesekali membalas kebiadaban dengan kebiadaban.',
  'step.boundary_vulgar.g3': 'Ini amaran ke-{warnings}. Teruskan membantu jika mereka berhenti.',
  'say.boundary_vulgar.stop':
    'Saya ingin membantu Tuan/Puan, dan saya dapat melakukannya dengan lebih baik jika kita menggunakan bahasa yang sopan. Saya mohon Tuan/Puan tidak menggunakan kata-kata kesat.',
  'say.boundary_vulgar.continue':
    'Saya faham Tuan/Puan sedang kecewa. Saya akan terus membantu selagi kita boleh berbincang tanpa bahasa seperti itu.',
  'step.boundary_insult.title': 'Minta mereka berhenti menghina',
  'step.boundary_insult.g1':
    'Ini bukan soal peribadi: mereka marah kepada syarikat yang anda wakili, bukan kepada anda.',
  'step.boundary_insult.g2':
    'Minta mereka berhenti mencaci dengan sopan tetapi tegas. Jangan sesekali membalas dengan penghinaan atau kemarahan.',
  'step.boundary_insult.g3': 'Ini amaran ke-{warnings}. Teruskan membantu jika mereka berhenti.',
  'say.boundary_insult.stop':
    'Saya ingin menyelesaikan perkara ini untuk Tuan/Puan, tetapi saya tidak dapat meneruskannya jika saya terus dihina. Mohon hentikan.',
  'say.boundary_insult.focus':
    'Saya faham Tuan/Puan marah dengan pihak kami. Mari kita sama-sama memberi tumpuan untuk menyelesaikan masalah ini.',
  'step.boundary_hostile.title': 'Minta nada yang lebih tenang',
  'step.boundary_hostile.g1':
    'Bersikap tegas, bukan agresif. Perlahankan percakapan dan berhenti sejenak sebelum menjawab.',
  'step.boundary_hostile.g2': 'Minta mereka, dengan sopan tetapi tegas, supaya perbualan kekal saling menghormati.',
  'step.boundary_hostile.g3': 'Ini amaran ke-{warnings}. Teruskan membantu jika mereka bertenang.',
  'say.boundary_hostile.respect':
    'Saya benar-benar ingin membantu. Bolehkah kita berbincang dengan tenang supaya saya dapat memberi tumpuan kepada masalah Tuan/Puan?',
  'say.ctype.hurry':
    'Maaf kerana terpaksa menyegerakan Tuan/Puan; ada pelanggan lain yang sedang menunggu juga. Boleh beri saya dua minit untuk menyemak perkara ini?',
  'step.last_warning.title': 'Ayat jalan terakhir',
  'step.last_warning.g1': 'Beritahu pelanggan dengan jelas bahawa perbualan akan ditamatkan jika nada ini berterusan.',
  'step.last_warning.g2': 'Sebut sekali sahaja, dengan tenang, sebagai makluman dan bukan ancaman.',
  'say.last_warning.line':
    'Jika perbualan ini berterusan dengan nada begini, saya terpaksa menamatkan perbualan kita, Tuan/Puan.',
  'step.end_conversation.title': 'Beritahu mereka, kemudian tamatkan perbualan',
  'step.end_conversation.g1': 'Beritahu pelanggan bahawa anda menamatkan perbualan sekarang, dan sebabnya.',
  'step.end_conversation.g2': 'Kemudian tamatkannya dengan tenang, tanpa menambah apa-apa lagi.',
  'step.end_conversation.g3':
    'Pelanggan telah ditanda supaya sesiapa yang mengendalikan urusan mereka seterusnya lebih bersedia.',
  'say.end_conversation.line':
    'Seperti yang saya maklumkan tadi, saya menamatkan perbualan ini sekarang kerana bahasa yang digunakan. Tuan/Puan dialu-alukan untuk menghubungi kami semula apabila kita boleh berbincang dengan tenang.',
  'step.ignore_written.title': 'Hubungan bertulis: anda boleh tidak melayan kata-kata kesat',
  'step.ignore_written.g1': 'Dalam surat atau e-mel, anda tidak perlu menjawab kata-kata kesat atau menghina.',
  'step.ignore_written.g2': 'Balas isi aduan sahaja, dengan nada sopan seperti biasa.',
  'step.ignore_written.g3': 'Jika aduan itu serius, tawarkan untuk membincangkannya dan bukan terus berbalas mesej.',
  'say.ignore_written.open':
    'Terima kasih kerana menulis kepada kami. Saya telah meneliti setiap perkara yang Tuan/Puan bangkitkan.',
  'say.ignore_written.meet':
    'Adakah Tuan/Puan mahu kita bincangkan perkara ini? Saya boleh menelefon Tuan/Puan pada masa yang sesuai.',

  'step.empathise.title': 'Tunjukkan empati dan mohon maaf dengan ikhlas',
  'say.empathise.sorry':
    'Saya pun akan berasa kecewa jika berada di tempat Tuan/Puan, dan saya mohon maaf atas apa yang berlaku.',
  'say.empathise.point': 'Ada benarnya kata Tuan/Puan, dan saya mohon maaf atas kesulitan yang berlaku.',
  'say.ctype.waiting': 'Maaf kerana membuat Tuan/Puan menunggu. Apa yang boleh saya bantu?',
  'step.lead.title': 'Bimbing mereka ke arah penyelesaian',
  'step.lead.g1': 'Tanya apa yang dapat memperbetulkan keadaan bagi mereka.',
  'step.lead.g2': 'Jika mereka meminta sesuatu yang tidak dapat anda berikan, nyatakan apa yang boleh anda lakukan.',
  'step.lead.g3': 'Ambil alih: nyatakan apa yang akan dilakukan, bila, dan oleh siapa.',
  'say.lead.ask': 'Apa yang boleh saya lakukan untuk membetulkan keadaan ini bagi Tuan/Puan?',
  'say.lead.instead_dont_know':
    'Boleh Tuan/Puan tunggu sebentar? Saya akan cuba sedaya upaya untuk mendapatkan jawapannya.',
  'say.lead.restate':
    'Jadi, untuk pengesahan: … akan dilakukan sebelum …, dan … akan menguruskannya. Betulkah begitu, Tuan/Puan?',
  'step.alternative.title': 'Tawarkan apa yang boleh anda lakukan',
  'step.alternative.g1':
    'Berterus terang bahawa permintaan itu tidak dapat dipenuhi, dan tawarkan pilihan yang paling hampir.',
  'step.alternative.g2': 'Jika anda silap, mohon maaf dengan baik. Jika anda betul, jangan ungkit-ungkit.',
  'say.alternative.cannot': 'Saya tidak dapat melakukannya, tetapi apa yang boleh saya lakukan ialah: …',
  'say.alternative.instead_kind':
    'Permintaan itu sukar untuk kami penuhi, tetapi inilah yang boleh kami lakukan untuk Tuan/Puan.',
  'say.alternative.misunderstanding': 'Saya rasa mungkin ada sedikit salah faham: apa yang kami tawarkan ialah …',
  'say.alternative.instead_wrong':
    'Ada benarnya kata Tuan/Puan. Namun, saya khuatir kami tidak dapat melakukannya kerana …',
  'step.provide.title': 'Tunaikan apa yang dijanjikan',
  'step.provide.g1':
    'Laksanakan apa yang anda janjikan, atau serahkan kepada orang yang akan melaksanakannya, dengan menyebut namanya.',
  'step.provide.g2': 'Beritahu mereka bila ia boleh dijangka, dan maklumkan semula apabila ia selesai.',
  'say.provide.next': 'Ini langkah seterusnya: … sebelum … Saya akan memaklumkan Tuan/Puan apabila ia selesai.',
  'say.senior.instead_dont_come_back':
    'Saya minta maaf kerana Tuan/Puan berasa begitu tentang perkhidmatan kami. Izinkan saya membantu.',

  'step.senior.title': 'Mereka mahu bercakap dengan pegawai atasan: tidak mengapa',
  'step.senior.g1': 'Merujuk kepada penyelia bukan tanda kegagalan; perkhidmatan yang baik ialah usaha berpasukan.',
  'step.senior.g2': 'Penyelia anda telah dimaklumkan. Beritahu pelanggan apa yang akan berlaku seterusnya.',
  'step.senior.g3': 'Terus mendengar sementara menunggu, dan catat butirannya supaya mereka tidak perlu mengulanginya.',
  'say.senior.bring':
    'Saya faham. Saya akan memanggil penyelia saya sekarang. Sementara menunggu, boleh saya catat butirannya supaya Tuan/Puan tidak perlu mengulanginya?',
  'step.handover.title': 'Serahkan kepada seseorang yang lebih berpengalaman',
  'step.handover.g1':
    'Ada orang lain yang lebih arif tentang kes seperti ini. Melibatkan mereka ialah pilihan yang profesional.',
  'step.handover.g2': 'Beri taklimat kepada rakan sekerja anda supaya pelanggan tidak perlu bermula semula.',
  'say.handover.colleague':
    'Saya akan melibatkan rakan sekerja saya yang paling arif dalam hal ini, supaya Tuan/Puan mendapat jawapan yang tepat.',

  'step.threat_legal.title': 'Ancaman undang-undang: catat, laporkan, teruskan',
  'step.threat_legal.g1': 'Jangan ambil hati. Tindakan pelanggan selepas ini bukan di bawah kawalan anda.',
  'step.threat_legal.g2':
    'Ia telah dilaporkan kepada pasukan perundangan berserta masanya. Catat dengan tepat apa yang dikatakan.',
  'step.threat_legal.g3': 'Terus mendengar dengan sabar dan terus berusaha menyelesaikan masalah.',
  'say.threat_legal.right':
    'Saya faham Tuan/Puan sedang mempertimbangkan langkah itu, dan itu hak Tuan/Puan. Sementara itu, saya masih ingin membantu menyelesaikan perkara ini.',
  'step.threat_physical.title': 'Ancaman fizikal: keselamatan anda diutamakan',
  'step.threat_physical.g1': 'Pihak keselamatan dan penyelia anda telah dimaklumkan sebagai kes kritikal.',
  'step.threat_physical.g2':
    'Bersemuka dan berasa tidak selamat? Jauhkan diri daripada pelanggan dan tunggu pihak keselamatan.',
  'step.threat_physical.g3': 'Jangan bertengkar atau mencabar. Jika selamat, kekal tenang dan terus mendengar.',
  'step.threat_physical.g4':
    'Catat dengan tepat apa yang dikatakan dan bila. Rekod ini disimpan untuk pasukan perundangan.',
  'say.threat_physical.calm': 'Saya ingin membantu Tuan/Puan, dan untuk itu kita berdua perlu bertenang.',
  'step.end_safely.title': 'Tamatkan urusan dengan selamat',
  'step.end_safely.g1': 'Beritahu pelanggan bahawa anda menamatkan perbualan sekarang.',
  'step.end_safely.g2':
    'Kemudian tamatkannya. Jika bersemuka, tinggalkan kawasan itu dan tunggu bersama rakan sekerja.',
  'say.end_safely.line': 'Saya menamatkan perbualan ini sekarang. Pasukan keselamatan kami telah dimaklumkan.',

  'choice.calmed': 'Mereka sudah bertenang',
  'choice.keeps_swearing': 'Mereka terus mencarut',
  'choice.keeps_insulting': 'Mereka terus menghina saya',
  'choice.getting_abusive': 'Mereka semakin kasar',
  'choice.written_ignore': 'Ini bertulis: jangan layan kata-kata kesat',
  'choice.stopped': 'Mereka berhenti',
  'choice.carried_on': 'Mereka meneruskannya',
  'choice.someone_else': 'Orang yang lebih berpengalaman patut mengambil alih',
  'choice.told_and_ended': 'Saya sudah memberitahu mereka dan menamatkan perbualan',
  'choice.apologised': 'Mereka meminta maaf: teruskan membantu',
  'choice.replied_substance': 'Membalas isi aduan; kata-kata kesat tidak dilayan',
  'choice.needs_work': 'Masalah itu sendiri perlu diselesaikan',
  'choice.to_resolution': 'Teruskan ke arah penyelesaian',
  'choice.agreed': 'Kami bersetuju tentang apa yang perlu dilakukan',
  'choice.impossible_request': 'Mereka mahukan sesuatu yang tidak dapat kami lakukan',
  'choice.beyond_me': 'Perkara ini di luar kuasa saya untuk memutuskan',
  'choice.accepted': 'Mereka menerimanya',
  'choice.insist_senior': 'Mereka berkeras mahu bercakap dengan pegawai atasan',
  'choice.resolved': 'Selesai',
  'choice.not_satisfied': 'Masih tidak berpuas hati: mahu pegawai atasan',
  'choice.supervisor_took_over': 'Penyelia telah mengambil alih',
  'choice.accepted_my_help': 'Akhirnya mereka menerima bantuan saya',
  'choice.colleague_took_over': 'Rakan sekerja telah mengambil alih',
  'choice.carried_on_myself': 'Saya teruskan sendiri',
  'choice.security_took_over': 'Pihak keselamatan atau penyelia saya telah mengambil alih',
  'choice.calmed_carry_on': 'Mereka sudah bertenang: teruskan',
  'choice.ending_contact': 'Ia berterusan: saya menamatkan urusan ini',
  'choice.still_senior': 'Mereka masih mahu pegawai atasan',
  'choice.let_me_help': 'Mereka membenarkan saya membantu',

  'action.worse': 'Pelanggan semakin marah',
  'action.better': 'Pelanggan lebih tenang',
  'action.supervisor': 'Saya perlukan penyelia',
  'action.close': 'Tutup',
  'action.threat_physical': 'Mereka mengugut untuk mencederakan',
  'action.threat_legal': 'Mereka mengugut untuk mengambil tindakan undang-undang',
  'action.complexity': 'Kerumitan masalah',
  'reason.customer_insists': 'Pelanggan berkeras mahu pegawai atasan',
  'reason.more_experienced': 'Orang lain lebih berpengalaman dalam hal ini',
  'reason.agent_request': 'Ejen telah mencapai hadnya',
  'reason.physical_threat': 'Ancaman fizikal sentiasa terus dimaklumkan kepada penyelia',
  'reason.limit': 'Had dicapai ({limit}): {value}, had {max}',
  'limit.minutes': 'Masa bersama pelanggan ini',
  'limit.hostility': 'Keagresifan',
  'limit.complexity': 'Kerumitan',

  'view.header': '{kind} · {channel}',
  'view.meters':
    'Keagresifan {hostility}/5 (had anda {hostilityMax}) · Kerumitan {complexity}/5 (had {complexityMax}) · {minutes} daripada {minutesMax} minit · Amaran {warnings}',
  'view.say_instead': 'Anda boleh berkata',
  'view.closed': 'Sesi ditutup: {outcome}.',

  'notice.paged': 'Penyelia anda telah dimaklumkan: {reason}.',
  'notice.paged_critical': 'KRITIKAL: pihak keselamatan dan penyelia anda telah dimaklumkan: {reason}.',
  'notice.threat_reported': 'Dilaporkan kepada {to} berserta masa dan rekod sesi anda.',
  'notice.flagged': 'Pelanggan telah ditanda ({kind}) supaya ejen seterusnya lebih bersedia.',
  'notice.acknowledged': '{by} telah menerima permintaan bantuan anda dan sedang dalam perjalanan.',
  'notice.already_paged':
    'Penyelia anda sudah pun dimaklumkan tentang perkara ini; permintaan bantuan itu masih aktif.',
  'notice.decompress':
    'Itu tadi urusan yang berat. Sebelum pelanggan seterusnya: tarik nafas perlahan-lahan tiga kali, berbual dengan seseorang jika boleh, dan berehat sebentar jika perlu. Tiada apa-apa di sini yang wajib.',
  'to.security': 'pihak keselamatan',
  'to.legal': 'pasukan perundangan',

  'page.title': 'Permintaan bantuan Holdline: {agent} memerlukan penyelia',
  'page.title_critical': 'Permintaan bantuan KRITIKAL Holdline: {agent} melaporkan ancaman fizikal',
  'page.body':
    '{kind} (saluran: {channel}). {reason}. {minutes} minit bersama pelanggan, tahap keagresifan {hostility}/5.',
  'page.customer': 'Pelanggan {hint}.',
  'report.title': 'Laporan ancaman Holdline untuk {to}',
  'report.body':
    '{kind} dilaporkan oleh {agent} pada {time} (sesi {session}, {channel}). Garis masa sesi disimpan sebagai rekod.',

  'limits.title': 'Had peribadi anda',
  'limits.current':
    'Masa dengan seorang pelanggan: {minutes} minit · Keagresifan: {hostility}/5 · Kerumitan: {complexity}/5',
  'limits.saved': 'Had anda telah disimpan. Ia berkuat kuasa mulai urusan anda yang seterusnya.',
  'limits.minutes_prompt': 'Minit bersama seorang pelanggan sebelum penyelia campur tangan (1–480)',
  'limits.hostility_prompt': 'Tahap keagresifan pelanggan tertinggi yang sanggup anda kendalikan (1–5)',
  'limits.complexity_prompt': 'Tahap kerumitan masalah tertinggi yang sanggup anda kendalikan (1–5)',

  'console.welcome': 'Holdline, di terminal. Ejen: {agent}. Taip ? pada bila-bila masa untuk bantuan.',
  'console.resume': 'Anda mempunyai sesi terbuka sejak {time}. Menyambung sesi tersebut.',
  'console.idle_prompt':
    'Tekan Enter untuk mula mendapatkan panduan bagi pelanggan yang sukar, l untuk menetapkan had anda, q untuk keluar.',
  'console.pick_kind': 'Apakah yang dilakukan oleh pelanggan?',
  'console.pick_channel': 'Bagaimanakah mereka menghubungi anda?',
  'console.customer_prompt': 'Rujukan pelanggan (e-mel, telefon atau ID akaun), atau Enter untuk langkau',
  'console.pick_number': 'Pilih nombor dari 1 hingga {max}.',
  'console.unknown': 'Saya tidak faham "{input}". Taip ? untuk senarai arahan.',
  'console.help':
    'Nombor untuk memilih. y = sahkan jenis yang dicadangkan, k = tukar jenis, w = pelanggan semakin marah, b = lebih tenang, s = saya perlukan penyelia, v = mereka mengugut untuk mencederakan, g = mereka mengugut tindakan undang-undang, c 1-5 = kerumitan masalah, f = tandakan pelanggan, x = tutup, l = had, q = keluar (sesi kekal terbuka).',
  'console.pick_reason': 'Mengapakah anda memerlukan penyelia?',
  'console.pick_outcome': 'Bagaimanakah urusan ini berakhir?',
  'console.goodbye': 'Selamat tinggal.',
  'console.goodbye_open': 'Selamat tinggal. Sesi terbuka anda disimpan; mulakan Holdline semula untuk menyambungnya.',

  'error.session_closed': 'Sesi ini sudah ditutup. Mulakan sesi baharu dengan /complaint.',
  'error.unknown_choice':
    'Pilihan itu bukan sebahagian daripada langkah ini. Pilih salah satu pilihan yang dipaparkan.',
  'error.choice_unavailable': 'Pilihan itu tidak tersedia sekarang. Pilih salah satu pilihan yang dipaparkan.',
  'error.invalid_value': 'Nilai itu di luar julat. {detail}',
  'error.outcome_not_allowed': 'Keputusan itu tidak sesuai untuk sesi ini: {detail}',
  'error.stale': 'Langkah ini sudah berubah sejak butang itu dipaparkan. Langkah semasa ada di bawah.',
  'error.not_yours': 'Sesi ini milik ejen lain.',
  'error.not_found': 'Sesi itu sudah tidak wujud.',
  'error.text_too_long': 'Teks itu terlalu panjang ({length} aksara; maksimum {max}). Sila pendekkan.',
  'error.store_unavailable':
    'Holdline tidak dapat menghubungi pangkalan datanya sekarang. Tiada apa-apa yang anda rekodkan hilang; sila cuba lagi sebentar lagi.',
  'error.internal': 'Berlaku masalah di pihak kami. Tiada apa-apa yang anda rekodkan hilang; sila cuba lagi.',
  'error.already_open': 'Anda sudah mempunyai sesi terbuka. Tutup sesi itu sebelum memulakan sesi baharu.',
  // The kind suggested from what the customer said
  'view.suggestion': 'Dicadangkan berdasarkan kata-kata pelanggan: {kind}. Sahkan, atau pilih jenis yang betul.',
  'view.no_suggestion':
    'Tiada apa-apa dalam kata-kata pelanggan yang sepadan dengan sesuatu jenis; dimulakan sebagai marah atau kasar. Pilih jenis yang betul jika lebih sesuai.',
  'view.suggestion_threat':
    'Mungkin ada ancaman fizikal dalam kata-kata pelanggan. Belum ada sesiapa dimaklumkan: jika ia ancaman, sahkan atau gunakan “{action}” untuk memaklumkan penyelia anda dan pihak keselamatan.',
  'view.evidence': 'Sebab: {evidence}',
  'action.confirm_kind': 'Ya, betul',
  'action.change_kind': 'Tukar jenis',
  'console.said_prompt':
    'Apakah yang dikatakan oleh pelanggan? (pilihan: dibaca untuk mengesan ancaman dan kata-kata kesat, tidak pernah disimpan; Enter untuk langkau)',
  'console.suggested': 'dicadangkan',
  'console.possible_threat':
    'Mungkin ancaman fizikal (belum ada sesiapa dimaklumkan). Enter mengesahkannya: penyelia anda dan pihak keselamatan dimaklumkan.',
  'console.enter_accepts': 'Enter untuk menerima cadangan, atau taip nombor',
} as const satisfies TranslationOf<typeof en>;
