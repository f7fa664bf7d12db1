// @vitest-environment happy-dom
/**
 * Each site's selectors with the number of elements they match on the saved fixture pages, so a
 * selector that silently stops matching (or starts matching too much) fails here, not in the field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FB } from '../../../lib/platforms/facebook/selectors';
import { IG } from '../../../lib/platforms/instagram/selectors';
import { LI } from '../../../lib/platforms/linkedin/selectors';
import { TH } from '../../../lib/platforms/threads/selectors';
import { TT } from '../../../lib/platforms/tiktok/selectors';
import { X } from '../../../lib/platforms/x/selectors';
import { YT } from '../../../lib/platforms/youtube/selectors';
import { loadFixture, manifest } from './harness';

type Selectors = Record<string, readonly string[]>;

const SITES: Record<string, Selectors> = { x: X, facebook: FB, instagram: IG, linkedin: LI, youtube: YT, tiktok: TT, threads: TH };

/** fixture → selector name → expected matches of the whole list (primary and fallbacks). */
const COUNTS: Record<string, Record<string, number>> = {
  // 1 focal + 9 replies + 1 ad + 1 "Discover more" post + 1 post shown in the reply dialog.
  // quoteCard also matches the sidebar's trend row (role=link); only quotes inside a post matter.
  'x/status-en.html': { tweet: 13, userName: 14, tweetText: 14, statusTime: 13, quoteCard: 2, promoted: 2, cell: 21, postEditor: 2, dmEntry: 0, ownProfileLink: 1, dialog: 1 },
  'x/status-id.html': { tweet: 6, userName: 6, statusTime: 6, cell: 10, postEditor: 1, promoted: 0, dialog: 0 },
  'x/thread-long.html': { tweet: 43, statusTime: 43, cell: 81, postEditor: 1, promoted: 2 },
  // Avatars: 5 received messages, the account switcher and 2 conversations in the list. The DM
  // composer is a Draft editor, so the generic Draft fallback of postEditor matches it too.
  'x/messages.html': { dmEntry: 7, dmText: 7, avatar: 8, dmComposer: 1, dmPanel: 1, postEditor: 1, tweet: 0 },
  // The "liked your post" row is an article too (data-testid="notification") and matches the fallback.
  'x/notifications-en.html': { tweet: 4, statusTime: 3, userName: 3, tweetText: 3, postEditor: 0 },
  'x/profile-own-en.html': { tweet: 1, profileName: 1, followersLink: 1, followingLink: 1, postsCount: 1 },
  'x/profile-own-id.html': { tweet: 1, profileName: 1, followersLink: 1, followingLink: 1, postsCount: 1 },
  'x/profile-competitor.html': { tweet: 1, profileName: 1, followersLink: 1, followingLink: 1, postsCount: 1 },
  // The post article + 6 comments + 2 replies; three comment_id links per comment (avatar, name, time).
  'facebook/post-en.html': { article: 9, commentLink: 24, editor: 2, messageRow: 0 },
  'facebook/post-id.html': { article: 6, commentLink: 15, editor: 1 },
  // navProfile: 4 shortcuts in the left column + 3 links of the top bar's navigation (fallback).
  'facebook/page-own-id.html': { profileCountLink: 3, article: 1, commentLink: 0, navProfile: 7 },
  // 2 separators + 6 messages in the conversation, 2 rows in the chat list.
  'facebook/messenger-en.html': { messageRow: 10, messageCell: 8, messageSender: 6, dateBreak: 2, messageComposer: 1, article: 0 },
  'facebook/messages-id.html': { messageRow: 8, messageCell: 6, messageSender: 4, dateBreak: 2, messageComposer: 1 },
  'instagram/post-en.html': { commentTime: 8, commentBox: 1, dmRow: 0 },
  'instagram/post-id.html': { commentTime: 4, commentBox: 1 },
  'instagram/direct.html': { dmRow: 7, dmCell: 5, dmSender: 5, dmDateBreak: 2, dmComposer: 1, commentTime: 0 },
  'instagram/profile-own-en.html': { profileHeader: 2, profileStats: 3, commentTime: 0 },
  'instagram/profile-own-id.html': { profileHeader: 2, profileStats: 3, commentTime: 0 },
  // Text selectors match twice per comment: the content body and the main-content span inside it.
  'linkedin/post-classic-en.html': { classicComment: 7, classicAuthorName: 7, classicText: 14, classicReplyEditor: 1, editor: 2, newComment: 0, identity: 1 },
  'linkedin/post-new-id.html': { newComment: 4, newActor: 4, newText: 8, newReplyEditor: 2, editor: 2, classicComment: 0, identity: 0 },
  // The top card is both a section.artdeco-card and inside main.
  'linkedin/company-own-en.html': { profileTopCard: 2, profileFacts: 4, classicComment: 0, newComment: 0 },
  'linkedin/messaging.html': { message: 5, messageItem: 5, messageMeta: 3, messageFromOther: 4, messageDay: 2, messageBody: 10, messageComposer: 1 },
  'youtube/watch-en.html': { thread: 8, comment: 10, contentText: 10, publishedTime: 10, creatorBadge: 2, replyEditor: 1, editor: 1, simpleboxPlaceholder: 1, ownHandle: 1 },
  'youtube/watch-id.html': { thread: 5, comment: 7, publishedTime: 7, replyEditor: 0, editor: 1, mainBox: 1, simpleboxPlaceholder: 0 },
  'youtube/watch-long.html': { thread: 30, comment: 38, publishedTime: 38 },
  'youtube/channel-own-en.html': { comment: 0, channelMetadata: 1, channelName: 1 },
  // 2023 markup: every comment and reply sits in a DivCommentItemContainer.
  'tiktok/video-en.html': { text: 8, item: 8, thread: 8, replies: 1, username: 8, editor: 2, mainInput: 1, navProfile: 1 },
  'tiktok/video-id.html': { text: 5, item: 5, thread: 4, replies: 1, username: 5, editor: 1 },
  'tiktok/profile-own-id.html': { followers: 1, following: 1, likes: 1, text: 0 },
  'threads/post-en.html': { post: 10, time: 10, dialog: 1, editor: 1, navProfileIcon: 1 },
  'threads/post-id.html': { post: 5, time: 5, dialog: 0, editor: 0 },
  'threads/profile-own-en.html': { post: 1, editor: 0 },
};

