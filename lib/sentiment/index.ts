export { classify, createClassifier, type Classifier, type SentimentResult } from './classify';
export { detectIntents } from './intent';
export { normalize, type NormalizedText } from './normalize';
export { detectLanguage, detectLanguageTokens, type SentimentLang } from './lang';
export { textHash } from './hash';
export { LABELS, type SentimentLabel } from './model';
