/** Every Threads selector in one place. First entry = preferred, the rest are fallbacks. */
export const TH = {
  /** One post or reply. */
  post: ['div[data-pressable-container="true"]'],
  /** The post's time links to it: /@handle/post/<code>. */
  time: ['a[href*="/post/"] time[datetime]'],
  authorLink: ['a[href^="/@"]'],
  text: ['span[dir="auto"]'],
  dialog: ['[role="dialog"]'],
  editor: ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', 'div[contenteditable="true"][role="textbox"]'],
  /** The sidebar's Profile link. */
  navProfileIcon: ['a[href^="/@"] svg[aria-label="Profile"]', 'a[href^="/@"] svg[aria-label="Profil"]'],
  /** Profile page: "12.3K followers", a button opening the list; the exact figure sits in a title attribute. */
  followers: ['[role="button"] span[title]', 'a[href$="/followers"]', 'span[title]'],
} as const;

/**
 * How many levels above a post its reply-thread group sits: Threads wraps every post in three
 * layout divs and a reply chain (a reply and the answers under it) in one more.
 */
export const THREAD_GROUP_DEPTH = 4;
