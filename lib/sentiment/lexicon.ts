// A compact bilingual valence lexicon (−4…+4). It carries the model outside the review/tweet domains
// it was trained on: slang, emoji cues and words the training files rarely contain all land here.
// Grouped by score so the table stays small and easy to review.
const ID_GROUPS: ReadonlyArray<readonly [number, string]> = [
  // positive
  [3.2, 'terbaik sempurna memuaskan fantastis menakjubkan mengagumkan istimewa juara terfavorit'],
  [3, 'mantap keren hebat top lezat dahsyat ciamik maknyus jos joss gokil kece puas cinta recomended'],
  [2.6, 'bagus enak nikmat favorit rekomendasi amanah memukau mewah elegan bangga bahagia senang seru asyik asik epic'],
  [2.2, 'nyaman ramah indah cantik ganteng cakep rapi bersih sejuk asri gurih empuk lembut wangi harum awet terjangkau'],
  [2.2, 'menarik lucu unik cocok sukses berhasil untung beruntung membantu terbantu bermanfaat berguna responsif sopan'],
  [2.2, 'semangat selamat nagih ketagihan laris syukur masyaallah romantis kekinian hits berkualitas jujur'],
  [2, 'cepat murah lengkap segar aman original ori mudah gampang praktis sip rapih tepat'],
  [1.6, 'oke lumayan pas strategis sehat kangen rindu alhamdulillah subhanallah mending worth recommend suka sesuai'],
  [1.2, 'asli lega tenang baik amin'],
  [2.6, 'menyenangkan salut estetik aesthetic instagramable gemes gemas imut nendang barokah berkah'],
  [2, 'kebaikan mendukung hangat adem teduh'],
  [1.2, 'beragam luas manis rame'],
  // negative
  [-3.2, 'terburuk penipu penipuan menipu ditipu tertipu bangsat brengsek kampret anjing goblok tolol kapok'],
  [-3, 'kecewa mengecewakan ngecewain buruk jelek hancur zonk sampah busuk basi benci muak jijik menjijikkan'],
  [-2.8, 'bohong pembohong nipu tipu palsu najis payah ampas amburadul kacau menyesal marah kesal kesel bodoh bego'],
  [-2.6, 'rusak cacat lemot lelet sial sialan sebel bete emosi gagal rugi merugikan jahat kejam licik curang maling'],
  [-2.6, 'fitnah korupsi koruptor hoax hoaks kw nyebelin menyebalkan jutek judes kasar sombong ceroboh lalai'],
  [-2.2, 'kotor bau berisik ribet rumit susah sulit error eror bug telat terlambat lecet penyok pecah sobek bocor luntur'],
  [-2.2, 'hambar keasinan alot gosong mentah sedih kecelakaan bencana musibah bahaya berbahaya sakit stres pusing ganggu'],
  [-2.2, 'mengganggu terganggu boros mubazir tega norak ancaman mengancam korban tewas kebakaran galau takut khawatir parah'],
  [-1.8, 'lambat mahal macet kusam pahit asin sempit bingung capek lelah repot malas males hilang lebay alay'],
  [-1.6, 'kurang kasihan miskin lapar banjir meninggal cuek mati sayangnya terpaksa'],
  [-3, 'biadab bajingan munafik membenci kampungan jorok'],
  [-2.5, 'sesat iri menghina pengecut bunuh musnahkan iblis ngeselin ngaco ngawur murahan kumuh pengap babi bodo'],
  [-2, 'melelahkan membosankan penakut pencitraan ngelag lag ngehang lola kafir'],
  [-1.5, 'aneh cemburu malu masalah bosan komplain gerah sepi receh hang'],
];

