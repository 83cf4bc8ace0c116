/** Indonesian (Bahasa Indonesia, incl. Jakarta colloquial gue/lo, nggak/gak, and common Javanese loans). */
import type { Lexicon } from '../types.ts';
import { meN, near } from './morph.ts';
import { alt, any, KEEP_NEGATED, rule } from './rule.ts';

const ME = alt('saya|aku|gue|gua|gw|kami|kita');
const YOU = alt('kamu|kau|lu|lo|loe|elu|elo|anda|kalian|situ|mbak|mas|bapak|ibu|kak');
const WHO = any(ME, YOU, 'dia', 'mereka');
const WILL = alt('akan|bakal|mau|pasti|siap|ingin|langsung');
const VICTIM = any(YOU, 'saya', 'aku', 'kami', 'karyawan (?:kamu|kalian|anda|lu|lo)', 'petugas');
const HARM = alt(
  'bunuh|pukul|hajar|gebukin|gebuk|tonjok|bacok|tusuk|tembak|habisi|habisin|tampar|sikat|labrak|lukai|celakai',
);
const INSULT = alt(
  'goblok|goblog|tolol|bego|bodoh|idiot|dungu|otak udang|gak becus|nggak becus|ga becus|tidak becus|gak guna|tidak berguna|sampah|bajingan|brengsek|bangsat|kampret|keparat|penipu|maling|gila|sinting|kurang ajar|anjing|babi|monyet|setan|tai|lemot|lelet|bloon|oon|budek|buta',
);
/** Literal animal or food mentions: "makanan anjing" (dog food), "daging babi" (pork). */
const LITERAL =
  '(?<!(?:makanan|daging|ekor|kandang|dokter|obat|mainan|minyak|lemak|mengandung|bebas|tanpa|sate|babi|ayam|kucing|anak|bulu) )';
const BOSS = alt(
  'atasan|manajer|manager|supervisor|spv|pimpinan|bos|boss|kepala (?:cabang|toko|bagian)|yang lebih (?:senior|tinggi|berwenang)|orang lain|yang bertanggung jawab',
);

/** Harm verbs with every affix (menghajar, dihajar, hajarin, ngehajar). "pukul 3" is a time. */
const HARM_ANY = `(?:${meN('bunuh', 'hajar', 'gebuk', 'tonjok', 'bacok', 'tusuk', 'tembak', 'tampar', 'gampar', 'labrak', 'lukai', 'celakai', 'patahin', 'patahkan', 'hantam', 'tendang', 'cekik', 'jotos', 'bogem', 'keroyok', 'bantai', 'gorok', 'sabet', 'colok', 'siram', 'bakar', 'hancurin', 'hancurkan', 'sikat', 'gilas', 'tabrak', 'pecahin', 'gebug', 'smackdown')}|habisi|habisin|abisin|ngabisin|menghabisi|${meN('pukul')}(?! ?[0-9]| (?:berapa|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|setengah))|kasih (?:bogem|pelajaran|tonjokan))`;
/** Whom harm is aimed at: a person, staff, or a body part or vehicle that belongs to one. */
const TARGET = alt(
  `kamu|kau|lu|lo|loe|elu|elo|anda|kalian|situ|mbak(?:n?ya)?|mas(?:n?ya)?|kak|dia|mereka|petugas(?:n?ya)?|karyawan(?:n?ya| kamu| kalian| lo| lu)?|kasir(?:n?ya)?|satpam(?:n?ya)?|cs(?:n?ya)?|agen(?:n?ya)?|manajer(?:n?ya)?|(?:muka|kepala|mulut|gigi|kaki|tangan|leher|perut|badan|mobil|motor|rumah|kantor)(?:mu|n?ya| lo| lu| kamu| kalian| dia| anda)|lehermu|mukamu|kepalamu`,
);
/** Insult words apart from "gila", also a mere intensifier ("parah gila layanan kalian"). */
const INSULT_NEAR = alt(
  'goblok|goblog|tolol|bego|bodoh|idiot|dungu|otak udang|gak becus|nggak becus|ga becus|tidak becus|gak guna|tidak berguna|sampah|bajingan|brengsek|bangsat|kampret|keparat|penipu|maling|sinting|kurang ajar|anjing|babi|monyet|setan|lemot|lelet|bloon|oon|budek|buta|bodo|goblo|dongo|geblek|pea|bebal|tulalit',
);
/** "di luar loket", "kat luar pejabat pos": outside a building is a meeting place, not a threat. */
const NOT_BUILDING =
  '(?! (?:loket|kantor|bank|toko|gedung|pos|sekolah|masjid|gerai|pintu|cabang|counter|konter|klinik|rumah sakit|pengadilan))';
