/**
 * Indonesian (Bahasa Indonesia), core entries. Customers are addressed as "Bapak/Ibu"; agents as "Anda".
 * Same keys as ../en/core.ts.
 */
import type { core as en } from '../en/core.ts';
import type { TranslationOf } from '../shape.ts';

export const core = {
  'kind.vulgarity': 'Kata-kata kotor',
  'kind.insult': 'Hinaan',
  'kind.legal_threat': 'Ancaman tuntutan hukum',
  'kind.physical_threat': 'Ancaman fisik',
  'kind.supervisor_request': 'Ingin bicara dengan atasan',
  'kind.hostile': 'Marah atau agresif',
  'channel.phone': 'Telepon',
  'channel.chat': 'Obrolan (chat)',
  'channel.email': 'Email',
  'channel.letter': 'Surat',
  'channel.in_person': 'Tatap muka',
  'outcome.resolved': 'Terselesaikan',
  'outcome.escalated': 'Diteruskan ke supervisor',
  'outcome.ended_after_warning': 'Diakhiri setelah peringatan',
  'outcome.ignored_written': 'Kata-kata kotor tidak ditanggapi (tertulis)',
  'outcome.handed_over': 'Diserahkan ke rekan kerja',

  'step.calm.title': 'Biarkan mereka meluapkan emosinya dulu',
  'step.calm.g1': 'Dengarkan seluruh keluhan. Jangan menyela, bahkan untuk mengoreksi mereka.',
  'step.calm.g2': 'Biarkan amarahnya mereda dengan sendirinya; amarah lebih cepat reda jika tidak ada yang melawan.',
  'step.calm.g3': 'Jaga suara Anda tetap pelan dan rendah. Anda yang mengendalikan perasaan Anda, bukan mereka.',
  'step.calm.g4': 'Saat mereka berhenti sejenak, ulangi apa yang Anda dengar agar mereka tahu keluhannya didengar.',
  'say.calm.listening': 'Silakan dilanjutkan, Bapak/Ibu. Saya mendengarkan.',
  'say.calm.repeat': 'Izinkan saya memastikan bahwa saya memahaminya dengan benar: … Apakah benar begitu, Bapak/Ibu?',
  'say.calm.feeling': 'Saya bisa memahami betapa menjengkelkannya hal ini bagi Bapak/Ibu.',

  'step.boundary_vulgar.title': 'Tetapkan batasan dengan sopan dan tegas',
  'step.boundary_vulgar.g1': 'Masalahnya ada pada kata-kata yang dipilih pelanggan, bukan pada Anda.',
  'step.boundary_vulgar.g2':
    'Minta mereka segera berhenti menggunakan kata-kata itu. Jangan pernah membalas ketidaksopanan dengan ketidaksopanan.',
  'step.boundary_vulgar.g3': 'Ini peringatan ke-{warnings}. Tetap bantu jika mereka berhenti.',
  'say.boundary_vulgar.stop':
    'Saya ingin membantu Bapak/Ibu, dan saya bisa membantu dengan lebih baik jika kita tetap menggunakan bahasa yang sopan. Mohon untuk tidak menggunakan kata-kata kotor.',
  'say.boundary_vulgar.continue':
    'Saya mengerti Bapak/Ibu sedang kesal. Saya akan tetap membantu selama kita bisa berbicara tanpa kata-kata seperti itu.',
  'step.boundary_insult.title': 'Minta mereka berhenti menghina',
  'step.boundary_insult.g1':
    'Ini bukan masalah pribadi: mereka marah kepada perusahaan yang Anda wakili, bukan kepada Anda.',
  'step.boundary_insult.g2':
    'Dengan sopan dan tegas, minta mereka menghentikan pelecehan verbal. Jangan pernah membalas dengan hinaan atau amarah.',
  'step.boundary_insult.g3': 'Ini peringatan ke-{warnings}. Tetap bantu jika mereka berhenti.',
  'say.boundary_insult.stop':
    'Saya ingin menyelesaikan masalah ini untuk Bapak/Ibu, tetapi saya tidak bisa melanjutkan jika terus dihina. Mohon hentikan.',
  'say.boundary_insult.focus':
    'Saya mengerti Bapak/Ibu marah kepada kami. Mari kita fokus menyelesaikan masalahnya bersama-sama.',
  'step.boundary_hostile.title': 'Minta nada bicara yang lebih tenang',
  'step.boundary_hostile.g1': 'Tetap asertif, jangan agresif. Bicaralah lebih pelan dan beri jeda sebelum menjawab.',
  'step.boundary_hostile.g2': 'Dengan sopan dan tegas, minta mereka menjaga percakapan tetap saling menghormati.',
  'step.boundary_hostile.g3': 'Ini peringatan ke-{warnings}. Tetap bantu jika mereka sudah tenang.',
  'say.boundary_hostile.respect':
    'Saya sungguh ingin membantu. Bisakah kita berbicara dengan tenang agar saya bisa fokus pada masalah Bapak/Ibu?',
  'say.ctype.hurry':
    'Mohon maaf harus mempercepat; ada pelanggan lain yang juga sedang menunggu. Boleh beri saya waktu dua menit untuk memeriksanya?',
  'step.last_warning.title': 'Kalimat pilihan terakhir',
  'step.last_warning.g1':
    'Sampaikan dengan jelas kepada pelanggan bahwa percakapan akan diakhiri jika nada ini berlanjut.',
  'step.last_warning.g2': 'Ucapkan sekali saja, dengan tenang, sebagai informasi, bukan ancaman.',
  'say.last_warning.line':
    'Jika percakapan ini terus berlanjut dengan nada seperti ini, dengan berat hati saya harus mengakhiri percakapan kita, Bapak/Ibu.',
  'step.end_conversation.title': 'Beri tahu mereka, lalu akhiri percakapan',
  'step.end_conversation.g1': 'Beri tahu pelanggan bahwa Anda mengakhiri percakapan sekarang, beserta alasannya.',
  'step.end_conversation.g2': 'Lalu akhiri dengan tenang, tanpa menambahkan apa pun.',
  'step.end_conversation.g3': 'Pelanggan ditandai agar siapa pun yang menangani kontak berikutnya sudah siap.',
  'say.end_conversation.line':
    'Seperti yang sudah saya sampaikan, saya mengakhiri percakapan ini sekarang karena bahasa yang digunakan. Bapak/Ibu dipersilakan menghubungi kami kembali saat kita bisa berbicara dengan tenang.',
  'step.ignore_written.title': 'Kontak tertulis: Anda boleh tidak menanggapi kata-kata kotor',
  'step.ignore_written.g1': 'Dalam surat atau email, Anda tidak perlu menanggapi kata-kata kotor atau hinaan.',
  'step.ignore_written.g2': 'Tanggapi inti keluhannya saja, dengan nada sopan seperti biasa.',
  'step.ignore_written.g3': 'Jika keluhannya serius, tawarkan untuk membicarakannya alih-alih terus berbalas pesan.',
  'say.ignore_written.open':
    'Terima kasih atas pesan yang Bapak/Ibu kirimkan. Saya sudah memeriksa setiap hal yang Bapak/Ibu sampaikan.',
  'say.ignore_written.meet':
    'Apakah Bapak/Ibu ingin kita membicarakan hal ini? Saya bisa menelepon Bapak/Ibu pada waktu yang sesuai.',

  'step.empathise.title': 'Tunjukkan empati dan minta maaf dengan tulus',
  'say.empathise.sorry':
    'Saya pun akan merasa kesal jika berada di posisi Bapak/Ibu, dan saya mohon maaf atas kejadian ini.',
  'say.empathise.point': 'Bapak/Ibu ada benarnya, dan saya mohon maaf atas ketidaknyamanan yang ditimbulkan.',
  'say.ctype.waiting': 'Mohon maaf sudah membuat Bapak/Ibu menunggu. Ada yang bisa saya bantu?',
  'step.lead.title': 'Arahkan mereka ke penyelesaian',
  'step.lead.g1': 'Tanyakan apa yang bisa memperbaiki keadaan bagi mereka.',
  'step.lead.g2': 'Jika mereka meminta sesuatu yang tidak bisa Anda berikan, sampaikan apa yang bisa Anda lakukan.',
  'step.lead.g3': 'Ambil kendali: sampaikan apa yang akan dilakukan, kapan, dan oleh siapa.',
  'say.lead.ask': 'Apa yang bisa saya lakukan untuk menyelesaikan masalah ini bagi Bapak/Ibu?',
  'say.lead.instead_dont_know':
    'Bisakah Bapak/Ibu menunggu sebentar? Saya akan berusaha sebaik mungkin untuk mencari tahu.',
  'say.lead.restate':
    'Jadi, untuk memastikan: … akan dikerjakan paling lambat …, dan … yang akan menanganinya. Apakah benar begitu, Bapak/Ibu?',
  'step.alternative.title': 'Tawarkan apa yang bisa Anda lakukan',
  'step.alternative.g1':
    'Sampaikan dengan jujur bahwa permintaan itu tidak bisa dipenuhi, dan tawarkan pilihan terdekat yang bisa Anda berikan.',
  'step.alternative.g2': 'Jika Anda keliru, minta maaf dengan baik. Jika Anda benar, jangan diungkit-ungkit.',
  'say.alternative.cannot': 'Hal itu tidak bisa saya lakukan, tetapi yang bisa saya lakukan adalah: …',
  'say.alternative.instead_kind':
    'Permintaan itu sulit kami penuhi, tetapi inilah yang bisa kami lakukan untuk Bapak/Ibu.',
  'say.alternative.misunderstanding': 'Sepertinya ada sedikit kesalahpahaman: yang kami tawarkan adalah …',
  'say.alternative.instead_wrong': 'Bapak/Ibu ada benarnya. Namun, mohon maaf, kami tidak bisa melakukannya karena …',
  'step.provide.title': 'Tepati apa yang Anda janjikan',
  'step.provide.g1':
    'Kerjakan apa yang sudah Anda janjikan, atau serahkan kepada orang yang akan mengerjakannya, dengan menyebut namanya.',
  'step.provide.g2': 'Beri tahu kapan hasilnya bisa diharapkan, dan kabari mereka setelah selesai.',
  'say.provide.next': 'Langkah selanjutnya adalah: … paling lambat … Saya akan mengabari Bapak/Ibu setelah selesai.',
  'say.senior.instead_dont_come_back':
    'Saya mohon maaf Bapak/Ibu merasa demikian tentang layanan kami. Izinkan saya membantu.',

  'step.senior.title': 'Mereka ingin bicara dengan atasan: tidak apa-apa',
  'step.senior.g1': 'Meneruskan ke atasan bukan berarti gagal; layanan yang baik adalah kerja tim.',
  'step.senior.g2': 'Supervisor Anda sudah diberi tahu. Sampaikan kepada pelanggan apa yang akan terjadi selanjutnya.',
  'step.senior.g3': 'Tetap dengarkan sambil menunggu, dan catat detailnya agar mereka tidak perlu mengulanginya.',
  'say.senior.bring':
    'Saya mengerti. Saya akan memanggil supervisor saya sekarang. Sambil menunggu, boleh saya mencatat detailnya agar Bapak/Ibu tidak perlu mengulanginya?',
  'step.handover.title': 'Serahkan kepada yang lebih berpengalaman',
  'step.handover.g1':
    'Ada orang lain yang lebih memahami kasus seperti ini. Melibatkan mereka adalah pilihan yang profesional.',
  'step.handover.g2': 'Jelaskan situasinya kepada rekan Anda agar pelanggan tidak perlu mengulang dari awal.',
  'say.handover.colleague':
    'Saya akan melibatkan rekan saya yang paling memahami hal ini, agar Bapak/Ibu mendapatkan jawaban yang tepat.',

  'step.threat_legal.title': 'Ancaman hukum: catat, laporkan, lanjutkan',
  'step.threat_legal.g1': 'Jangan dimasukkan ke hati. Apa yang dilakukan pelanggan selanjutnya di luar kendali Anda.',
  'step.threat_legal.g2':
    'Ancaman ini sudah dilaporkan ke tim hukum beserta waktunya. Catat dengan persis apa yang dikatakan.',
  'step.threat_legal.g3': 'Tetap dengarkan dengan sabar dan terus berusaha menyelesaikan masalahnya.',
  'say.threat_legal.right':
    'Saya mengerti Bapak/Ibu sedang mempertimbangkan langkah tersebut, dan itu hak Bapak/Ibu. Sementara itu, saya tetap ingin membantu menyelesaikan masalah ini.',
  'step.threat_physical.title': 'Ancaman fisik: keselamatan Anda yang utama',
  'step.threat_physical.g1': 'Petugas keamanan dan supervisor Anda sudah diberi tahu dengan status kritis.',
  'step.threat_physical.g2':
    'Bertatap muka dan merasa tidak aman? Menjauhlah dari pelanggan dan tunggu petugas keamanan.',
  'step.threat_physical.g3': 'Jangan berdebat atau menantang. Jika aman, tetap tenang dan terus dengarkan.',
  'step.threat_physical.g4': 'Catat dengan persis apa yang dikatakan dan kapan. Catatan ini disimpan untuk tim hukum.',
  'say.threat_physical.calm': 'Saya ingin membantu Bapak/Ibu, dan untuk itu kita berdua perlu tetap tenang.',
  'step.end_safely.title': 'Akhiri kontak dengan aman',
  'step.end_safely.g1': 'Beri tahu pelanggan bahwa Anda mengakhiri percakapan sekarang.',
  'step.end_safely.g2': 'Lalu akhiri. Jika bertatap muka, tinggalkan area tersebut dan tunggu bersama rekan kerja.',
  'say.end_safely.line': 'Saya mengakhiri percakapan ini sekarang. Tim keamanan kami sudah diberi tahu.',

  'choice.calmed': 'Mereka sudah tenang',
  'choice.keeps_swearing': 'Mereka terus berkata kotor',
  'choice.keeps_insulting': 'Mereka terus menghina saya',
  'choice.getting_abusive': 'Mereka makin agresif',
  'choice.written_ignore': 'Ini tertulis: kata-kata kotornya tidak perlu ditanggapi',
  'choice.stopped': 'Mereka berhenti',
  'choice.carried_on': 'Mereka terus melanjutkan',
  'choice.someone_else': 'Orang yang lebih berpengalaman sebaiknya menangani ini',
  'choice.told_and_ended': 'Saya sudah memberi tahu mereka dan mengakhiri percakapan',
  'choice.apologised': 'Mereka minta maaf: lanjutkan membantu',
  'choice.replied_substance': 'Menanggapi inti keluhan; kata-kata kotor tidak ditanggapi',
  'choice.needs_work': 'Masalahnya sendiri perlu ditangani',
  'choice.to_resolution': 'Lanjut ke penyelesaian',
  'choice.agreed': 'Kami sepakat tentang apa yang akan dilakukan',
  'choice.impossible_request': 'Mereka menginginkan sesuatu yang tidak bisa kami lakukan',
  'choice.beyond_me': 'Ini di luar wewenang saya untuk memutuskan',
  'choice.accepted': 'Mereka menerimanya',
  'choice.insist_senior': 'Mereka bersikeras ingin bicara dengan atasan',
  'choice.resolved': 'Terselesaikan',
  'choice.not_satisfied': 'Masih belum puas: ingin bicara dengan atasan',
  'choice.supervisor_took_over': 'Supervisor sudah mengambil alih',
  'choice.accepted_my_help': 'Akhirnya mereka mau saya bantu',
  'choice.colleague_took_over': 'Rekan kerja sudah mengambil alih',
  'choice.carried_on_myself': 'Saya melanjutkan sendiri',
  'choice.security_took_over': 'Petugas keamanan atau supervisor saya sudah mengambil alih',
  'choice.calmed_carry_on': 'Mereka sudah tenang: lanjutkan',
  'choice.ending_contact': 'Masih berlanjut: saya mengakhiri kontak',
  'choice.still_senior': 'Mereka tetap ingin bicara dengan atasan',
  'choice.let_me_help': 'Mereka mau saya bantu',

  'action.worse': 'Pelanggan makin marah',
  'action.better': 'Pelanggan lebih tenang',
  'action.supervisor': 'Saya butuh supervisor',
  'action.close': 'Tutup',
  'action.threat_physical': 'Mereka mengancam kekerasan',
  'action.threat_legal': 'Mereka mengancam menempuh jalur hukum',
  'action.complexity': 'Kerumitan masalah',
  'reason.customer_insists': 'Pelanggan bersikeras ingin bicara dengan atasan',
  'reason.more_experienced': 'Orang lain lebih berpengalaman dalam hal ini',
  'reason.agent_request': 'Agen sudah mencapai batasnya',
  'reason.physical_threat': 'Supervisor selalu langsung diberi tahu tentang ancaman fisik',
  'reason.limit': 'Batas tercapai ({limit}): {value}, batas {max}',
  'limit.minutes': 'Waktu dengan pelanggan ini',
  'limit.hostility': 'Agresivitas',
  'limit.complexity': 'Kerumitan',

  'view.header': '{kind} · {channel}',
  'view.meters':
    'Agresivitas {hostility}/5 (batas Anda {hostilityMax}) · Kerumitan {complexity}/5 (batas {complexityMax}) · {minutes} dari {minutesMax} menit · Peringatan {warnings}',
  'view.say_instead': 'Anda bisa mengatakan',
  'view.closed': 'Sesi ditutup: {outcome}.',

  'notice.paged': 'Supervisor Anda sudah diberi tahu: {reason}.',
  'notice.paged_critical': 'KRITIS: petugas keamanan dan supervisor Anda sudah diberi tahu: {reason}.',
  'notice.threat_reported': 'Dilaporkan ke {to} beserta waktu dan catatan sesi Anda.',
  'notice.flagged': 'Pelanggan sudah ditandai ({kind}) agar agen berikutnya sudah siap.',
  'notice.acknowledged': '{by} sudah menerima permintaan bantuan Anda dan sedang menuju ke tempat Anda.',
  'notice.already_paged':
    'Supervisor Anda sudah diberi tahu tentang hal ini; permintaan bantuan tersebut tetap berlaku.',
  'notice.decompress':
    'Itu tadi kontak yang berat. Sebelum kontak berikutnya: tarik napas pelan-pelan tiga kali, bicaralah dengan seseorang jika bisa, dan istirahatlah sebentar jika perlu. Tidak ada yang wajib di sini.',
  'to.security': 'petugas keamanan',
  'to.legal': 'tim hukum',

  'page.title': 'Permintaan bantuan Holdline: {agent} membutuhkan supervisor',
  'page.title_critical': 'Permintaan bantuan KRITIS Holdline: {agent} melaporkan ancaman fisik',
  'page.body':
    '{kind} (kanal: {channel}). {reason}. {minutes} menit dengan pelanggan, tingkat agresivitas {hostility}/5.',
  'page.customer': 'Pelanggan {hint}.',
  'report.title': 'Laporan ancaman Holdline untuk {to}',
  'report.body':
    '{kind} dilaporkan oleh {agent} pada {time} (sesi {session}, {channel}). Linimasa sesi disimpan sebagai catatan.',

  'limits.title': 'Batas pribadi Anda',
  'limits.current':
    'Waktu dengan satu pelanggan: {minutes} menit · Agresivitas: {hostility}/5 · Kerumitan: {complexity}/5',
  'limits.saved': 'Batas Anda sudah disimpan. Batas ini berlaku mulai kontak berikutnya.',
  'limits.minutes_prompt': 'Menit dengan satu pelanggan sebelum supervisor turun tangan (1–480)',
  'limits.hostility_prompt': 'Tingkat agresivitas pelanggan tertinggi yang sanggup Anda tangani (1–5)',
  'limits.complexity_prompt': 'Tingkat kerumitan masalah tertinggi yang sanggup Anda tangani (1–5)',

  'console.welcome': 'Holdline, di terminal. Agen: {agent}. Ketik ? kapan saja untuk bantuan.',
  'console.resume': 'Anda punya sesi yang masih terbuka sejak {time}. Melanjutkan sesi tersebut.',
  'console.idle_prompt':
    'Tekan Enter untuk memulai panduan menghadapi kontak yang sulit, l untuk mengatur batas Anda, q untuk keluar.',
  'console.pick_kind': 'Apa yang dilakukan pelanggan?',
  'console.pick_channel': 'Melalui apa mereka menghubungi?',
  'console.customer_prompt': 'Referensi pelanggan (email, telepon, atau ID akun), atau Enter untuk melewati',
  'console.pick_number': 'Pilih angka dari 1 sampai {max}.',
  'console.unknown': 'Saya tidak mengerti "{input}". Ketik ? untuk melihat perintah.',
  'console.help':
    'Angka untuk memilih. y = konfirmasi jenis yang disarankan, k = ganti jenis, w = pelanggan makin marah, b = lebih tenang, s = saya butuh supervisor, v = mereka mengancam kekerasan, g = mereka mengancam jalur hukum, c 1-5 = kerumitan masalah, f = tandai pelanggan, x = tutup, l = batas, q = keluar (sesi tetap terbuka).',
  'console.pick_reason': 'Mengapa Anda membutuhkan supervisor?',
  'console.pick_outcome': 'Bagaimana kontak ini berakhir?',
  'console.goodbye': 'Sampai jumpa.',
  'console.goodbye_open':
    'Sampai jumpa. Sesi Anda yang terbuka tetap disimpan; jalankan Holdline lagi untuk melanjutkan.',

  'error.session_closed': 'Sesi ini sudah ditutup. Mulai sesi baru dengan /complaint.',
  'error.unknown_choice': 'Pilihan itu bukan bagian dari langkah ini. Pilih salah satu opsi yang ditampilkan.',
  'error.choice_unavailable': 'Opsi itu sedang tidak tersedia. Pilih salah satu opsi yang ditampilkan.',
  'error.invalid_value': 'Nilai itu di luar rentang. {detail}',
  'error.outcome_not_allowed': 'Hasil itu tidak sesuai untuk sesi ini: {detail}',
  'error.stale': 'Langkah ini sudah berganti sejak tombol itu ditampilkan. Langkah saat ini ada di bawah.',
  'error.not_yours': 'Sesi ini milik agen lain.',
  'error.not_found': 'Sesi itu sudah tidak ada.',
  'error.text_too_long': 'Teks itu terlalu panjang ({length} karakter; maksimal {max}). Mohon dipersingkat.',
  'error.store_unavailable':
    'Holdline tidak dapat menjangkau basis datanya saat ini. Tidak ada catatan Anda yang hilang; silakan coba lagi sebentar lagi.',
  'error.internal': 'Terjadi kesalahan di pihak kami. Tidak ada catatan Anda yang hilang; silakan coba lagi.',
  'error.already_open': 'Anda sudah punya sesi yang terbuka. Tutup sesi itu sebelum memulai yang baru.',
  // The kind suggested from what the customer said
  'view.suggestion': 'Disarankan berdasarkan ucapan pelanggan: {kind}. Konfirmasi, atau pilih jenis yang tepat.',
  'view.no_suggestion':
    'Tidak ada dalam ucapan pelanggan yang cocok dengan suatu jenis; dimulai sebagai marah atau agresif. Pilih jenis yang tepat jika lebih sesuai.',
  'view.suggestion_threat':
    'Mungkin ada ancaman fisik dalam ucapan pelanggan. Belum ada yang diberi tahu: jika memang ancaman, konfirmasi atau gunakan “{action}” untuk memberi tahu supervisor Anda dan petugas keamanan.',
  'view.evidence': 'Alasannya: {evidence}',
  'action.confirm_kind': 'Ya, benar',
  'action.change_kind': 'Ganti jenis',
  'console.said_prompt':
    'Apa yang dikatakan pelanggan? (opsional: dibaca untuk mendeteksi ancaman dan kata-kata kotor, tidak pernah disimpan; Enter untuk melewati)',
  'console.suggested': 'disarankan',
  'console.possible_threat':
    'Mungkin ancaman fisik (belum ada yang diberi tahu). Enter mengonfirmasinya: supervisor Anda dan petugas keamanan diberi tahu.',
  'console.enter_accepts': 'Enter untuk menerima saran, atau ketik angka',
} as const satisfies TranslationOf<typeof en>;