const EN_GROUPS: ReadonlyArray<readonly [number, string]> = [
  // positive
  [3.2, 'excellent outstanding superb phenomenal masterpiece flawless perfection best'],
  [3, 'great awesome amazing love loved loves loving fantastic wonderful brilliant incredible perfect exceptional'],
  [3, 'marvelous magnificent spectacular stunning breathtaking legendary adore adored adorable delightful'],
  [2.6, 'beautiful lovely gorgeous excited exciting happy happiest glad blessed delicious yummy tasty enjoy enjoyed'],
  [2.6, 'enjoying impressive impressed favorite proud congrats congratulations recommended fabulous fab heaven joy thanks'],
  [2.6, 'thankful grateful appreciate appreciated hilarious win wins winning won winner victory champion'],
  [2.2, 'good nice fun funny cute sweet kind helpful friendly pleased pleasure satisfied satisfying glorious epic'],
  [2.2, 'cool smart clever genius hopeful lucky smile smiling smiles laugh laughing laughed laughs celebrate'],
  [2.2, 'celebration cheers yay wow hooray gift hug hugs kiss xoxo useful reliable handsome charming comfy cozy'],
  [2.2, 'success successful positive support supportive care caring peace peaceful relaxing relaxed freedom'],
  [2.2, 'recommend worth respect honored honor trust awesomeness yummy delish dope lit wonderfully beautifully'],
  [1.6, 'better hope interesting easy clean fresh safe comfortable calm healthy strong agree thank'],
  [1.6, 'welcome party holiday vacation bright warm smooth fast affordable worthy'],
  [1.6, 'improve improved improvement upgrade benefit bonus fair promise gentle honest loyal heart wish interested'],
  [1.8, 'award awards awarded woo woohoo'],
  [2.8, 'thrilled ecstatic overjoyed elated terrific tremendous splendid extraordinary blissful bliss happiness'],
  [2.4, 'inspired inspiring inspiration motivated refreshing refreshed bravo kudos woot yum scrumptious delighted'],
  [2.4, 'cheerful joyful joyous merry festive triumph achievement accomplished generous thoughtful courage'],
  [2, 'pleasant pleasing delight stylish classy elegant witty charm fortunate promoted promotion reward rewarding'],
  [2, 'optimistic confident brave fascinating intriguing remarkable amusing entertaining valuable precious treasure'],
  [2, 'relieved relief content sunshine sunny grin giggle happily greatest finest chillin relax cheer excitement'],
  [1.4, 'chill neat nifty handy classic solid secure surprise dream dreams progress hopefully dance dancing faith'],
  [1, 'true yeah yep ha god'],
  [1, 'like liked likes fine okay alright sure yes free keras panas'],
  // negative
  [-3.2, 'worst horrible terrible awful disgusting pathetic horrific dreadful atrocious scam scammer fraud'],
  [-3, 'hate hated hates hating sucks sucked suck stupid idiot idiots dumb useless garbage trash rubbish junk'],
  [-3, 'ripoff rip-off disaster tragic tragedy nightmare furious outraged fuck fucked shit shitty crap crappy'],
  [-2.6, 'bad poor sad angry mad upset disappointed disappointing disappointment fail failed failure fails broken'],
  [-2.6, 'wrong fake liar lie lies lying cheat cheated cheating steal stole stolen rude ugly gross nasty sick'],
  [-2.6, 'hurt hurts pain painful cry crying cried depressed depressing depression miserable lonely scared afraid'],
  [-2.6, 'kill killed killing dead die died death murder war attack terror evil cruel violent violence abuse racist'],
  [-2.6, 'ruin ruined regret regrets overpriced unhappy unfair dislike hopeless worthless pointless frustrated'],
  [-2.6, 'frustrating annoyed annoying sucky lame wtf ugh wasted waste shame ashamed embarrassing sadly'],
  [-2.2, 'problem problems bug buggy crash crashed crashes crashing damage damaged dirty noisy messy mess boring bored'],
  [-2.2, 'tired exhausted worried worry worries anxious stress stressed stressful fear scary afraid danger dangerous'],
  [-2.2, 'lost lose losing loser missing unfortunately complicated confusing confused difficult struggle struggling'],
  [-2.2, 'suffer suffering lazy greedy selfish jealous guilty threat cancelled canceled complain complaint complaints'],
  [-1.6, 'slow delay delayed issue issues expensive cancel awkward meh stuck hungry alone damn hell'],
  [-1.6, 'sorry doubt unclear blah headache flu sick ill tears'],
  [-1, 'late weird hard miss missed cold lama stop'],
  [-2.5, 'ass piss pissed pissing'],
  [-1.5, 'hangover lack lacking ignore ignored ignoring crazy'],
  [-1.2, 'no'],
  [-2.8, 'bullshit fml moron toxic murdered terrorist terrorists destroyed devastated devastating horrified'],
  [-2.4, 'ache aching fever misery mourning funeral shooting shootings bomb bombing injured injury victim victims'],
  [-2.4, 'criminal crime riot chaos disease cancer dying destroy ridiculous nonsense yuck ignorant panic doom'],
  [-2, 'accident arrested jail prison loss mistake trouble recession unemployment poverty blame insane irritated'],
  [-2, 'irritating nervous dread devil threats fight fighting argument smh dammit damnit foolish fool stink stinks'],
  [-1.5, 'eww ew boo weak absurd decline debt conflict whine whining insomnia madness virus cough sob arrest'],
  [-1, 'sleepy traffic cuts protest protests obstacle obstacles smell unproductive unproductivity shot'],
];

// Emoji and emoticon cues (see normalize.ts).
const CUE_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [3, 'EMOLOVE'],
  [2.4, 'EMOPOS'],
  [1.2, 'EMOLAUGH haha'],
  [-2.6, 'EMONEG'],
  [-2.4, 'EMOSAD'],
];

