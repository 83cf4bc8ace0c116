/** Indonesian (Bahasa Indonesia, incl. Jakarta colloquial gue/lo, nggak/gak, and common Javanese loans). */
import type { Lexicon } from '../types.ts';
import { alt, any, rule } from './rule.ts';

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

export const id: Lexicon = {
  rules: [
    rule(
      'physical_threat',
      0.85,
      `(?:datangi|datengin|samperin|sambangi|labrak|satroni|cari) (?:rumah|kantor|tempat kerja|kosan)(?:mu|nya| ${YOU})|(?:datangi|samperin|cari|cegat|labrak) ${YOU} (?:malam ini|nanti malam|di rumah|pulang kerja|sepulang kerja|di luar|di parkiran)(?! (?:loket|kantor|bank|toko|gedung|pos|sekolah|masjid|gerai))`,
    ),
    rule('legal_threat', 0.6, `(?<!(?:di|kerja|bekerja|pegawai|staf|hakim) )pengadilan|(?:di|ter)somasi|gugatan`),
    rule('physical_threat', 0.95, `(?:${ME} |dia |)(?:${WILL} |)${HARM} ${VICTIM}`),
    rule(
      'physical_threat',
      0.95,
      `ta(?:h)?u (?:di mana|dimana) (?:${WHO} )?(?:tinggal|kerja|bekerja|kos|ngekos)|ta(?:h)?u rumah ${WHO}`,
    ),
    rule('physical_threat', 0.75, `tahu (?:di mana|dimana|letak) (?:toko|kantor|cabang) (?:ini|itu|kalian|kamu|anda)`),
    rule(
      'physical_threat',
      0.9,
      `(?:tunggu|tungguin|cegat|cegatin) ${VICTIM} (?:di |)(?:luar|depan|pulang kerja|sepulang kerja|nanti malam|di parkiran)`,
    ),
    rule(
      'physical_threat',
      0.85,
      `(?:awas|hati-hati|hati hati|jaga-jaga) (?:${YOU}|ya|aja)(?: ya)?|ta(?:h)?u (?:alamat )?(?:rumah|kantor|tempat kerja|kosan)(?:mu|nya|lu|lo| ${WHO})|${YOU} (?:akan |bakal |pasti )?(?:menyesal|nyesel)|lihat saja nanti|liat aja nanti|tunggu (?:saja |aja )?pembalasan|mati (?:kau|lu|lo|kamu)|mampus (?:kau|lu|lo|kamu)`,
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
      `(?:pelayanan|layanan|servis|aplikasi|perusahaan|toko) (?:kalian |kamu |anda |ini |paling |sangat |benar-benar |bener-bener |bener |emang |memang |banget |)*(?:buruk|jelek|parah|payah|sampah|kacau|bobrok|gak becus|tidak becus)|(?:sangat |benar-benar |bener-bener |)keterlaluan|(?:layanan|pelayanan|toko|perusahaan|servis) macam apa (?:ini|itu)|apa-apaan (?:ini|sih)|buang-buang waktu|buang waktu|omong kosong|(?:diam|tutup mulut)(?: lu| lo| kamu| kau)|nyebelin banget|parah banget`,
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
    conditionals: ['kalau', 'kalo', 'jika', 'jikalau', 'apabila', 'kecuali', 'atau', 'sampai', 'if'],
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
};
