/**
 * Every YouTube selector in one place. First entry = preferred, the rest are fallbacks.
 * YouTube repeats the same ids in every comment (`content-text`, `author-text`, ...). Queried inside
 * one comment, a selector ending in a bare id makes Chromium visit every element of the page with
 * that id; written as `:is(#content-text)` it only looks inside the comment.
 */
export const YT = {
  thread: ['ytd-comment-thread-renderer'],
  /** One comment or reply (2024+ view model; the older renderer as fallback). */
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'],
  replies: ['ytd-comment-replies-renderer', ':is(#replies)'],
  authorLink: ['a:is(#author-text)', ':is(#author-text)', ':is(#header-author) h3 a[href]'],
  /** The channel owner's own comments show a badge with the channel name instead of the plain author line. */
  creatorBadge: [':is(#author-comment-badge) ytd-author-comment-badge-renderer a[href]', 'ytd-author-comment-badge-renderer a[href]'],
  contentText: [':is(#content-text)', 'yt-attributed-string:is(#content-text)', 'yt-formatted-string:is(#content-text)'],
  /** The time links to the comment (`&lc=<comment id>`). */
  publishedTime: [':is(#published-time-text) a[href]', 'a:is(#published-time-text)', '.published-time-text a[href]'],
  /** The box around the time link, in the author row. */
  publishedTimeBox: [':is(#published-time-text)', '.published-time-text'],
  header: [':is(#header-author)', ':is(#header)'],
  /** The reply box opened under a comment. */
  replyEditor: [':is(#reply-dialog) :is(#contenteditable-root)[contenteditable="true"]', ':is(#reply-dialog) [contenteditable="true"]'],
  /** Every comment box (top-level and replies); the top one only exists after its placeholder is clicked. */
  editor: [':is(#contenteditable-root)[contenteditable="true"]', 'ytd-commentbox [contenteditable="true"]'],
  mainBox: ['ytd-comments-header-renderer :is(#contenteditable-root)[contenteditable="true"]', 'ytd-comment-simplebox-renderer [contenteditable="true"]'],
  simpleboxPlaceholder: [':is(#simplebox-placeholder)'],
  ownHandle: ['ytd-active-account-header-renderer :is(#channel-handle)', 'yt-active-account-header-view-model [id="channel-handle"]'],
  /** Channel page header: "@handle • 12.3K subscribers • 1.2K videos". */
  channelName: ['yt-page-header-view-model h1', 'yt-dynamic-text-view-model h1', ':is(#channel-header) :is(#channel-name)'],
  channelMetadata: ['yt-page-header-view-model yt-content-metadata-view-model', 'yt-content-metadata-view-model', ':is(#channel-header) :is(#subscriber-count)'],
} as const;
