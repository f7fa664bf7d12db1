/** Every Facebook/Messenger selector in one place. First entry = preferred, the rest are fallbacks. */
export const FB = {
  /** Comments and replies are articles; so are feed posts, which have no own comment_id time link. */
  article: ['div[role="article"]', '[role="article"]'],
  /** Both the author link (opaque id) and the time link (numeric id) carry comment_id. */
  commentLink: ['a[href*="comment_id="]'],
  /** One paragraph of comment text. */
  paragraph: ['div[dir="auto"][style*="text-align"]', 'div[dir="auto"]'],
  /** Lexical editors: comment/reply boxes and the Messenger composer. */
  editor: ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', 'div[contenteditable="true"][role="textbox"]'],
  /** Messenger (facebook.com/messages, messenger.com). */
  messageGrid: ['div[role="grid"][aria-label]', '[role="grid"]'],
  messageRow: ['div[role="row"]'],
  /** The list of chats is also a grid of rows; it lives in a navigation region. */
  chatList: ['[role="navigation"]'],
  messageCell: ['div[role="gridcell"]'],
  /** Accessible sender line of each message: the name, or "You sent" for the signed-in user. */
  messageSender: ['h5', '[data-scope="messages_table"] h5'],
  messageText: ['div[dir="auto"]', 'span[dir="auto"]'],
  /** Time separators between message groups ("Today at 8:02 AM", "Kemarin pukul 21.15"). */
  dateBreak: ['h4', '[data-scope="date_break"]'],
  conversationHeader: ['[role="main"] a[role="link"][href] h2', '[role="main"] h2'],
  messageComposer: ['[role="main"] div[contenteditable="true"][role="textbox"]', 'div[aria-label="Message"][contenteditable="true"]', 'div[aria-label="Pesan"][contenteditable="true"]'],
  /** Profile/Page header and its linked figures ("12K followers", "12 rb pengikut"). */
  profileHeader: ['div[role="main"] > div:first-child', '[role="main"]'],
  profileCountLink: ['a[href*="/followers"]', 'a[href*="sk=followers"]', 'a[href*="/following"]', 'a[href*="friends_likes"]', 'a[href*="/likes"]'],
  /** The left column's first link is the signed-in profile. */
  navProfile: ['div[role="navigation"] ul li a[role="link"][href]', '[role="navigation"] a[role="link"][href]'],
} as const;

/** First path segments that are Facebook's own pages rather than profiles. */
export const RESERVED_PATHS = new Set([
  'friends', 'groups', 'marketplace', 'watch', 'gaming', 'memories', 'saved', 'events', 'pages', 'feeds', 'messages',
  'notifications', 'bookmarks', 'settings', 'help', 'reel', 'reels', 'stories', 'photo', 'photo.php', 'permalink.php',
  'story.php', 'hashtag', 'search', 'ads', 'business', 'fundraisers', 'games', 'news', 'home.php', 'login', 'privacy', 't',
]);
