// Emoji and emoticons become a handful of cue tokens, so one lexicon entry covers a whole family and the
// model never needs to have seen a particular emoji in training.
export type EmojiCue = 'EMOLOVE' | 'EMOPOS' | 'EMOLAUGH' | 'EMONEG' | 'EMOSAD';

const EMOJI_GROUPS: ReadonlyArray<readonly [EmojiCue, string]> = [
  ['EMOLOVE', '😍 🥰 😘 ❤ 💕 💖 💗 💓 💞 💘 💝 😻 🤩 ♥ 🧡 💛 💚 💙 💜 🤍 💋 🫶 😚 😙 💌'],
  ['EMOPOS', '👍 🙏 😊 🔥 ✨ 👏 💯 🥳 🎉 🎊 ☺ 🙂 😀 😃 😄 😁 🤗 👌 💪 ✅ 🌟 ⭐ 🤤 😋 😎 🙌 🤝 🆗 🏆 🥇 😇 🌹 🌷 🌸 💐 ✌ 🤙 🆒 😌 🫡'],
  ['EMOLAUGH', '😂 🤣 😆 😹 😅 😜 😝 😛 🤪'],
  ['EMONEG', '😡 😠 🤬 👎 💢 🙄 😤 😒 🤮 🤢 😑 😾 🖕 💩 ❌ 🚫 😈 👿 🤡 ⛔ 😬'],
  ['EMOSAD', '😭 😢 💔 😞 😔 ☹ 🙁 😩 😫 😟 😥 😰 😓 😖 😣 😿 😪 🥀 😨 😱 🤕 🤒'],
];

export const EMOJI_CUES: ReadonlyMap<string, EmojiCue> = (() => {
  const m = new Map<string, EmojiCue>();
  for (const [cue, list] of EMOJI_GROUPS) for (const e of list.split(' ')) if (e) m.set(e, cue);
  return m;
})();

// Emoticons are matched case-sensitively on the original text (`:D` is a grin, `:d` is not used).
const EMOTICON_GROUPS: ReadonlyArray<readonly [EmojiCue, string]> = [
  ['EMOLOVE', '<3 <33 <333 :* :-* ;*'],
  ['EMOPOS', ':) :-) :)) :))) :] =) (: :D :-D :DD =D ;) ;-) ;D ^^ ^_^ ^.^ :3 :o) :P :-P :p ;P ;p'],
  ['EMOLAUGH', 'xD XD :v'],
  ['EMONEG', '>:( >:-( -_- -.- :/ :-/ :\\ =/ :| :-| >.<'],
  ['EMOSAD', ":( :-( :(( :((( :'( :'-( =( :[ </3 T_T T.T TT_TT ;( ;-( :c"],
];

export const EMOTICON_CUES: ReadonlyMap<string, EmojiCue> = (() => {
  const m = new Map<string, EmojiCue>();
  for (const [cue, list] of EMOTICON_GROUPS) for (const e of list.split(' ')) if (e) m.set(e, cue);
  return m;
})();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function source(filter: (e: string) => boolean): string {
  return [...EMOTICON_CUES.keys()]
    .filter(filter)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

const LETTER_START = /^[A-Za-z]/;

/**
 * Regex source for emoticons, longest first so `:))` wins over `:)`. Those that start with a letter (`xD`, `T_T`)
 * must not continue a word; none may be followed by a letter or digit.
 */
export const EMOTICON_SOURCE: string =
  `(?:(?<![\\p{L}\\p{N}])(?:${source((e) => LETTER_START.test(e))})|(?:${source((e) => !LETTER_START.test(e))}))(?![\\p{L}\\p{N}])`;
