/** Every Instagram selector in one place. First entry = preferred, the rest are fallbacks. */
export const IG = {
  /** A comment's time links to the comment: /p/<code>/c/<id>/ (replies: …/c/<id>/r/<reply id>/). */
  commentTime: ['a[href*="/c/"] > time[datetime]', 'a[href*="/c/"] time[datetime]'],
  /** The row holding one comment; modern layouts without list items fall back to a listitem role. */
  commentRow: ['li', '[role="listitem"]'],
  author: ['h3 a[href]', 'h2 a[href]', 'a[role="link"][href]:not([href*="/p/"]):not([href*="/reel/"])'],
  text: ['span[dir="auto"]'],
  /** Comment box of a post (a React-controlled textarea); replying prefills "@handle ". */
  commentBox: ['textarea[aria-label^="Add a comment"]', 'textarea[aria-label^="Tambahkan komentar"]', 'form textarea', 'textarea[placeholder]'],
  /** Direct messages (/direct/t/<id>/): the Messenger chat layout. */
  dmGrid: ['div[role="grid"][aria-label]', '[role="grid"]'],
  dmRow: ['div[role="row"]'],
  dmCell: ['div[role="gridcell"]'],
  dmSender: ['h5'],
  dmText: ['div[dir="auto"]'],
  dmDateBreak: ['h4'],
  dmChatList: ['[role="navigation"]', '[aria-label="Thread list"]'],
  dmHeader: ['[role="main"] header a[href][role="link"]', 'header a[href][role="link"]'],
  dmComposer: ['div[role="textbox"][contenteditable="true"][aria-label="Message"]', 'div[role="textbox"][contenteditable="true"][aria-label="Pesan"]', 'div[role="textbox"][contenteditable="true"]'],
  /** Sidebar link to the signed-in profile ("Profile" / "Profil") with the avatar. */
  navLink: ['a[role="link"][href^="/"]'],
  /** Profile header and its counts. */
  profileHeader: ['header section', 'header'],
  profileStats: ['ul li'],
} as const;

/** First path segments that are Instagram's own pages rather than profiles. */
export const RESERVED_PATHS = new Set(['p', 'reel', 'reels', 'explore', 'direct', 'accounts', 'stories', 'tv', 'about', 'legal', 'developer', 'web', 'challenge', 'emails', 'session', 'api']);