/** Primary selectors no fixture exercises yet, each with the reason. */
const UNEXERCISED: Record<string, string> = {};

const entries = manifest().fixtures;
const pages = new Map(entries.map((e) => [e.file, loadFixture(e)] as const));
afterAll(() => pages.forEach((p) => (p.window as unknown as { close(): void }).close()));

describe('selector counts on fixtures', () => {
  it('covers every fixture page', () => {
    expect(Object.keys(COUNTS).sort()).toEqual(entries.map((e) => e.file).sort());
  });

  for (const [file, table] of Object.entries(COUNTS)) {
    const entry = entries.find((e) => e.file === file);
    if (!entry) continue;
    it.each(Object.entries(table))(`${file}: %s`, (name, count) => {
      const sel = SITES[entry.platform]![name];
      expect(sel, `${entry.platform}.${name} exists`).toBeDefined();
      expect(pages.get(file)!.document.querySelectorAll(sel!.join(',')).length).toBe(count);
    });
  }
});

describe('no dead selectors', () => {
  for (const [site, selectors] of Object.entries(SITES)) {
    const files = entries.filter((e) => e.platform === site).map((e) => e.file);
    it.each(Object.entries(selectors))(`${site}: the preferred %s selector matches on a fixture`, (name, list) => {
      const hits = files.reduce((n, f) => n + pages.get(f)!.document.querySelectorAll(list[0]!).length, 0);
      if (UNEXERCISED[`${site}.${name}`]) expect(hits).toBe(0);
      else expect(hits, `${site}.${name}: ${list[0]}`).toBeGreaterThan(0);
    });

    it(`${site}: every selector is valid CSS`, () => {
      const doc = pages.get(files[0]!)!.document;
      for (const list of Object.values(selectors)) for (const s of list) expect(() => doc.querySelector(s), s).not.toThrow();
    });
  }
});
