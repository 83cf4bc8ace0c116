/** Malay (Bahasa Melayu, incl. Malaysian colloquial forms: aku/kau, nak, tak, korang, hang). */
import type { Lexicon } from '../types.ts';
import { meN, near } from './morph.ts';
import { alt, any, KEEP_NEGATED, rule } from './rule.ts';

const ME = alt('saya|aku|kami|gua|i');
const YOU = alt('kau|engkau|awak|kamu|korang|hang|anda|kalian|you|u');
const WHO = any(ME, YOU, 'dia', 'mereka', 'pelanggan (?:tu|itu|ni|ini)');
const WILL = alt('akan|nak|mahu|mau|hendak|pasti|memang nak|boleh');
const VICTIM = any(YOU, 'saya', 'aku', 'kami', 'staf (?:awak|kamu|korang)', 'pekerja (?:awak|kamu|korang)');
const HARM = alt('bunuh|pukul|belasah|tumbuk|tikam|tembak|lempang|tampar|sepak|hentam|cederakan|serang|kerjakan');
const INSULT = alt(
  'bodoh|bangang|bengap|bebal|bahlul|babi|anjing|sial|celaka|bangsat|keparat|sampah|tak guna|tidak berguna|lembap|pemalas|penipu|gila|biadap|biadab|otak udang|tolol|dungu|jahanam|haram jadah|sundal|jalang|lahanat|kurang ajar|tak berotak|tak reti buat kerja',
);
/** Literal animal or food mentions: "makanan anjing" (dog food), "daging babi" (pork). */
const LITERAL =
  '(?<!(?:makanan|daging|ekor|kandang|doktor|ubat|mainan|minyak|lemak|mengandungi|mengandung|bebas|tanpa|ada|anak|bulu|kulit) )';
const BOSS = alt(
  'pengurus|penyelia|bos|boss|manager|supervisor|orang atasan|pihak atasan|ketua|pegawai atasan|orang yang lebih (?:tinggi|senior)|orang lain',
);

/** Harm verbs with every affix (memukul, dipukul, pukulkan, hentamlah). "pukul 3" is a time. */
const HARM_ANY = `(?:${meN('bunuh', 'belasah', 'tumbuk', 'tikam', 'tembak', 'lempang', 'tampar', 'sepak', 'hentam', 'serang', 'bantai', 'lanyak', 'terajang', 'tendang', 'cekik', 'sembelih', 'rodok', 'cederakan', 'cedera', 'hajar', 'pecahkan', 'patahkan', 'hantuk', 'ketuk', 'tetak', 'parang', 'lipat', 'ganyang', 'kerjakan')}|${meN('pukul')}(?! ?[0-9]| (?:berapa|satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|sebelas|dua belas|setengah))|bagi (?:penampar|penumbuk|sebiji|makan penumbuk|pelempang))`;
/** Whom harm is aimed at: a person, staff, or a body part or car that belongs to one. */
const TARGET = alt(
  `kau|engkau|awak|kamu|korang|hang|anda|kalian|you|u|dia|mereka|staf(?:n?ya)?|pekerja(?:n?ya| awak| korang)?|kakitangan|juruwang|cashier|kasir|ejen|agent|budak (?:tu|kaunter)|pengurus|manager|(?:muka|kepala|mulut|gigi|kaki|tangan|leher|perut|badan|kereta|cermin kereta|tayar kereta|rumah|motor) (?:kau|engkau|awak|kamu|korang|hang|you|u|dia|mereka)`,
);
/** Insult words apart from "gila"/"sial", which are also mere intensifiers ("teruk gila servis korang"). */
const INSULT_NEAR = alt(
  'bodoh|bangang|bengap|bebal|bahlul|babi|anjing|bangsat|keparat|sampah|lembap|pemalas|penipu|biadap|biadab|otak udang|tolol|dungu|sundal|jalang|lahanat|kurang ajar|tak berotak|bodo|bdoh|bongok|belagak|poyo|lembab|buta|pekak|tak reti',
);
/** "di luar loket", "kat luar pejabat pos": outside a building is a meeting place, not a threat. */
const NOT_BUILDING =
  '(?! (?:rumah(?! (?:kau|engkau|awak|kamu|korang|hang|you|u|dia))|pejabat|kedai|bank|stesen|bangunan|pos|cawangan|sekolah|masjid|kaunter|pintu|dewan|klinik|hospital|mahkamah))';
const WEAPON = alt(
  'parang|pisau|golok|kapak|pistol|senapang|senjata|kayu besbol|batang besi|besi paip|kayu hoki|botol kaca',
);

