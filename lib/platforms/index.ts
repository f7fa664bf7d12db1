export type { EditorEngine, ExtractContext, PageItem, PageItemKind, PlatformAdapter, PlatformId, ProfileCounts } from './types';
export { ADAPTERS, adapterById, adapterForUrl, platformForHost } from './registry';
export { PageItemSchema, validateItem } from './item-schema';
export { buildItem, isOwnHandle, safeId, type ItemDraft } from './item';
export {
  linkedinIdTime, linkedinUrnTime, normalizeTimeText, parseIsoTime, parseLinkedinCommentUrn, parseTimeText, tiktokIdTime, xSnowflakeTime,
  type LinkedinCommentUrn, type ParsedTime, type TimeParseOptions,
} from './time';
export { findLabeledCount, parseCount, type CountParseOptions } from './counts';
export { fnv1a, hashKey } from './hash';
export {
  absoluteUrl, cleanHandle, closestAny, docLang, isHiddenElement, labelOf, ownFirst, ownMatches, pageUrlOf, queryAll, queryFirst, textOf,
  type TextOptions,
} from './dom';
export { detectEditorEngine, isFillable } from './engine';
export { xAdapter } from './x';
export { youtubeAdapter } from './youtube';
export { facebookAdapter } from './facebook';
export { instagramAdapter } from './instagram';
export { linkedinAdapter } from './linkedin';
export { tiktokAdapter } from './tiktok';
export { threadsAdapter } from './threads';
