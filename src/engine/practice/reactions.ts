/**
 * The simulated customer's reactions, shared by every scenario: two variants per language, one picked
 * by the run's seed. Written by us for practice; no customer's real words.
 */
import type { Lines } from './schema.ts';

export const REACTIONS = [
  'vent',
  'calmer',
  'doubt',
  'worse',
  'insists_senior',
  'accepts',
  'stops',
  'keeps_going',
  'ended',
  'senior_coming',
  'threat',
  'threat_worse',
  'timed_out',
] as const;
export type Reaction = (typeof REACTIONS)[number];

export const reactions: Readonly<Record<Reaction, Lines>> = {
  vent: {
    en: ['And another thing: nobody even called me back!', 'I have been waiting two weeks. Two weeks!'],
    ms: ['Satu lagi: tiada siapa pun telefon saya semula!', 'Sudah dua minggu saya tunggu. Dua minggu!'],
    id: ['Satu lagi: tidak ada yang menelepon saya balik!', 'Saya sudah menunggu dua minggu. Dua minggu!'],
    nb: ['Og en ting til: ingen ringte meg tilbake engang!', 'Jeg har ventet i to uker. To uker!'],
    tl: ['At isa pa: walang tumawag pabalik sa akin!', 'Dalawang linggo na akong naghihintay. Dalawang linggo!'],
  },
  calmer: {
    en: ['…Yes. That is exactly what happened.', 'Fine. At least someone is listening.'],
    ms: ['…Ya. Memang itulah yang berlaku.', 'Baiklah. Sekurang-kurangnya ada orang yang mendengar.'],
    id: ['…Ya. Memang itu yang terjadi.', 'Baiklah. Setidaknya ada yang mendengarkan.'],
    nb: ['…Ja. Det var akkurat det som skjedde.', 'Greit. Endelig er det noen som hører etter.'],
    tl: ['…Oo. Ganoon nga ang nangyari.', 'Sige. Buti may nakikinig na rin.'],
  },
  doubt: {
    en: ['You all say that. Why should I believe you?', 'Sorry, sorry. It sounds like you read it off a card.'],
    ms: ['Semua orang cakap begitu. Kenapa saya patut percaya?', 'Maaf, maaf. Macam baca dari kad sahaja.'],
    id: [
      'Semua orang bilang begitu. Kenapa saya harus percaya?',
      'Maaf, maaf. Kedengarannya seperti membaca dari kartu.',
    ],
    nb: [
      'Det sier dere alle sammen. Hvorfor skal jeg tro deg?',
      'Beklager, beklager. Det høres ut som du leser fra et ark.',
    ],
    tl: ['Ganyan kayong lahat. Bakit ako maniniwala sa iyo?', 'Sorry nang sorry. Parang binabasa mo lang sa papel.'],
  },
  worse: {
    en: ['Do not talk over me! You are not listening at all!', 'Unbelievable. You are making this worse.'],
    ms: ['Jangan potong cakap saya! Awak langsung tak dengar!', 'Tak masuk akal. Awak buat keadaan lebih teruk.'],
    id: [
      'Jangan potong omongan saya! Anda sama sekali tidak mendengarkan!',
      'Luar biasa. Anda membuatnya makin parah.',
    ],
    nb: ['Ikke avbryt meg! Du hører jo ikke etter i det hele tatt!', 'Utrolig. Du gjør det bare verre.'],
    tl: ['Huwag mo akong sabayan! Hindi ka nakikinig!', 'Grabe. Lalo mo pang pinalala.'],
  },
  insists_senior: {
    en: ['I am not discussing this with you. Get me your manager.', 'I said I want someone senior. Now.'],
    ms: ['Saya tak mahu bincang dengan awak. Panggil pengurus awak.', 'Saya kata saya mahu orang atasan. Sekarang.'],
    id: ['Saya tidak mau membahas ini dengan Anda. Panggilkan manajer Anda.', 'Saya bilang saya mau atasan. Sekarang.'],
    nb: ['Jeg diskuterer ikke dette med deg. Hent sjefen din.', 'Jeg sa at jeg vil snakke med noen over deg. Nå.'],
    tl: ['Ayokong pag-usapan ito sa iyo. Tawagin mo ang manager mo.', 'Sabi ko gusto ko ng nakatataas. Ngayon na.'],
  },
  accepts: {
    en: ['All right. If that happens by Friday, we are fine.', 'OK. Thank you for actually sorting it out.'],
    ms: ['Baiklah. Kalau siap sebelum Jumaat, saya tak kisah.', 'OK. Terima kasih kerana betul-betul selesaikannya.'],
    id: ['Baiklah. Kalau selesai sebelum Jumat, tidak masalah.', 'Oke. Terima kasih sudah benar-benar membereskannya.'],
    nb: ['Greit. Hvis det skjer innen fredag, er vi enige.', 'OK. Takk for at du faktisk ordnet det.'],
    tl: ['Sige. Kung maaayos bago mag-Biyernes, ayos na tayo.', 'OK. Salamat at talagang inayos mo.'],
  },
  stops: {
    en: ['…Fine. I will keep it civil.', 'All right, all right. Sorry. I am just fed up.'],
    ms: ['…Baiklah. Saya akan bercakap elok-elok.', 'Yalah, yalah. Maaf. Saya cuma sudah muak.'],
    id: ['…Baiklah. Saya akan bicara dengan sopan.', 'Ya sudah, ya sudah. Maaf. Saya hanya sudah muak.'],
    nb: ['…Greit. Jeg skal holde meg i skinnet.', 'Ja vel, ja vel. Beklager. Jeg er bare så lei.'],
    tl: ['…Sige. Aayusin ko ang pananalita ko.', 'Oo na, oo na. Pasensya. Pagod na lang talaga ako.'],
  },
  keeps_going: {
    en: ['I will talk to you however I like!', 'Or what? You cannot do anything, you useless lot!'],
    ms: ['Saya akan cakap dengan awak ikut suka saya!', 'Kalau tidak, apa? Awak semua tak guna!'],
    id: ['Saya akan bicara dengan Anda sesuka saya!', 'Memangnya kenapa? Kalian semua tidak berguna!'],
    nb: ['Jeg snakker til deg akkurat som jeg vil!', 'Ellers hva? Dere får ikke til noe som helst!'],
    tl: ['Kakausapin kita kung paano ko gusto!', 'E ano ngayon? Wala kayong silbi lahat!'],
  },
  ended: {
    en: ['Fine, hang up then! (the contact ends)', '(the customer leaves the conversation)'],
    ms: ['Baik, letak sajalah! (perbualan tamat)', '(pelanggan meninggalkan perbualan)'],
    id: ['Ya sudah, tutup saja! (percakapan berakhir)', '(pelanggan meninggalkan percakapan)'],
    nb: ['Greit, legg på da! (samtalen er slutt)', '(kunden forlater samtalen)'],
    tl: ['Sige, ibaba mo na! (tapos ang usapan)', '(umalis na ang customer sa usapan)'],
  },
  senior_coming: {
    en: ['Good. I will wait for them.', 'Finally. Put them on.'],
    ms: ['Bagus. Saya akan tunggu.', 'Akhirnya. Sambungkan saya.'],
    id: ['Bagus. Saya akan menunggu.', 'Akhirnya. Sambungkan saya.'],
    nb: ['Bra. Jeg venter på dem.', 'Endelig. Sett dem over.'],
    tl: ['Mabuti. Hihintayin ko sila.', 'Sa wakas. Ipasa mo na ako.'],
  },
  threat: {
    en: ['I know where your office is. I will be waiting outside.', 'Keep this up and someone is going to get hurt.'],
    ms: ['Saya tahu di mana pejabat awak. Saya akan tunggu di luar.', 'Teruskan begini dan ada orang akan cedera.'],
    id: ['Saya tahu di mana kantor Anda. Saya akan menunggu di luar.', 'Terus begini dan akan ada yang terluka.'],
    nb: [
      'Jeg vet hvor kontoret ditt er. Jeg skal stå og vente utenfor.',
      'Fortsett sånn, så kommer noen til å bli skadet.',
    ],
    tl: ['Alam ko kung saan ang opisina ninyo. Hihintayin kita sa labas.', 'Ituloy mo iyan at may masasaktan.'],
  },
  threat_worse: {
    en: ['I am on my way over right now.', 'You think I am joking? Watch me.'],
    ms: ['Saya dalam perjalanan ke sana sekarang.', 'Awak ingat saya bergurau? Tengoklah nanti.'],
    id: ['Saya sedang menuju ke sana sekarang.', 'Anda pikir saya bercanda? Lihat saja nanti.'],
    nb: ['Jeg er på vei dit akkurat nå.', 'Tror du jeg tuller? Bare vent.'],
    tl: ['Papunta na ako diyan ngayon.', 'Akala mo nagbibiro ako? Tingnan mo.'],
  },
  timed_out: {
    en: ['This is going nowhere. I am done. (the customer leaves)', '(the customer gives up and leaves)'],
    ms: ['Ini tak ke mana-mana. Saya sudah habis. (pelanggan pergi)', '(pelanggan berputus asa dan pergi)'],
    id: ['Ini tidak ada ujungnya. Saya sudah selesai. (pelanggan pergi)', '(pelanggan menyerah dan pergi)'],
    nb: ['Dette fører ingen vei. Jeg gir meg. (kunden går)', '(kunden gir opp og går)'],
    tl: ['Walang patutunguhan ito. Tapos na ako. (umalis ang customer)', '(sumuko at umalis ang customer)'],
  },
};
