// The content script imports ./scanner directly: this index pulls in the matcher and the normaliser.
export { compileMatcher, foldText, groupsOf, matchTokens, primaryGroup, termsSignature, GROUP_ORDER, type Matcher, type MatchResult, type MatchTerm, type TermHit } from './matcher';
export {
  exportTermsFile, parseTermsFile, planTermsImport, termKey, termsErrorMessage, TERMS_KIND, TERMS_VERSION,
  type ParsedTermsFile, type TermsError, type TermsErrorCode, type TermsFileEntry, type TermsImportPlan,
} from './terms-file';
export {
  bucketCounts, detectNegativeRun, detectSpike, evaluateAlerts, windowStart, DEFAULT_NEGATIVE_RUN, DEFAULT_SPIKE, NEGATIVE_WINDOW_MS, SPIKE_WINDOW_MS,
  type AlertKind, type AlertMention, type ListeningAlert, type NegativeRunOptions, type SpikeOptions, type SpikeResult,
} from './alerts';
export { buildDigest, digestToCsv, digestToText, themeWords, DIGEST_SECTIONS, type Digest, type DigestItem, type DigestSection, type DigestSectionId, type DigestTheme } from './digest';
export { deliverableState, influencerKpis, influencerReach, influencerTotals, type DeliverableState, type InfluencerKpis, type InfluencerReach, type InfluencerTotals } from './influencers';
export { accountReport, competitorReport, type AccountReport, type CompetitorReport } from './competitors';
export { daysBetween, filterMentions, mentionSeries, mentionTime, type MentionFilter, type MentionSeries } from './series';
export { searchUrl } from './search-url';
export { toSafeCsv } from './csv';
export { extractPost, findPosts, isListeningPage, MAX_POST_TEXT, type ListeningPost, type PostContext } from './posts';
