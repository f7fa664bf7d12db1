/**
 * Messenger and Instagram web share one chat codebase: a grid of rows, time separators (h4) between
 * groups and an accessible sender line (h5) on each message, "You sent" for the signed-in user.
 */
import { docLang, duplicateIndex, labelOf, previousSiblings, queryFirst, textOf } from './dom';
import { buildItem } from './item';
import { parseTimeText, type ParsedTime } from './time';
import type { ExtractContext, PageItem } from './types';

export interface ChatSelectors {
  grid: readonly string[];
  row: readonly string[];
  cell: readonly string[];
  sender: readonly string[];
  text: readonly string[];
  dateBreak: readonly string[];
  /** Regions whose grids are chat lists, not conversations. */
  notConversation: readonly string[];
}

/** "You sent" in the languages Kelola supports. */
export const OWN_SENDER = /^(you sent|anda mengirim|kamu mengirim|you)$/i;

export function isChatRow(el: Element, s: ChatSelectors): boolean {
  if (!el.matches(s.row.join(',')) || !el.querySelector(s.cell.join(','))) return false;
  const grid = el.closest(s.grid.join(','));
  return !!grid && !grid.closest(s.notConversation.join(','));
}

function isDateBreak(row: Element, s: ChatSelectors): boolean {
  return !row.querySelector(s.cell.join(',')) && !!queryFirst(row, s.dateBreak);
}

/** The nearest time separator above a row, and whether the row is the first message under it. */
function separatorFor(row: Element, s: ChatSelectors): { label: string; first: boolean } | null {
  let first = true;
  const cell = s.cell.join(',');
  for (const prev of previousSiblings(row, 300)) {
    if (isDateBreak(prev, s)) return { label: labelOf(queryFirst(prev, s.dateBreak)), first };
    if (prev.querySelector(cell)) first = false;
  }
  return null;
}

export interface Partner {
  name: string;
  handle: string;
}

export function extractChatRow(row: Element, s: ChatSelectors, partner: Partner | null, ctx: ExtractContext): PageItem | null {
  const cell = row.querySelector(s.cell.join(','));
  if (!cell) return null;
  const textSel = s.text.join(',');
  const text = Array.from(cell.querySelectorAll(textSel))
    .filter((d) => !d.querySelector(textSel))
    .map((d) => textOf(d))
    .filter(Boolean)
    .join('\n');
  const sender = labelOf(queryFirst(row, s.sender));
  const own = OWN_SENDER.test(sender);
  const handle = own ? (ctx.ownHandles[0] ?? '') : partner && (sender === partner.name || sender === partner.handle) ? partner.handle : '';
  const sep = separatorFor(row, s);
  let time: ParsedTime | null = null;
  if (sep) {
    const parsed = parseTimeText(sep.label, { now: ctx.now, lang: docLang(row) });
    // Only the first message under a separator was sent at that minute; later ones within the hour or so.
    if (parsed) time = sep.first || parsed.precision !== 'minute' ? parsed : { at: parsed.at, precision: 'hour' };
  }
  if (!text && !sender) return null;
  return buildItem(
    {
      id: null,
      kind: 'message',
      author: own ? handle : sender || handle,
      authorHandle: handle,
      text,
      time,
      timeText: sep?.label ?? '',
      permalink: null,
      parentId: null,
      isOwn: own,
      salt: String(duplicateIndex(row, 100)),
    },
    ctx,
  );
}
