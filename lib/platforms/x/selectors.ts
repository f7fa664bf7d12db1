/**
 * Every X selector in one place. First entry = preferred, the rest are fallbacks.
 * Counts expected on the fixture pages are asserted in tests/dom/platforms/selectors.test.ts.
 */
export const X = {
  /** One post (tweet) in any timeline. */
  tweet: ['article[data-testid="tweet"]', 'article[role="article"][aria-labelledby]'],
  /** A row of a virtualised timeline; an empty row separates reply threads in a conversation. */
  cell: ['div[data-testid="cellInnerDiv"]'],
  userName: ['[data-testid="User-Name"]'],
  tweetText: ['[data-testid="tweetText"]'],
  /** The post's own time links to its status; a quoted post's time has no link. */
  statusTime: ['a[href*="/status/"] > time[datetime]', 'a[href*="/status/"] time'],
  /** A quoted post inside a post: its name and text are not the post's own. */
  quoteCard: ['div[role="link"][tabindex="0"]'],
  avatar: ['[data-testid^="UserAvatar-Container-"]'],
  /** Ads inside a conversation: never items. */
  promoted: ['[data-testid="placementTracking"]'],
  /** The "Discover more" block after a conversation lists unrelated posts. */
  sectionHeading: ['h2[role="heading"]'],
  dialog: ['[role="dialog"]', '[aria-modal="true"]'],
  /** Reply/compose editor (Draft.js content element; mobile web uses a textarea). */
  postEditor: ['div[data-testid^="tweetTextarea_"][contenteditable="true"]', 'textarea[data-testid^="tweetTextarea_"]', '.DraftEditor-root [role="textbox"][contenteditable="true"]'],
  /** Direct messages (the /messages page and the DM drawer). */
  /** The open conversation (page or drawer), whose heading names the other person. */
  dmPanel: ['[data-testid="DmActivityContainer"]', '[data-testid="DMDrawer"]'],
  dmEntry: ['[data-testid="messageEntry"]'],
  dmText: ['[data-testid="tweetText"]', 'div[dir="auto"]'],
  dmHeading: ['h2[role="heading"]'],
  dmComposer: ['[data-testid="dmComposerTextInput"][contenteditable="true"]', 'textarea[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'],
  /** The signed-in account. */
  ownProfileLink: ['a[data-testid="AppTabBar_Profile_Link"]'],
  accountSwitcher: ['[data-testid="SideNav_AccountSwitcher_Button"]'],
  /** Profile page header. */
  profileName: ['[data-testid="UserName"]'],
  followersLink: ['a[href$="/verified_followers"]', 'a[href$="/followers"]'],
  followingLink: ['a[href$="/following"]'],
  /** "1,234 posts" under the name in the sticky header. */
  postsCount: ['[data-testid="primaryColumn"] h2[role="heading"] + div[dir="ltr"]', '[data-testid="primaryColumn"] h2[role="heading"] + div'],
} as const;

/** First path segments that are X's own pages, not user handles. */
export const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login', 'logout', 'signup',
  'tos', 'privacy', 'jobs', 'lists', 'communities', 'premium_sign_up', 'hashtag', 'account', 'intent', 'share',
]);
