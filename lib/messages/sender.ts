/**
 * The one place that decides who sent a message. Everything else asks `classifySender`.
 * `sender.url` is not trusted on its own: the frame, tab and extension id decide.
 */
export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  documentId?: string;
}

export interface SenderContext {
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
}

export function classifySender(sender: SenderLike | null | undefined, ctx: SenderContext): SenderKind {
  if (!sender || typeof sender !== 'object') return 'untrusted';
  if (sender.id !== ctx.extensionId) return 'untrusted';
  const url = typeof sender.url === 'string' ? sender.url : '';
  const fromOwnOrigin = url.startsWith(ctx.extensionOrigin + '/');
  // A content script always runs in a tab; its top frame is frameId 0. Subframes of a social page
  // (ads, embeds) could host our content script only if we asked for all_frames, which we do not.
  if (sender.tab) {
    // Kelola's own pages opened in a tab or framed inside a social page (the palette) come from
    // the extension origin; everything else in a tab is a content script.
    if (fromOwnOrigin && (sender.origin === undefined || sender.origin === ctx.extensionOrigin)) return 'extension-page';
    if (sender.frameId !== undefined && sender.frameId !== 0) return 'untrusted';
    return 'content-script';
  }
  // No tab: popup, side panel, options page or the worker itself.
  if (fromOwnOrigin) return 'extension-page';
  return 'untrusted';
}
