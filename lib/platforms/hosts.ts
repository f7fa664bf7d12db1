/**
 * Where Kelola works: match patterns for the seven social sites (and Messenger). The manifest's host
 * access, its content script and the context menu all use this one list; nothing else is requested.
 */
export const SOCIAL_HOST_PATTERNS = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://*.x.com/*',
  '*://*.twitter.com/*',
  '*://*.facebook.com/*',
  '*://*.messenger.com/*',
  '*://*.instagram.com/*',
  '*://*.linkedin.com/*',
  '*://*.youtube.com/*',
  '*://*.tiktok.com/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
];
