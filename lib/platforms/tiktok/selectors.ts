/**
 * Every TikTok selector in one place. First entry = preferred, the rest are fallbacks.
 * TikTok's classes are generated (`css-1abc-DivCommentItemWrapper`) but keep the component name,
 * so `[class*="…"]` on the name is the stable part; data-e2e attributes are preferred where present.
 */
export const TT = {
  /** The comment text carries its level: 1 = comment, 2 = reply. */
  text: ['[data-e2e="comment-level-1"]', '[data-e2e="comment-level-2"]'],
  /** One comment or reply (2024+ wrapper; the older content container carries the comment id as its id). */
  item: ['div[class*="DivCommentContentContainer"]', 'div[class*="DivCommentItemWrapper"]'],
  /** A comment with its replies. */
  thread: ['div[class*="DivCommentObjectWrapper"]', 'div[class*="DivCommentItemContainer"]'],
  replies: ['div[class*="DivReplyContainer"]'],
  username: ['[data-e2e="comment-username-1"]', '[data-e2e="comment-username-2"]'],
  time: ['[data-e2e="comment-time-1"]', '[data-e2e="comment-time-2"]', 'div[class*="DivCommentSubContentWrapper"] > span', 'p[class*="PCommentSubContent"] > span'],
  /** Draft.js comment boxes: the one under the video and the one opened under a comment. */
  editor: ['div[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]', 'div[data-e2e="comment-input"] [contenteditable="true"]'],
  mainInput: ['div[class*="DivCommentInputContainer"] div[data-e2e="comment-input"] [contenteditable="true"]', 'div[class*="DivBottomCommentContainer"] [contenteditable="true"]'],
  navProfile: ['a[data-e2e="nav-profile"][href]', 'a[data-e2e="profile-icon"][href]'],
  /** Profile header. */
  profileTitle: ['[data-e2e="user-title"]', 'h1[data-e2e="user-title"]'],
  profileSubtitle: ['[data-e2e="user-subtitle"]', 'h2[data-e2e="user-subtitle"]'],
  followers: ['[data-e2e="followers-count"]'],
  following: ['[data-e2e="following-count"]'],
  likes: ['[data-e2e="likes-count"]'],
} as const;
