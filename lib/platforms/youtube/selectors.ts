/** Every YouTube selector in one place. First entry = preferred, the rest are fallbacks. */
export const YT = {
  thread: ['ytd-comment-thread-renderer'],
  /** One comment or reply (2024+ view model; the older renderer as fallback). */
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'],
  replies: ['ytd-comment-replies-renderer', '#replies'],
  authorLink: ['a#author-text', '#author-text', '#header-author h3 a[href]'],
  /** The channel owner's own comments show a badge with the channel name instead of the plain author line. */
  creatorBadge: ['#author-comment-badge ytd-author-comment-badge-renderer a[href]', 'ytd-author-comment-badge-renderer a[href]'],
  contentText: ['#content-text', 'yt-attributed-string#content-text', 'yt-formatted-string#content-text'],
  /** The time links to the comment (`&lc=<comment id>`). */
  publishedTime: ['#published-time-text a[href]', 'a#published-time-text', '.published-time-text a[href]'],
  header: ['#header-author', '#header'],
  /** The reply box opened under a comment. */
  replyEditor: ['#reply-dialog #contenteditable-root[contenteditable="true"]', '#reply-dialog [contenteditable="true"]'],
  /** Every comment box (top-level and replies); the top one only exists after its placeholder is clicked. */
  editor: ['#contenteditable-root[contenteditable="true"]', 'ytd-commentbox [contenteditable="true"]'],
  mainBox: ['ytd-comments-header-renderer #contenteditable-root[contenteditable="true"]', 'ytd-comment-simplebox-renderer [contenteditable="true"]'],
  simpleboxPlaceholder: ['#simplebox-placeholder'],
  ownHandle: ['ytd-active-account-header-renderer #channel-handle', 'yt-active-account-header-view-model [id="channel-handle"]'],
  /** Channel page header: "@handle • 12.3K subscribers • 1.2K videos". */
  channelName: ['yt-page-header-view-model h1', 'yt-dynamic-text-view-model h1', '#channel-header #channel-name'],
  channelMetadata: ['yt-page-header-view-model yt-content-metadata-view-model', 'yt-content-metadata-view-model', '#channel-header #subscriber-count'],
} as const;
