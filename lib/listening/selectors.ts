/**
 * Where posts sit on the sites' feeds, search results, hashtag and notification pages: every
 * listening selector in one place, first entry preferred, the rest fallbacks. X reuses the adapter's
 * own tweet selectors (lib/platforms/x/selectors.ts); these are the parts the comment adapters do
 * not need. Counts expected on the listening fixture pages are asserted in
 * tests/dom/listening/posts.test.ts.
 */
export const LX = {
  /** The search/hashtag timeline region; posts outside it (a "Who to follow" row) are left alone. */
  timeline: ['section[role="region"]', '[data-testid="primaryColumn"]'],
} as const;

export const LYT = {
  /** Search results, the home/hashtag grid (rich items) and the 2025 lockup view model. */
  video: ['ytd-video-renderer', 'ytd-rich-grid-media', 'yt-lockup-view-model'],
  title: [':is(#video-title)', 'a:is(#video-title-link)', '.yt-lockup-metadata-view-model__title', 'h3 a[href*="/watch"]'],
  titleLink: ['a:is(#video-title)[href]', 'a:is(#video-title-link)[href]', 'a:is(#thumbnail)[href]', 'a[href*="/watch?v="]', 'a[href^="/shorts/"]'],
  snippet: ['.metadata-snippet-text', ':is(#description-text)', 'yt-formatted-string.metadata-snippet-text-navigation'],
  channelName: ['ytd-channel-name :is(#text)', 'ytd-channel-name a', '.yt-content-metadata-view-model__metadata-row a[href^="/@"]'],
  channelLink: ['ytd-channel-name a[href]', ':is(#channel-thumbnail)[href]', 'a[href^="/@"]'],
  metadataItem: [':is(#metadata-line) span.inline-metadata-item', ':is(#metadata-line) span', '.yt-content-metadata-view-model__metadata-text'],
} as const;

export const LFB = {
  post: ['div[role="feed"] > div', 'div[aria-posinset]', 'div[role="article"][aria-posinset]'],
  text: ['[data-ad-rendering-role="story_message"]', '[data-ad-comet-preview="message"]', '[data-ad-preview="message"]'],
  author: ['[data-ad-rendering-role="profile_name"] a', 'h2 a[role="link"]', 'h3 a[role="link"]', 'h4 a[role="link"]'],
  link: ['a[href*="/posts/"]', 'a[href*="/permalink.php"]', 'a[href*="story_fbid="]', 'a[href*="/videos/"]', 'a[href*="/reel/"]'],
} as const;

export const LIG = {
  /** Feed posts; the tag and explore grids are thumbnails whose alt text carries the caption. */
  post: ['article', 'a[href^="/p/"]', 'a[href^="/reel/"]'],
  text: ['h1', 'div > span[dir="auto"]', 'img[alt]'],
  author: ['header a[href^="/"][role="link"]', 'span a[href^="/"][role="link"]'],
  link: ['a[href^="/p/"]', 'a[href^="/reel/"]'],
  time: ['time[datetime]'],
} as const;

export const LLI = {
  post: ['div.feed-shared-update-v2[data-urn]', 'div[data-urn^="urn:li:activity:"]', 'div[data-id^="urn:li:activity:"]'],
  text: ['.update-components-text', '.feed-shared-inline-show-more-text', '.feed-shared-update-v2__description'],
  author: ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__name', '.update-components-actor__title'],
  authorLink: ['a.update-components-actor__meta-link[href]', '.update-components-actor__container a[href*="/in/"]', 'a[href*="/company/"]'],
} as const;

export const LTT = {
  post: ['[data-e2e="search_top-item"]', '[data-e2e="search_video-item"]', '[data-e2e="challenge-item"]', '[data-e2e="recommend-list-item-container"]'],
  text: ['[data-e2e="search-card-video-caption"]', '[data-e2e="search-card-desc"]', '[data-e2e="video-desc"]', '[data-e2e="challenge-item-desc"]'],
  author: ['[data-e2e="search-card-user-unique-id"]', '[data-e2e="video-author-uniqueid"]', '[data-e2e="challenge-item-username"]'],
  link: ['a[href*="/video/"]', 'a[href*="/photo/"]'],
} as const;

export const LTH = {
  post: ['div[data-pressable-container="true"]'],
  /** Text spans; those inside links (names, handles) are skipped by the extractor. */
  text: ['span[dir="auto"]'],
  author: ['a[href^="/@"]'],
  link: ['a[href*="/post/"]'],
  time: ['a[href*="/post/"] time[datetime]', 'time[datetime]'],
} as const;
