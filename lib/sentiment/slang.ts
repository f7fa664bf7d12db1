// Social-media spellings mapped to the canonical forms used in the training data (SmSA is already
// written out in full: `tidak`, `banget`, `yang`), so a slang comment and a formal review share features.
// Keys are single lower-cased tokens after elongation is collapsed; values may be several words.
const SLANG_GROUPS: ReadonlyArray<readonly [string, string]> = [
  // Indonesian negation
  ['tidak', 'gk ga gak gx g nggak ngga ngak nggk engga enggak enggk tdk tak kaga kagak ndak nda ndk ora'],
  ['tidak ada', 'gaada gada gkada ngga ada'],
  ['tidak bisa', 'gabisa gbs gkbisa gabs'],
  ['tidak mau', 'gamau gmau gkmau'],
  ['tidak tahu', 'gatau gtau gktau gatw gataw'],
  ['tidak jelas', 'gajelas gjls gajls'],
  ['tidak enak', 'gaenak'],
  ['tidak suka', 'gasuka'],
  ['tidak usah', 'gausah gusah gkusah'],
  ['tidak pernah', 'gapernah'],
  ['tidak apa-apa', 'gpp gapapa gapapa gpapa ngapapa nggapapa gakpapa gapp tidakapa-apa'],
  ['bukan', 'bkn bukn'],
  ['belum', 'blm blom belom blum'],
  ['jangan', 'jgn jngn'],
  // intensifiers and degree
  ['banget', 'bgt bngt bgtt bgd bangett bangeet bngett bngets bangetz'],
  ['sangat', 'sngt sgt'],
  ['sekali', 'skali skli'],
  ['benar', 'bener bnr bner'],
  ['benar-benar', 'bener2 bnr2 bener-bener beneran'],
  ['kurang', 'krg krng'],
  ['lebih', 'lbh lbih'],
  ['cukup', 'ckp'],
  ['sedikit', 'sdkt dikit sdikit'],
  ['terlalu', 'trlalu trll'],
  // function words
  ['yang', 'yg yng'],
  ['dengan', 'dgn dg dng'],
  ['untuk', 'utk untk'],
  ['karena', 'krn krna karna karen soalnya'],
  ['tapi', 'tp tpi tapii'],
  ['tetapi', 'ttp'],
  ['tetap', 'tetep ttep'],
  ['sama', 'sm ama'],
  ['saya', 'sy sya saya'],
  ['aku', 'aq ak akuh'],
  ['gue', 'gw gua gwe'],
  ['kamu', 'km kmu lu lo loe elo elu'],
  ['dari', 'dr dri'],
  ['lagi', 'lg lgi'],
  ['juga', 'jg jga'],
  ['saja', 'aja aj ajah ajaa sj'],
  ['sudah', 'udh udah uda sdh dah udahh'],
  ['bisa', 'bs bsa'],
  ['kalau', 'kalo klo kl klu klau'],
  ['kenapa', 'knp napa knapa kenapaa'],
  ['bagaimana', 'gmn gmna gimana gmana gimna'],
  ['berapa', 'brp brapa brpa'],
  ['apa', 'ap apaan'],
  ['siapa', 'sapa'],
  ['di mana', 'dmn dimana dmana'],
  ['kapan', 'kpn'],
  ['seperti', 'kyk kayak kyak kek kaya spt sprti'],
  ['masih', 'msh masi'],
  ['sekarang', 'skrg skrng skrang skg'],
  ['sebelum', 'sblm'],
  ['setelah', 'stlh'],
  ['terus', 'trs trus'],
  ['tahu', 'tau tw'],
  ['ingin', 'pengen pgn pngn pingin pengin'],
  ['cuma', 'cm cuman doang'],
  ['dapat', 'dpt dapet dpet'],
  ['banyak', 'bnyk byk bnyak'],
  ['jadi', 'jd jdi'],
  ['nanti', 'ntar ntr nnti'],
  ['tadi', 'td'],
  ['kemarin', 'kmrn kemaren kmaren kmarin'],
  ['beberapa', 'bbrp'],
  ['semua', 'smua smw'],
  ['sedang', 'sdg'],
  ['langsung', 'lgsg lgsung lsg'],
  ['memang', 'emg emang mmg'],
  ['padahal', 'pdhl pdhal'],
  ['sebenarnya', 'sbnrnya sebenernya sbenernya'],
  ['semoga', 'smg smoga'],
  ['teman', 'temen tmn tmen'],
  ['orang', 'org'],
  ['sampai', 'sampe nyampe smpe nyampai smpai'],
  ['balas', 'bales bls'],
  ['dibalas', 'dibales'],
  ['pesan', 'pesen psn'],
  ['harga', 'hrg hrga'],
  ['barang', 'brg brng'],
  ['maksud', 'mksd'],
  ['bikin', 'bkin'],
  ['minta', 'mnta'],
  ['kasih', 'ksh'],
  ['tolong', 'tlg tlng'],
  ['mohon', 'mhn'],
  ['admin', 'mimin'],
  ['kak', 'kk ka kakak'],
  ['sudah', 'sdh'],
  // evaluative slang
  ['terima kasih', 'mksh makasih makasi mksih makasiih trims trimakasih terimakasih tks thks mkasih maacih makacih'],
  ['bagus', 'bgs bgus bguss'],
  ['mantap', 'mantul mantab mantabs mantep mantaps mantapp mantabb mntp mantav mantul'],
  ['keren', 'kren'],
  ['murah meriah', 'murmer'],
  ['murah', 'mrh'],
  ['rekomendasi', 'rekomen rekom rekomend rekomended recomended reccomended rekomenn'],
  ['kecewa', 'kcw kecewaa'],
  ['menyesal', 'nyesel nyesal'],
  ['enak', 'enk'],
  ['jelek', 'jlek jlk'],
  ['hancur', 'ancur'],
    ['haha', 'hahaha wkwk wkwkwk wkwkwkwk wk wkwkw awokawok hehe hehehe hihi xixi kwkw'],
  ['alhamdulillah', 'alhamdulilah alhamdullilah alhmdlh alhamdllh hamdalah'],
  ['masyaallah', 'mashaallah masyallah mashallah'],
  ['amin', 'aamiin aamin amiin'],
  ['astaghfirullah', 'astagfirullah astaga astagaa'],
  ['sip', 'sipp sippp'],
  ['oke', 'ok okey okay okeh okee oce'],
  ['checkout', 'co ceckout cekout'],
  ['ongkos kirim', 'ongkir'],
  ['whatsapp', 'wa wasap whatsap'],
  ['lemot', 'lemod'],
  ['cepat', 'cepet cpt'],
  ['murah', 'murce'],
  ['bertanggung jawab', 'bertanggungjawab'],
  // English
  ['you', 'u'],
  ['your', 'ur yr'],
  ['are', 'r'],
  ['please', 'pls plz plis pliss'],
  ['love', 'luv lov'],
  ['great', 'gr8'],
  ['before', 'b4'],
  ['thanks', 'thx tq ty tx thnx thanx'],
  ['thank you so much', 'tysm'],
  ['i do not know', 'idk'],
  ['in my opinion', 'imo imho'],
  ['honestly', 'ngl tbh'],
  ['going to', 'gonna'],
  ['want to', 'wanna'],
  ['got to', 'gotta'],
  ['kind of', 'kinda'],
  ['do not know', 'dunno'],
  ['because', 'cuz coz bc bcs bcoz cos'],
  ['people', 'ppl'],
  ['really', 'rly rlly'],
  ['seriously', 'srsly'],
  ['awesome', 'awsome awsum'],
  ['good', 'gud gd'],
  ['favorite', 'fav fave favourite'],
  ['laugh', 'lol lmao lmfao rofl'],
  ['oh my god', 'omg'],
  ['what the fuck', 'wtf'],
  ['i am', 'im'],
  ['i have', 'ive'],
  ['you are', 'youre'],
  ['do not', 'dont'],
  ['does not', 'doesnt'],
  ['did not', 'didnt'],
  ['can not', 'cant cannot'],
  ['will not', 'wont'],
  ['is not', 'isnt aint'],
  ['are not', 'arent'],
  ['was not', 'wasnt'],
  ['were not', 'werent'],
  ['have not', 'havent'],
  ['has not', 'hasnt'],
  ['would not', 'wouldnt'],
  ['should not', 'shouldnt'],
  ['could not', 'couldnt'],
  ['that is', 'thats'],
  ['it is', 'its'],
];