export const ms: Lexicon = {
  rules: [
    rule(
      'physical_threat',
      0.85,
      `(?:cari|datang cari|serang|jumpa|tunggu) (?:${YOU}|saya|aku) (?:lepas kerja|balik kerja|habis kerja|nanti malam|malam ni|kat luar|di luar|dekat luar|sampai dapat|sampai jumpa|kat rumah)(?! (?:pejabat|kedai|bank|stesen|bangunan|pos|cawangan|sekolah|masjid))`,
    ),
    rule(
      'legal_threat',
      0.6,
      `(?<!(?:di|kat|kerja|bekerja|pegawai|staf|hakim) )mahkamah|(?:fail|failkan|memfailkan) (?:saman|tuntutan|kes)`,
    ),
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
      `tahu (?:mana|di mana|dekat mana|kat mana|rumah) (?:${WHO} )?(?:tinggal|duduk|kerja|bekerja)|tahu rumah ${WHO}`,
    ),
    rule(
      'physical_threat',
      0.45,
      `tahu (?:mana|di mana|kat mana) (?:kedai|pejabat|cawangan) (?:ni|ini|tu|itu|awak|korang)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `tunggu ${VICTIM} (?:kat |di |dekat )?(?:luar|depan|bawah|balik kerja|lepas kerja|habis kerja|nanti malam|malam ni|tempat letak kereta|parkir|tempat parking|kereta)(?! (?:pejabat|kedai|bank|stesen|bangunan|pos|cawangan|sekolah|masjid))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `cari (?:${YOU}|kau|awak) sampai (?:dapat|jumpa|mati)|(?:${ME}|dia) (?:akan |nak |)(?:datang|pergi) (?:cari|serang|jumpa) ${YOU}`,
    ),
    rule(
      'physical_threat',
      0.85,
      `${YOU} (?:akan |pasti |mesti )?menyesal|siap(?:lah)? ${YOU}|nahas(?:lah)? ${YOU}|jaga(?:-jaga| jaga)? (?:kau|diri kau|belakang kau|sikit)|tengok(?:lah)? (?:apa )?(?:nanti|aku buat)|mampus (?:kau|engkau)`,
    ),
    rule(
      'physical_threat',
      0.9,
      `(?:bakar|bom|musnahkan) (?:kedai|pejabat|cawangan|rumah) (?:ni|ini|tu|itu|awak|korang|kau)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:${WILL} |)(?:saman|menyaman) (?:${YOU}|syarikat|kedai|pihak)|${WILL} (?:saman|menyaman)|(?:ambil|mengambil|ambik) tindakan (?:undang-undang|undang undang|mahkamah)`,
    ),
    rule(
      'legal_threat',
      0.9,
      `(?:jumpa|berjumpa) (?:di|kat|dekat) mahkamah|(?:bawa|heret|bawak|membawa) (?:[a-z]+ ){0,3}ke mahkamah|(?:hubungi|menghubungi|jumpa|berjumpa dengan|dapatkan|upah|lantik|bincang dengan) peguam|peguam (?:saya|aku|kami)|lawyer (?:saya|aku)`,
    ),
    rule(
      'legal_threat',
      0.85,
      `(?:buat|membuat) (?:laporan|report) polis|(?:lapor|laporkan|report|adukan|mengadu) (?:${YOU} |hal ini |perkara ini |ini |)(?:kepada|pada|ke|kat|dekat) (?:polis|tribunal|kpdn|kpdnhep|mahkamah)|tribunal tuntutan pengguna`,
    ),
    rule(
      'supervisor_request',
      0.9,
      `(?:cakap|bercakap|berbincang|jumpa|berjumpa|sambungkan|hubungkan|pindahkan|panggil|panggilkan|bagi|beri|mana|nak|mahu|minta)(?: saya)? (?:dengan |kepada |pada |ke |kat |dekat )?${BOSS}`,
    ),
    rule(
      'insult',
      0.9,
      `${any(YOU, 'dia', 'mereka', 'korang semua')} (?:ni |ini |tu |memang |betul |sangat |ialah |seorang |manusia |macam |punya |dah |)*${INSULT}|dasar ${INSULT}|${INSULT} (?:betul |sungguh |sangat |gila |)(?:${YOU})|(?:${INSULT}) (?:punya )?(?:${YOU}|budak|orang|manusia|staf|pekerja)`,
    ),
    rule('insult', 0.9, `(?:panggil|memanggil|gelar|kata) (?:saya|aku|kami|dia|staf) (?:ni |ini |sebagai |)${INSULT}`),
    rule(
      'vulgarity',
      0.9,
      `pukimak|puki|kimak|cibai|cb|butoh|butuh|pantat|lancau|kote|konek|taik|tahi|sial(?:an)?|celaka|haram jadah|bangsat|keparat|sundal|jalang|${LITERAL}babi(?! hutan)|${LITERAL}anjing(?! (?:saya|kami|peliharaan|kesayangan|kecil|milik|nya|ku|aku))`,
    ),
    rule(
      'hostile',
      0.7,
      `(?:servis|perkhidmatan|layanan|syarikat|kedai|app|aplikasi) (?:korang |kamu |awak |ni |ini |paling |sangat |memang |betul )*(?:teruk|hancur|sampah|tak guna|tak berguna|bodoh|hampeh|hampas|lembap|cacat)|teruk (?:betul|gila|sangat)|mengarut|tak boleh harap|sambil lewa|cincai|hampeh|tak (?:profesional|professional|bertanggungjawab)|buang masa|menyusahkan (?:betul|sangat)|melampau|(?:diam|tutup mulut)(?:lah)? (?:kau|engkau)`,
    ),

    // Round 4 (generalisation): harm verb in any affixed form aimed at a person within a few
    // words; the person named first ("kau nak aku tumbuk?"); threats reported ("dia ugut nak
    // pukul staf"); weapons; stalking (knowing someone's car, hours) and waiting after work.
    rule('physical_threat', 0.9, near(HARM_ANY, TARGET, 3)),
    rule('physical_threat', 0.9, `${TARGET} (?:nak|mahu|mau|minta|kena) (?:aku|saya|gua|kami) ${HARM_ANY}`),
    rule(
      'physical_threat',
      0.9,
      near(`(?:ugut|mengugut|diugut|ugutan|ancam|mengancam|ancaman|diancam|ngancam|berjanji)`, HARM_ANY, 4),
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:bawa|bawak|dengan|guna|pakai|ambil|ada|keluarkan) (?:sebilah |sebatang |sepucuk )?${WEAPON}(?! (?:yang (?:saya|aku) (?:beli|order|pesan)|dapur|rosak|patah|tu rosak))`,
    ),
    rule(
      'physical_threat',
      0.85,
      `tahu (?:kereta|rumah|alamat|alamat rumah|tempat kerja|motor|nombor plat|plat nombor|anak|muka|jadual|syif) (?:${'kau|engkau|awak|kamu|korang|hang|you|u|dia'})|tahu (?:bila|pukul berapa|jam berapa|waktu) (?:${'kau|engkau|awak|kamu|korang|hang|you|u|dia'}) (?:balik|pulang|habis kerja|keluar|habis syif|tutup kedai)`,
    ),
    rule(
      'physical_threat',
      0.85,
      near(
        `(?:tunggu|tunggukan|menunggu|cari|mencari|intai|mengintai|ikut|mengikut|ekori|serang|datang|jumpa|tahan)(?: (?:je|aja|saja|la|lah|dulu))? (?:kau|engkau|awak|kamu|korang|hang|you|u|dia|saya|aku|kami|staf(?:n?ya)?|pekerja(?:n?ya)?|ejen|budak (?:tu|kaunter)|juruwang|cashier)`,
        `(?:balik kerja|lepas kerja|habis kerja|habis syif|lepas syif|pulang kerja|(?:kau|engkau|awak|kamu|korang|you|u|dia) (?:balik|pulang|keluar)|kat luar|di luar|dekat luar|kat jalan|di jalan|kat parking|di parking|tempat letak kereta|nanti malam|malam ni|malam ini|sampai dapat|sampai jumpa|sampai mati)`,
        4,
      ) + NOT_BUILDING,
    ),
    rule(
      'physical_threat',
      0.85,
      near(
        `(?:tunggu|tunggukan|menunggu|cari|mencari|intai|mengintai|ikut|mengikut|ekori|serang|datang|jumpa|tahan)`,
        `(?:(?:kau|engkau|awak|kamu|korang|you|u|dia) (?:balik|pulang|keluar)|rumah (?:kau|engkau|awak|kamu|korang|you|u|dia))`,
        4,
      ),
    ),
    rule(
      'physical_threat',
      0.8,
      `(?:hati-hati|hati hati|jaga-jaga|jaga jaga|berhati-hati|awas) (?:(?:kau|engkau|awak|kamu|korang|you|u) )?(?:bila |kalau |masa |nanti |waktu )*(?:balik|pulang|jalan|keluar|sorang)|awas(?:lah)? (?:kau|engkau|korang|kamu|you)|(?:aku|saya|kami) (?:ada|tunggu|tengok|perhati|perhatikan) (?:kau|engkau|awak|korang|you) (?:kat luar|di luar|dari jauh|setiap hari)${NOT_BUILDING}`,
    ),
    rule('physical_threat', 0.45, `(?:aku|saya|gua|kami|dia) (?:ada )?(?:kat|di|dekat) luar${NOT_BUILDING}`),
    rule(
      'physical_threat',
      0.85,
      `(?:balik kerja|lepas kerja|habis kerja|pulang kerja|habis syif|nanti malam|malam ni) (?:nanti |karang |kejap lagi )?(?:aku|saya|kami|gua|dia) (?:cari|tunggu|serang|datang|jumpa|kerjakan|ajar|settle)`,
    ),
    rule(
      'legal_threat',
      0.85,
      `${near(meN('lapor', 'adu', 'report', 'saman', 'bawa', 'heret'), `(?:ke |kepada |pada |kat |dekat |di )?(?:polis|balai polis|mahkamah|tribunal|kpdn|kpdnhep|skmm|mcmc|bank negara|bnm|ombudsman)`, 3)}|tribunal|(?:surat|notis) (?:tuntutan|saman|guaman|peguam)|${meN('saman')} (?:korang|kau|awak|kamu|you|syarikat|kedai|bank|pihak)|(?:lawyer|peguam) (?:saya|aku|i|kami)|(?:contact|hubungi|call|jumpa|cari|upah|ambil) (?:lawyer|peguam)`,
    ),
    rule(
      'insult',
      0.85,
      `${near(`(?:kau|engkau|awak|kamu|korang|hang|you|u|dia|mereka|staf|pekerja|ejen)`, INSULT_NEAR, 3)}|${near(INSULT_NEAR, `(?:kau|engkau|awak|kamu|korang|hang|you|u|staf|pekerja|ejen|budak|orang|kerani|juruwang)(?: ni| ini| tu)?`, 3)}|dasar (?:[a-z]+ ){0,2}(?:${INSULT})|otak (?:(?:kau|engkau|awak|kamu|korang|you|u|dia) )?(?:letak|taruh|tinggal|simpan|ada) (?:kat |di |dekat )?(?:mana|lutut|kepala lutut|punggung|rumah)|(?:tak|tidak) (?:ada|de) otak|bodoh ke (?:apa|buat-buat bodoh)`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `${near(`(?:${meN('cakap', 'bincang', 'jumpa', 'sambung', 'hubung', 'pindah', 'panggil', 'minta', 'mahu', 'transfer', 'bagi', 'beri', 'cari', 'panggil')}|nak|mana|mahu|boleh)`, `(?:${BOSS}|ketua [a-z]+|pihak (?:atasan|pengurusan)|orang atasan|pengurusan)(?:n?ya| awak| kamu| korang| you| u)?`, 3)}`,
    ),
    rule(
      'hostile',
      0.6,
      `(?:^|[.!,;] ?)(?:diam|diamlah|diam la|senyap|tutup mulut)(?= ?[.!,]|$| (?:kau|engkau|la|lah|sikit|je|dulu))`,
    ),
    // Round 6: outrage words, "dapatkan/carikan" someone senior.
    rule(
      'hostile',
      0.6,
      `(?:muak|menyampah|meluat|jelak|bosan|penat|letih) (?:dengan|dgn|tengok|layan) (?:korang|kau|awak|kamu|servis|alasan|perangai|syarikat)|hilang sabar|dah cukup(?:lah)?(?= ?!)|cukup(?:lah)? (?:dengan|dah)|tak masuk akal|tak ada otak langsung|tak (?:peduli|kisah) langsung|layan (?:macam|mcm) (?:sampah|anjing|tunggul)|mengarut|bodoh punya (?:servis|syarikat|sistem)|teruk (?:nak mampus|gila|betul)`,
    ),
    rule(
      'supervisor_request',
      0.85,
      `(?:dapatkan|carikan|cari|hantar|bawakan|nak|mahu|minta) (?:saya |aku )?(?:seorang |sorang )?(?:${BOSS}|penyelia(?: bertugas)?|pegawai (?:bertugas|atasan|kanan)|pihak (?:atasan|pengurusan)|orang (?:atasan|yang lebih tinggi|yang berkuasa|yang bertanggungjawab)|yang bertanggungjawab)`,
    ),
    rule(
      'insult',
      0.85,
      `(?:penipu|kaki tipu|pembohong|tak berguna|tak guna|pemalas|kurang ajar|biadap|bodoh|bengap|bangang|lembap)(?: (?:betul|gila|sangat|sungguh))? (?:semua|semuanya|korang|kau|awak|staf|pekerja|kerani|ejen)|(?:kerani|staf|pekerja|ejen|budak|orang) (?:pemalas|penipu|bodoh|bengap|bangang|lembap|tak guna|tak berguna|biadap|bebal)`,
    ),
  ],
  context: {
    negators: [
      'tak',
      'tidak',
      'bukan',
      'takkan',
      'tiada',
      'jangan',
      'tk',
      'x',
      'tidaklah',
      'takde',
      'tak pernah',
      'never',
      'not',
    ],
    conditionals: ['kalau', 'jika', 'sekiranya', 'kecuali', 'atau', 'melainkan', 'kalo', 'sampai', 'sampe', 'if'],
    keepers: ['tapi', 'tetapi', 'but'],
    reporters: [
      'ejen',
      'rakan',
      'staf',
      'kakitangan',
      'iklan',
      'filem',
      'lagu',
      'gurau',
      'bergurau',
      'main-main',
      'agent',
      'joke',
      'drama',
    ],
  },
  aliases: {
    sy: 'saya',
    sye: 'saya',
    ak: 'aku',
    aq: 'aku',
    ko: 'kau',
    korg: 'korang',
    krg: 'korang',
    kome: 'korang',
    dgn: 'dengan',
    ngn: 'dengan',
    kt: 'kat',
    x: 'tak',
    tk: 'tak',
    nk: 'nak',
    ckp: 'cakap',
    bg: 'bagi',
    mcm: 'macam',
    blh: 'boleh',
    sbb: 'sebab',
    utk: 'untuk',
    yg: 'yang',
    org: 'orang',
    mmg: 'memang',
    bodo: 'bodoh',
    bdoh: 'bodoh',
    lg: 'lagi',
    jer: 'je',
    tau: 'tahu',
    tgk: 'tengok',
    tggu: 'tunggu',
    tgu: 'tunggu',
    umah: 'rumah',
    plg: 'pelanggan',
    mngr: 'manager',
    keje: 'kerja',
    kije: 'kerja',
  },
  cues: {
    polite: `tolong|boleh tak|boleh (?:awak|korang|you|hantar|letak)|minta jasa baik|sila|mohon`,
    violence: `bunuh|dibunuh|membunuh|pukul(?! ?[0-9]| (?:berapa|satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|sebelas|dua belas|setengah))|memukul|belasah|tumbuk|penumbuk|tikam|tembak|lempang|pelempang|penampar|tampar|sepak|terajang|hentam|bantai|lanyak|tendang|cekik|sembelih|parang|pisau|golok|kapak|pistol|senapang|senjata|asid|simbah|bakar|terbakar|dibakar|bom|lebam|berdarah|darah|patah|pecah kepala|hospital|ambulans|kubur|mampus|mati|cedera|settle(?:kan)?|ajar (?:sikit|cukup-cukup)|kerjakan`,
    target: `kau|engkau|awak|kamu|korang|hang|anda|kalian|you|u|dia|mereka|staf(?:n?ya| awak| korang| kau)?|pekerja(?:n?ya| awak| korang)?|kakitangan|juruwang|cashier|kasir|ejen|agent|budak (?:tu|kaunter)|pengurus|manager|(?:muka|kepala|mulut|gigi|kaki|tangan|leher|perut|badan|kereta|rumah|motor|anak|keluarga|bini|laki) (?:kau|engkau|awak|kamu|korang|hang|you|u|dia)`,
    menace: `kat luar|di luar|dekat luar|lepas kerja|balik kerja|habis kerja|pulang kerja|malam ni|nanti malam|esok|tahu (?:kau|awak|korang|you|u|dia) (?:kerja|tinggal|duduk|balik)|aku tahu|geng(?: aku)?|kawan(?:-kawan)? aku|budak(?:-budak)? aku|orang aku|abang aku|hati-hati|jaga diri|jaga-jaga|tengok(?:lah)? nanti|percayalah|jangan terkejut|tunggu(?:lah)?(?= ?[.!,]|$)|siap(?:lah)? kau|nanti kau rasa|pastikan (?:kau|awak|korang|you)`,
    harmless: `(?:anak|adik|abang|kakak|suami|isteri|bapa|ibu|mak|ayah) (?:saya|aku|i) (?:patah|masuk hospital|cedera|terbakar)|harga (?:korang |awak )?(?:memang |sangat )?membunuh|mati (?:akal|kutu)|bateri (?:dah )?mati|telefon (?:dah )?mati|pecah dan terbakar|(?:sampai|tiba) dalam keadaan (?:pecah|terbakar)`,
  },
};