/** Multi-word entries, matched before single words. Keys are space-joined normalised tokens. */
const PHRASE_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [3, 'top markotop|luar biasa|the best|top notch|must try|wajib coba|worth it|highly recommended|five stars|bintang lima'],
  [2.2, 'terima kasih|thank you|can not wait|tidak sabar|fast response|respon cepat|fast respon|well done|good job|love it'],
  [2, 'bertanggung jawab'],
  [1.5, 'not bad|tidak buruk|tidak nyesel|tidak menyesal|tidak rugi|tidak kecewa|no problem|no worries|tidak masalah'],
  [0, 'kurang lebih|tidak apa-apa|sama-sama|hati-hati|oh my god|no comment|kind of'],
  [-0.8, 'biasa saja|so so|b saja'],
  [-2.2, 'belum sampai|belum datang|belum diterima|belum dikirim|belum dibalas|tidak dibalas|tidak direspon|slow response'],
  [-2.2, 'slow respon|respon lambat|not received|never received|not working|not work|tidak berfungsi|waste of'],
  [-2.2, 'tidak sesuai|tidak ada respon|no response|never again|tidak lagi-lagi|what the fuck|lama banget|kurang ajar'],
  [-2, 'not like|tidak suka|do not recommend|tidak rekomendasi|tidak recommended|tidak becus|tidak jelas|tidak bertanggung jawab'],
  [-1.5, 'tolong dibalas|mohon dibalas|tolong direspon|mohon direspon|kok belum|kok lama|belum juga'],
];

export type LexLang = 'id' | 'en' | 'cue';

const built = (() => {
  const value = new Map<string, number>();
  const lang = new Map<string, LexLang>();
  const add = (groups: ReadonlyArray<readonly [number, string]>, l: LexLang) => {
    for (const [score, words] of groups)
      for (const w of words.split(' '))
        if (!w) continue;
        else if (!value.has(w)) {
          value.set(w, score);
          lang.set(w, l);
        } else if (lang.get(w) !== l) {
          // Listed for both languages (`worth`, `epic`): no evidence for either.
          lang.set(w, 'cue');
        }
  };
  add(CUE_GROUPS, 'cue');
  add(ID_GROUPS, 'id');
  add(EN_GROUPS, 'en');
  return { value, lang };
})();

/** Word or cue token → valence. */
export const LEXICON: ReadonlyMap<string, number> = built.value;
/** Which language's list a lexicon entry came from; the language router uses it as weak evidence. */
export const LEXICON_LANG: ReadonlyMap<string, LexLang> = built.lang;

export const PHRASES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [score, list] of PHRASE_GROUPS) for (const p of list.split('|')) if (!m.has(p)) m.set(p, score);
  return m;
})();

/** Longest phrase length in tokens, so the scorer knows how far to look ahead. */
export const MAX_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

/** First words of phrases: only these start a phrase lookup. */
export const PHRASE_FIRST: ReadonlySet<string> = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0] as string));

/** Words that flip the valence of what follows (scope ends at punctuation or a contrast word). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'tidak', 'bukan', 'belum', 'jangan', 'tanpa', 'kurang', 'tiada', 'bukanlah',
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'nope',
]);

/** Boosters that precede the word they modify (`sangat bagus`, `very good`), with their factor. */
export const PRE_BOOSTERS: ReadonlyMap<string, number> = new Map([
  ['sangat', 1.4], ['paling', 1.4], ['terlalu', 1.3], ['amat', 1.3], ['sungguh', 1.3], ['benar-benar', 1.3],
  ['super', 1.4], ['makin', 1.2], ['semakin', 1.2], ['lebih', 1.1], ['agak', 0.7], ['sedikit', 0.7], ['cukup', 0.9],
  ['very', 1.4], ['so', 1.3], ['really', 1.3], ['extremely', 1.5], ['totally', 1.3], ['absolutely', 1.4],
  ['too', 1.3], ['incredibly', 1.4], ['truly', 1.3], ['highly', 1.3], ['completely', 1.3], ['utterly', 1.4],
  ['fucking', 1.4], ['freaking', 1.3], ['most', 1.3], ['such', 1.2], ['quite', 1.1], ['pretty', 1.15],
  ['slightly', 0.6], ['somewhat', 0.7], ['bit', 0.7], ['little', 0.8],
]);

/** Boosters that follow the word they modify (`bagus banget`, `enak sekali`, `keren parah`). */
export const POST_BOOSTERS: ReadonlyMap<string, number> = new Map([
  ['banget', 1.4], ['sekali', 1.4], ['parah', 1.4], ['gila', 1.3], ['abis', 1.3], ['pol', 1.3], ['poll', 1.3],
  ['asli', 1.2], ['beneran', 1.2], ['af', 1.4],
]);

/** Clause connectors after which the rest of the sentence carries more weight. */
export const CONTRASTS: ReadonlySet<string> = new Set([
  'tapi', 'tetapi', 'namun', 'sayangnya', 'padahal', 'but', 'however', 'unfortunately',
]);

/** Words that open a concession whose own clause carries less weight (`walaupun mahal, enak`). */
export const CONCESSIVES: ReadonlySet<string> = new Set([
  'walaupun', 'meskipun', 'meski', 'walau', 'biarpun', 'although', 'despite', 'though',
]);