const WEAPON = alt(
  'golok|parang|pisau|celurit|clurit|sajam|senjata tajam|senjata|pistol|pentungan|balok|kayu|besi|air keras|bensin|samurai|linggis',
);

export const id: Lexicon = {
  rules: [
    rule(
      'physical_threat',
      0.85,
      `(?:datangi|datengin|samperin|sambangi|labrak|satroni|cari) (?:rumah|kantor|tempat kerja|kosan)(?:mu|n?ya| ${YOU})|(?:datangi|samperin|cari|cegat|labrak) ${YOU} (?:malam ini|nanti malam|di rumah|pulang kerja|sepulang kerja|di luar|di parkiran)(?! (?:loket|kantor|bank|toko|gedung|pos|sekolah|masjid|gerai))`,
    ),
    rule('legal_threat', 0.6, `(?<!(?:di|kerja|bekerja|pegawai|staf|hakim) )pengadilan|(?:di|ter)somasi|gugatan`),
    rule('physical_threat', 0.95, `(?:${ME} |dia |)(?:${WILL} |)${HARM} ${VICTIM}`),
    // Round 7: "don't think I wouldn't dare" (a double negative is a threat, not a negation).
    rule(
      'physical_threat',
      0.85,
      `jangan (?:ingat|fikir|kira|pikir|sangka) (?:aku|saya|gua|gue|gw|kami) (?:tak|tidak|ga|gak|nggak|ngga|x) (?:berani|sanggup)`,
      KEEP_NEGATED,
    ),
    rule(
      'physical_threat',
      0.95,
      `ta(?:h)?u (?:di mana|dimana) (?:${WHO} )?(?:tinggal|kerja|bekerja|kos|ngekos)|ta(?:h)?u rumah ${WHO}`,
    ),
    rule('physical_threat', 0.45, `tahu (?:di mana|dimana|letak) (?:toko|kantor|cabang) (?:ini|itu|kalian|kamu|anda)`),
    rule(
      'physical_threat',
      0.9,
      `(?:tunggu|tungguin|cegat|cegatin) ${VICTIM} (?:di |)(?:luar|depan|pulang kerja|sepulang kerja|nanti malam|di parkiran)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:awas|hati-hati|hati hati|jaga-jaga) (?:${YOU}|ya|aja)(?: ya)?|ta(?:h)?u (?:alamat )?(?:rumah|kantor|tempat kerja|kosan)(?:mu|n?ya|lu|lo| ${WHO})|${YOU} (?:akan |bakal |pasti )?(?:menyesal|nyesel)|lihat saja nanti|liat aja nanti|tunggu (?:saja |aja )?pembalasan|mati (?:kau|lu|lo|kamu)|mampus (?:kau|lu|lo|kamu)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:bakar|bom|hancurkan|obrak-abrik) (?:toko|kantor|cabang|rumah) (?:ini|itu|kalian|kamu|anda|lu|lo)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:${WILL} |)(?:tuntut|menuntut|gugat|menggugat|somasi|polisikan|mempolisikan|pidanakan|perkarakan|laporkan) (?:${YOU}|perusahaan|toko|kantor|pihak)|${WILL} (?:tuntut|menuntut|gugat|menggugat)(?! (?:penjelasan|kejelasan|jawaban|refund|tanggung jawab))`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:lapor|laporkan|lapor(?:kan)? ke|adukan ke) polisi|(?:bawa|membawa|dibawa) (?:[a-z]+ ){0,3}ke (?:pengadilan|ranah hukum|jalur hukum|meja hijau)|(?:siapkan|siapin|sewa|hubungi|pakai|panggil|sudah ada) (?:pengacara|kuasa hukum|lawyer)|jalur hukum|ranah hukum|(?:ketemu|bertemu|sampai jumpa) di pengadilan|(?:pengacara|kuasa hukum|lawyer) (?:saya|kami|aku|gue)`,
    ),
    rule('legal_threat', 0.7, `(?:lapor|laporkan|adukan) (?:ke|kepada) (?:ylki|bpsk|ojk|kominfo)|tuntutan hukum`),
    rule(
      'supervisor_request',
      0.9,
      `(?:bicara|berbicara|ngomong|bertemu|ketemu|sambungkan|panggil|panggilkan|mana|minta|mau|ingin|hubungkan|oper|alihkan|transfer)(?: saya| aku| gue)? (?:dengan |sama |ke |ama |kepada |)${BOSS}`,
    ),
    rule(
      'insult',
      0.9,
      `${any(YOU, 'dia', 'mereka')} (?:ini |itu |memang |emang |benar-benar |bener-bener |sangat |dasar |semua |semuanya |pada |)*${INSULT}|dasar ${INSULT}|${INSULT} (?:${YOU}|lu|lo|banget sih lu)`,
    ),
    rule(
      'insult',
      0.9,
      `(?:ngatain|ngatai|mengatai|menyebut|bilang|memanggil) (?:saya|aku|kami|dia|petugas) ${INSULT}`,
    ),
    rule(
      'vulgarity',
      0.9,
      `${LITERAL}anjing(?! (?:saya|kami|peliharaan|kesayangan|kecil|milik|nya|ku|mu))|anjir|anjrit|bangsat|kampret|keparat|bajingan|brengsek|tai(?! lalat)|tahi(?! lalat)|kontol|memek|ngentot|entot|jancuk|jancok|cuk|asu|bacot|sialan|${LITERAL}babi(?! (?:hutan|guling|panggang|kecap))|pantek|pepek|titit|jembut`,
    ),
    rule(
      'hostile',
      0.7,
      `(?:pelayanan|layanan|servis|aplikasi|perusahaan|toko) (?:kalian |kamu |anda |ini |paling |sangat |benar-benar |bener-bener |bener |emang |memang |banget |)*(?:buruk|jelek|parah|payah|sampah|kacau|bobrok|gak becus|tidak becus)|(?:sangat |benar-benar |bener-bener |)keterlaluan|(?:layanan|pelayanan|toko|perusahaan|servis) macam apa (?:ini|itu)|apa-apaan (?:ini|sih)|buang-buang waktu|buang waktu|omong kosong|(?:diam|tutup mulut)(?: lu| lo| kamu| kau)|nyebelin banget|parah banget|(?:pelayanan|layanan|servis|toko|perusahaan|aplikasi|cs)(?:n?ya)? (?:macam )?apa (?:ini|itu|sih|nih|tuh)|parah(?: banget| sih| deh| lah| bener| amat)?(?= ?[.!?,]|$)`,
    ),

    // Round 4 (generalisation): harm verb in any affixed form aimed at a person within a few
    // words; the person named first ("lo mau gue tonjok?"); reported threats ("dia ngancam mau
    // nusuk kasirnya"); weapons; stalking and waiting after work.
    rule('physical_threat', 0.9, near(HARM_ANY, TARGET, 3)),
    rule(
      'physical_threat',
      0.9,
      `${TARGET} (?:mau|minta|pengen|pingin|ingin|kena) (?:gue|gua|gw|aku|saya|kita|kami) ${HARM_ANY}`,
    ),
    rule(
      'physical_threat',
      0.9,
      near(`(?:ancam|mengancam|ngancam|ngancem|diancam|ancaman|janji|bersumpah|sumpah)`, HARM_ANY, 4),
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:bawa|bawain|dengan|pakai|pake|ambil|keluarin|keluarkan|nenteng) (?:sebilah |sebuah )?${WEAPON}(?! (?:yang (?:saya|aku|gue) (?:beli|pesan|order)|dapur|rusak|patah))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `ta(?:h)?u (?:alamat |alamat rumah |letak |nomor )?(?:mobil|motor|rumah|kantor|kos|kosan|tempat kerja|anak|muka|jadwal|shift|plat)(?:mu|n?ya)?(?: (?:${'kamu|kau|lu|lo|loe|elu|elo|anda|kalian|mbaknya|masnya|dia'}))?(?! (?:saya|aku|gue|kami))|ta(?:h)?u (?:kapan|jam berapa|pukul berapa) (?:${'kamu|kau|lu|lo|elu|anda|kalian|dia'}) (?:pulang|balik|keluar|selesai kerja|beres kerja)`,
    ),
    rule(
      'physical_threat',
      0.85,
      near(
        `(?:tunggu|tungguin|nunggu|menunggu|cari|nyari|mencari|cegat|cegatin|mencegat|intai|intip|buntutin|ikutin|samperin|nyamperin|datengin|datangi|mendatangi|sambangi|satroni|labrak|jemput)(?: (?:je|aja|saja|la|lah|dulu))? (?:kamu|kau|lu|lo|elu|anda|dia|kalian|saya|aku|gue|mbak(?:n?ya)?|mas(?:n?ya)?|petugas(?:n?ya)?|kasir(?:n?ya)?|satpam(?:n?ya)?|karyawan(?:n?ya)?)`,
        `(?:pulang kerja|sepulang kerja|selesai kerja|beres kerja|(?:kamu|kau|lu|lo|elu|anda|dia|kalian) (?:pulang|balik|keluar)|di luar|di jalan|di parkiran|nanti malam|malam ini|sampai ketemu|sampai dapet|sampai dapat|kantor (?:lo|lu|kamu|kalian|anda)|rumah (?:lo|lu|kamu|kalian|anda)|rumahmu|kantormu)`,
        4,
      ) + NOT_BUILDING,
    ),
    rule(
      'physical_threat',
      0.85,
      near(
        `(?:tunggu|tungguin|nunggu|menunggu|cari|nyari|mencari|cegat|cegatin|mencegat|intai|intip|buntutin|ikutin|samperin|nyamperin|datengin|datangi|mendatangi|sambangi|satroni|labrak|jemput)`,
        `(?:(?:kamu|kau|lu|lo|elu|anda|dia|kalian) (?:pulang|balik|keluar)|(?:kantor|rumah) (?:lo|lu|kamu|kalian|anda)|rumahmu|kantormu)`,
        4,
      ),
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:hati-hati|hati hati|awas|waspada) (?:(?:kamu|kau|lu|lo|elu|anda|kalian) )?(?:kalau |kalo |pas |waktu |nanti )*(?:pulang|balik|jalan|keluar|sendirian)|(?:awas|mampus|modar|mati) (?:aja |saja )?(?:kau|lu|lo|loe|elu|elo|kamu|kalian)(?: (?:besok|nanti|ya|lah))?|(?:abis|habis|tamat) (?:riwayat )?(?:lo|kau|kamu|kalian)(?= ?[.!?,]|$| (?:besok|nanti|sama gue|di tangan gue))`,
    ),
    rule(
      'legal_threat',
      0.85,
      `${near(meN('lapor', 'adu', 'bawa', 'seret', 'polisi'), `(?:ke |kepada |pada |di )?(?:polisi|polres|polsek|polda|kantor polisi|pengadilan|ylki|bpsk|ojk|kominfo|bank indonesia|ombudsman|pihak berwajib|jalur hukum|ranah hukum|meja hijau)`, 3)}|${meN('gugat', 'tuntut', 'somasi', 'pidanakan', 'polisikan', 'perkarakan')} (?:lo|lu|kamu|kalian|anda|perusahaan|pt|toko|kantor|bank|pihak|aplikasi)|(?:digugat|dituntut|disomasi|dipolisikan|dipidanakan|diperkarakan)|(?:serahin|serahkan|kasih|lapor) (?:[a-z]+ ){0,2}(?:ke |sama |kepada )(?:pengacara|kuasa hukum|lawyer)|(?:pengacara|kuasa hukum|lawyer) (?:gue|gua|gw|saya|aku|kami|kita)|(?:menempuh|tempuh|lewat|pakai|ambil) (?:jalur|langkah|upaya) hukum`,
    ),
    rule(
      'insult',
      0.85,
      `${near(`(?:kamu|kau|lu|lo|loe|elu|elo|anda|kalian|situ|dia|mereka|petugas(?:n?ya)?|karyawan(?:n?ya)?|cs(?:n?ya)?|mbak(?:n?ya)?|mas(?:n?ya)?|agen(?:n?ya)?)`, INSULT_NEAR, 3)}|${near(INSULT_NEAR, `(?:kamu|kau|lu|lo|loe|elu|elo|kalian|situ)`, 3)}|dasar (?:[a-z]+ ){0,2}(?:${INSULT})|otak(?:mu|n?ya)? (?:(?:kamu|lu|lo|elu|anda|kalian) )?(?:ditaruh|taruh|ditinggal|tinggal|dikemanain|di mana|dimana|di dengkul|di pantat)|(?:gak|nggak|ga|tidak|ngga) (?:punya )?otak`,
    ),
    rule(
      'hostile',
      0.7,
      `${near(`(?:pelayanan|layanan|servis|aplikasi|perusahaan|toko|cs|customer service)(?:n?ya)?`, `(?:buruk|jelek|parah|payah|sampah|kacau|bobrok|ancur|hancur|amburadul|lelet|lemot)`, 3)}|${near(`(?:buruk|jelek|parah|payah|kacau|bobrok|ancur|hancur|amburadul)`, `(?:pelayanan|layanan|servis|aplikasi|perusahaan|toko)(?:n?ya)?`, 3)}`,
    ),
    rule(
      'supervisor_request',
      0.85,
      near(
        `(?:${meN('bicara', 'omong', 'temu', 'ketemu', 'sambung', 'panggil', 'hubung', 'oper', 'alih', 'transfer', 'suruh', 'minta')}|mana|mau|ingin|pengen|tolong)`,
        `(?:atasan|manajer|manager|supervisor|spv|pimpinan|bos|boss|kepala cabang|kepala toko)(?:n?ya| kamu| lo| lu| anda| kalian)?`,
        3,
      ),
    ),
    rule(
      'hostile',
      0.6,
      `(?:^|[.!,;] ?)(?:diam|diem|diem aja|tutup mulut|bacot|berisik)(?= ?[.!,]|$| (?:lo|lu|kamu|kau|dong|deh|aja|dulu))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:bikin|buat|dibikin|dibuat|bikinin) (?:(?:lo|lu|kamu|kau|kalian|dia) )?(?:babak belur|bonyok|bengep|mampus|modar|cacat|masuk rumah sakit|patah tulang|koma)`,
    ),
    // Round 6: outrage words, more ways to ask for someone with authority, cheats and liars.
    rule(
      'hostile',
      0.6,
      `(?:muak|eneg|capek|cape|bosen|bosan|jijik) (?:sama|dengan|ama|liat) (?:kalian|kamu|lo|lu|pelayanan|layanan|alasan|perusahaan)|(?:udah|sudah) cukup (?:sama|dengan|ama) (?:kalian|kamu|lo|lu|alasan)|(?:udah|sudah) cukup(?= ?!)|gak masuk akal|tidak masuk akal|ngaco|ngawur|kurang ajar banget|keterlaluan|(?:pelayanan|layanan|servis)(?:n?ya)? (?:kayak|seperti|macam) (?:sampah|tai)|gak ada (?:otak|akhlak|etika)|gak profesional|tidak profesional|amatir`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `(?:yang|orang yang) (?:punya|memiliki|lebih punya)? ?(?:wewenang|kewenangan|kuasa)|yang berwenang|yang bertanggung ?jawab|(?:${meN('panggil', 'sambung', 'hubung', 'oper', 'alih', 'minta', 'ketemu', 'temu', 'bicara', 'omong')}|mau|ingin|pengen|mana) (?:(?:ke|sama|dengan|ama) )?(?:bos|boss|atasan|pimpinan|manajer|spv|supervisor|kepala (?:cabang|toko|bagian|divisi))(?:n?ya| kalian| lo| lu| kamu| anda)?`,
    ),
    rule(
      'insult',
      0.85,
      `(?:tukang|dasar|kalian|lo|lu|kamu) (?:tipu|nipu|bohong|penipu|pembohong|maling|rampok|penjahat)|(?:penipu|pembohong|maling|rampok|penjahat)(?: semua| kalian| lo| lu)|(?:kalian|kamu|lo|lu) (?:ini |itu |tuh |emang )?(?:bodoh|goblok|tolol|bego) (?:atau|apa) (?:pura-pura|pura pura)`,
    ),
  ],
  context: {
    negators: [
      'tidak',
      'tak',
      'nggak',
      'ngga',
      'gak',
      'ga',
      'enggak',
      'engga',
      'bukan',
      'jangan',
      'belum',
      'ogah',
      'never',
      'not',
    ],
    conditionals: ['kalau', 'kalo', 'jika', 'jikalau', 'apabila', 'kecuali', 'atau', 'sampai', 'sampe', 'if'],
    keepers: ['tapi', 'tetapi', 'namun', 'but'],
    reporters: [
      'agen',
      'rekan',
      'staf',
      'petugas',
      'cs',
      'iklan',
      'film',
      'lagu',
      'sinetron',
      'bercanda',
      'becanda',
      'guyon',
      'agent',
      'joke',
    ],
  },
  aliases: {
    gw: 'gue',
    gua: 'gue',
    w: 'gue',
    lu: 'lo',
    loe: 'lo',
    elu: 'lo',
    elo: 'lo',
    km: 'kamu',
    kmu: 'kamu',
    sy: 'saya',
    bgt: 'banget',
    bngt: 'banget',
    yg: 'yang',
    dgn: 'dengan',
    sm: 'sama',
    ama: 'sama',
    gk: 'gak',
    ga: 'gak',
    nggak: 'gak',
    ngga: 'gak',
    enggak: 'gak',
    engga: 'gak',
    kaga: 'gak',
    kagak: 'gak',
    udh: 'udah',
    sdh: 'sudah',
    blm: 'belum',
    org: 'orang',
    krn: 'karena',
    klo: 'kalau',
    kl: 'kalau',
    kalo: 'kalau',
    jg: 'juga',
    tdk: 'tidak',
    tau: 'tahu',
    ntar: 'nanti',
    ntr: 'nanti',
    aj: 'aja',
    dmn: 'di mana',
    dimana: 'di mana',
    anjg: 'anjing',
    anjeng: 'anjing',
    bgst: 'bangsat',
    gblk: 'goblok',
    tll: 'tolol',
    kntl: 'kontol',
    mnjr: 'manajer',
  },
  cues: {
    polite: `tolong|mohon|bisa (?:tolong|minta|kirim|taruh)|boleh (?:minta|tolong)|silakan`,
    violence: `bunuh|dibunuh|membunuh|pukul(?! ?[0-9]| (?:berapa|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|setengah))|mukul|mukulin|memukul|hajar|dihajar|menghajar|gebuk|gebukin|tonjok|nonjok|bacok|tusuk|nusuk|tembak|tampar|gampar|labrak|keroyok|bantai|gorok|golok|parang|pisau|celurit|clurit|sajam|pistol|senjata|air keras|siram|bensin|bakar|kebakar|terbakar|dibakar|bonyok|babak belur|bengep|berdarah|darah|patah|rumah sakit|ambulans|kuburan|mampus|mati|modar|preman|jotos|bogem|celaka(?:in|kan)|cederai|lukai`,
    target: `kamu|kau|lu|lo|loe|elu|elo|anda|kalian|situ|mbak(?:n?ya)?|mas(?:n?ya)?|kak|dia|mereka|petugas(?:n?ya)?|karyawan(?:n?ya| kamu| kalian| lo| lu)?|kasir(?:n?ya)?|satpam(?:n?ya)?|cs(?:n?ya)?|agen(?:n?ya)?|manajer(?:n?ya)?|kurir(?:n?ya)?|(?:muka|kepala|mulut|gigi|kaki|tangan|leher|perut|badan|mobil|motor|rumah|kantor|anak|keluarga)(?:mu|n?ya| lo| lu| kamu| kalian| dia| anda)`,
    menace: `di luar|di jalan|di parkiran|pulang kerja|sepulang kerja|keluar kantor|sendirian|malam ini|nanti malam|besok|gue tahu|gue tau|saya tahu|aku tahu|anak buah(?: gue)?|temen(?:-temen)? gue|teman(?:-teman)? saya|preman|ormas|awas(?: aja)?|hati-hati|siap-siap|jangan kaget|liat aja|lihat saja|tunggu aja|tunggu saja|kalau ketemu|kalo ketemu|ketemu gue`,
    harmless: `(?:adik|kakak|anak|suami|istri|bapak|ibu|ayah) (?:saya|aku|gue) (?:kecelakaan|masuk rumah sakit|patah|dirawat)|mati gaya|mati lampu|hp (?:saya |gue )?mati|baterai (?:nya )?mati|layar(?:n?ya)? pecah|di luar pagar|taruh (?:paketn?ya |barangn?ya )?di luar`,
  },
};
