import en from './locales/en.json';
import id from './locales/id.json';
import appEn from './areas/app/en.json';
import appId from './areas/app/id.json';
import inpageEn from './areas/inpage/en.json';
import inpageId from './areas/inpage/id.json';
import calendarEn from './areas/calendar/en.json';
import calendarId from './areas/calendar/id.json';
import kpiEn from './areas/kpi/en.json';
import kpiId from './areas/kpi/id.json';
import listeningEn from './areas/listening/en.json';
import listeningId from './areas/listening/id.json';

export type { UiLang } from './catalog';
export { resolveLang } from './catalog';
import { flatten, makeTranslate, type Tree, type UiLang } from './catalog';

// locales/ holds only what the manifest needs (it becomes _locales/*/messages.json, whose keys are
// restricted); each area keeps its own catalog file, with a top-level key of its own.
const catalogs: Record<UiLang, Record<string, string>> = {
  en: Object.assign({}, ...[en, appEn, inpageEn, calendarEn, kpiEn, listeningEn].map((c) => flatten(c as Tree))),
  id: Object.assign({}, ...[id, appId, inpageId, calendarId, kpiId, listeningId].map((c) => flatten(c as Tree))),
};

export type MessageKey = keyof typeof catalogs.en & string;

/** Every key of a catalog; both languages must have the same set (a unit test checks). */
export function catalogKeys(lang: UiLang): string[] {
  return Object.keys(catalogs[lang]);
}

/** Translates `key` with `$1`…`$9` substitutions. A missing key shows itself, never blank. */
export const translate = makeTranslate(catalogs);