export const SLANG: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, readonly string[]>();
  for (const [to, from] of SLANG_GROUPS) {
    const target = to.split(' ');
    for (const k of from.split(' ')) if (k && !m.has(k) && k !== to) m.set(k, target);
  }
  return m;
})();

// Contractions after the apostrophe has been kept in the token (`don't`, `it's`).
const CONTRACTION_HEADS: Readonly<Record<string, readonly string[]>> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "ain't": ['is', 'not'],
  "shan't": ['shall', 'not'],
  "i'm": ['i', 'am'],
  "let's": ['let', 'us'],
};

export function expandContraction(tok: string): readonly string[] | null {
  const fixed = CONTRACTION_HEADS[tok];
  if (fixed) return fixed;
  const q = tok.indexOf("'");
  if (q <= 0) return null;
  const head = tok.slice(0, q);
  const tail = tok.slice(q + 1);
  if (tail === 't' && head.endsWith('n')) return [head.slice(0, -1), 'not'];
  switch (tail) {
    case 's':
      return head === 'it' || head === 'that' || head === 'there' || head === 'what' || head === 'he' || head === 'she'
        ? [head, 'is']
        : [head];
    case 're':
      return [head, 'are'];
    case 've':
      return [head, 'have'];
    case 'll':
      return [head, 'will'];
    case 'd':
      return [head, 'would'];
    case 'm':
      return [head, 'am'];
    default:
      return null;
  }
}
