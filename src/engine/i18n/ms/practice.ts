/** Malay: practice mode. Same keys as ../en/practice.ts. */
import type { practice as en } from '../en/practice.ts';
import type { TranslationOf } from '../shape.ts';

export const practice = {
  'practice.title':
    'Latihan: {kind}, {channel}, {customer}. Tiada apa yang sebenar di sini: tiada siapa dimaklumkan, tiada apa direkodkan kecuali skor anda.',
  'practice.customer_type.active_hater': 'pelanggan yang membenci anda walau apa pun anda buat',
  'practice.customer_type.extreme_critic': 'pelanggan yang nampak setiap kesilapan',
  'practice.customer_type.was_happy': 'pelanggan setia yang kini kecewa',
  'practice.customer_type.still_happy': 'salah seorang pelanggan terbaik anda',
  'practice.customer_says': 'Pelanggan: {text}',
  'practice.you_do': 'Anda: {move}',
  'practice.pick_move': 'Apa yang anda buat?',
  'practice.move.listen': 'Biar mereka luahkan; dengar tanpa mencelah',
  'practice.move.repeat': 'Ulang semula apa yang anda dengar',
  'practice.move.empathise': 'Tunjukkan anda faham perasaan mereka',
  'practice.move.apologise': 'Minta maaf dengan ikhlas',
  'practice.move.solve': 'Tawarkan apa yang anda boleh buat untuk membetulkannya',
  'practice.move.promise': 'Janjikan semua yang mereka minta',
  'practice.move.interrupt': 'Mencelah untuk membetulkan mereka',
  'practice.move.argue': '"Saya betul dan awak salah"',
  'practice.move.rush': '"Cepat sikit, orang lain sedang menunggu"',
  'practice.move.dont_know': '"Saya tak tahu"',
  'practice.move.boundary': 'Minta mereka berhenti, dengan sopan tetapi tegas',
  'practice.move.last_line': 'Ayat terakhir: "jika ini berterusan, saya akan tamatkan perbualan ini"',
  'practice.move.end': 'Tamatkan perbualan',
  'practice.move.escalate': 'Minta bantuan penyelia',
  'practice.move.report': 'Laporkan ancaman',
  'practice.would.page_people_channels':
    'Akan memanggil {people} melalui DM dan menghantar ke {channels} ({severity}: {reason})',
  'practice.would.page_people': 'Akan memanggil {people} melalui DM ({severity}: {reason})',
  'practice.would.page_channels': 'Akan menghantar permintaan bantuan ke {channels} ({severity}: {reason})',
  'practice.would.page_nobody':
    'Akan memanggil penyelia ({severity}: {reason}), tetapi tiada siapa ditetapkan untuk menerimanya bagi pasukan anda',
  'practice.severity.normal': 'biasa',
  'practice.severity.critical': 'kritikal',
  'practice.would.report': 'Akan melaporkan ancaman kepada {to}: {recipients}',
  'practice.would.report_nobody':
    'Akan melaporkan ancaman kepada {to}, tetapi tiada siapa ditetapkan untuk menerimanya bagi pasukan anda',
  'practice.would.flag': 'Akan menanda pelanggan untuk {kind}, supaya ejen seterusnya bersedia',
  'practice.would.decompress':
    'Akan menawarkan anda rehat sejenak: latihan pernafasan, seseorang untuk berbual, rehat pendek',
  'practice.outcome.resolved': 'selesai',
  'practice.outcome.escalated': 'penyelia mengambil alih',
  'practice.outcome.ended': 'anda menamatkan perbualan',
  'practice.outcome.gave_up': 'pelanggan berputus asa',
  'practice.debrief.title': 'Taklimat: {score}/100 ({outcome})',
  'practice.debrief.line': '{mark} {criterion}: {earned}/{points}',
  'practice.debrief.warnings': 'Amaran diberi: {count}, termasuk ayat terakhir: {last}.',
  'practice.debrief.focus': 'Dua perkara untuk diperbaiki:',
  'practice.debrief.focus_line': '{n}. {advice} (panduan lapangan §{section})',
  'practice.debrief.nothing': 'Tiada apa untuk diperbaiki kali ini. Cuba senario atau bahasa lain.',
  'practice.debrief.replay': 'Ulang latihan ini: --scenario {scenario} --seed {seed}',
  'practice.criterion.vent': 'Biar mereka meluah sebelum menyelesaikan',
  'practice.criterion.repeat': 'Ulang semula apa yang didengar',
  'practice.criterion.interrupt': 'Tidak pernah mencelah',
  'practice.criterion.empathy': 'Berempati, kemudian meminta maaf',
  'practice.criterion.dont_say': 'Elak frasa "jangan sebut"',
  'practice.criterion.promise': 'Berjanji hanya apa yang boleh dibuat',
  'practice.criterion.warn_before_end': 'Memberi amaran sebelum menamatkan',
  'practice.criterion.last_line_once': 'Guna ayat terakhir sekali sahaja',
  'practice.criterion.escalate': 'Memanggil penyelia apabila had dilepasi',
  'practice.criterion.report': 'Melaporkan ancaman',
  'practice.criterion.resolution': 'Membawa kontak ke penamat yang dibenarkan panduan',
  'practice.advice.vent':
    'Dengar dahulu: pelanggan yang marah tidak dapat menerima penyelesaian sebelum dia meluahkan perasaan.',
  'practice.advice.repeat':
    'Ulang semula apa yang anda dengar sebelum menawarkan apa-apa, supaya mereka tahu mereka didengari.',
  'practice.advice.interrupt': 'Jangan mencelah, walaupun untuk membetulkan kesilapan; biar mereka habis bercakap.',
  'practice.advice.empathy':
    'Tunjukkan anda faham dahulu, kemudian minta maaf; maaf sahaja kedengaran seperti hafalan.',
  'practice.advice.dont_say':
    'Tukar frasa "jangan sebut" dengan "sebut begini": "Ada betulnya kata anda. Namun, kami tidak dapat…"',
  'practice.advice.promise': 'Katakan apa yang anda boleh buat, bukan janji yang tidak dapat ditunaikan.',
  'practice.advice.warn_before_end':
    'Sebelum menamatkan, minta mereka berhenti, kemudian beri ayat terakhir; tamatkan hanya selepas memberitahu mereka.',
  'practice.advice.last_line_once':
    'Beri ayat terakhir sekali sahaja, dan maksudkannya: jika mereka teruskan, tamatkan perbualan.',
  'practice.advice.escalate':
    'Apabila had dilepasi atau mereka mahu orang atasan, minta bantuan penyelia: itu bukan kegagalan.',
  'practice.advice.report':
    'Laporkan setiap ancaman kepada orang yang betul (keselamatan untuk ancaman fizikal, undang-undang untuk ancaman undang-undang).',
  'practice.advice.resolution':
    'Pimpin ke penamat: tanya apa yang boleh membetulkannya, serahkan kepada penyelia, atau tamatkan selepas memberitahu mereka; jangan biarkan berlarutan.',
  'practice.history.title': 'Latihan anda ({count} kali, terbaru dahulu):',
  'practice.history.line': '{date} · {kind} · {scenario}: {score}/100',
  'practice.history.none': 'Anda belum berlatih lagi.',
  'practice.team.count':
    'Pasukan {team}: {count} sesi latihan minggu ini ({week}). Skor individu milik setiap ejen sendiri.',
  'practice.team.not_supervisor': 'Hanya penyelia boleh melihat bilangan latihan pasukan.',
  'practice.unknown_scenario': 'Tiada senario latihan "{input}". Senario: {choices}',
  'practice.unknown_kind': 'Jenis "{input}" tidak dikenali. Jenis: {choices}',
  'practice.saved': 'Skor anda disimpan dalam sejarah latihan anda (hanya anda yang melihatnya).',
  'practice.help_hint':
    'p: berlatih dengan pelanggan sukar (main peranan; tiada permintaan bantuan atau rekod sebenar)',
  'practice.chat.in_dm': 'Latihan anda menunggu dalam mesej anda dengan Holdline.',
  'practice.chat.expired': 'Latihan ini sudah tamat atau berubah. Mulakan yang baharu dengan /practice.',
  'practice.chat.again': 'Berlatih lagi',
  'discord.cmd.practice': 'Main peranan dengan pelanggan sukar secara selamat, dengan taklimat',
  'discord.cmd.practice.kind': 'Jenis kontak untuk dilatih',
  'discord.cmd.practice.show': 'Tunjukkan sejarah latihan anda, atau (penyelia) bilangan latihan pasukan minggu ini',
  'discord.cmd.practice.language': 'Bahasa latihan (en, ms, id, nb, tl)',
} as const satisfies TranslationOf<typeof en>;
