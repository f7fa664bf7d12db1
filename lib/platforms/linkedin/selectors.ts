/** Every LinkedIn selector in one place. First entry = preferred, the rest are fallbacks. */
export const LI = {
  /** Classic (Ember) comments and replies; the URN is in data-id. */
  classicComment: ['article.comments-comment-entity', 'article.comments-comment-item', 'article[data-id^="urn:li:comment:"]'],
  classicAuthorLink: ['a.comments-comment-meta__description-container', '.comments-comment-meta__actor a[href]', 'a.comments-post-meta__actor-link', 'a.comments-comment-meta__image-link'],
  classicAuthorName: ['.comments-comment-meta__description-title', '.comments-post-meta__name-text'],
  classicText: ['.comments-comment-item__main-content', '.comments-comment-item-content-body', '.comments-comment-entity__content'],
  classicTime: ['time.comments-comment-meta__data', '.comments-comment-meta__data time', '.comments-comment-meta__info time', 'time'],
  classicReplyEditor: ['.comments-comment-box--reply .ql-editor[contenteditable="true"]'],
  /** 2025 layout (server-driven UI): containers named by data-view-name, URN in componentkey. */
  newComment: ['div[data-view-name="comment-container"]', '[componentkey^="replaceableComment_urn:li:comment:"]'],
  newActor: ['a[data-view-name="comment-actor-description"]', 'a[data-view-name="reply-actor-description"]'],
  newText: ['[data-testid="expandable-text-box"]', '[data-view-name="comment-commentary"]'],
  newReplyEditor: ['div[data-view-name="comment-box"] [contenteditable="true"]'],
  /** Every comment editor: Quill (classic) and TipTap/ProseMirror (new). */
  editor: ['.comments-comment-texteditor .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]', 'div[data-view-name="comment-box"] .tiptap.ProseMirror[contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '.msg-form__contenteditable[contenteditable="true"]'],
  /** Messaging (/messaging/thread/…). */
  message: ['div.msg-s-event-listitem', '[data-event-urn]'],
  messageItem: ['li.msg-s-message-list__event'],
  messageFromOther: ['.msg-s-event-listitem--other'],
  messageMeta: ['.msg-s-message-group__meta'],
  messageName: ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'],
  messageProfileLink: ['a.msg-s-message-group__profile-link', '.msg-s-message-group__meta a[href]'],
  messageClock: ['time.msg-s-message-group__timestamp', '.msg-s-message-group__timestamp'],
  messageDay: ['time.msg-s-message-list__time-heading', '.msg-s-message-list__time-heading'],
  messageBody: ['.msg-s-event-listitem__body', '.msg-s-event__content'],
  messageComposer: ['.msg-form__contenteditable[contenteditable="true"]', 'div[role="textbox"][contenteditable="true"][aria-label^="Write a message"]'],
  /** The signed-in member's profile card in the left rail. */
  identity: ['a.feed-identity-module__actor-meta[href]', '.feed-identity-module a[href*="/in/"]', '.profile-card-member-details a[href*="/in/"]'],
  /** Company and member top cards and their list of facts ("Retail · Bandung · 1,024 followers"). */
  profileTopCard: ['.org-top-card', '.pv-top-card', 'section.artdeco-card', 'main'],
  profileFacts: ['.org-top-card-summary-info-list__info-item', '.pv-top-card--list li', 'li.text-body-small', 'span.t-black--light'],
} as const;
