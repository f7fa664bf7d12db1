import en from './areas/inpage/en.json';
import id from './areas/inpage/id.json';
import { flatten, makeTranslate, type Tree } from './catalog';

/**
 * The strings the content script needs (badge and sentiment words) and nothing else, so the
 * page-side bundle does not carry the dashboard's catalogs.
 */
export const translateInpage = makeTranslate({ en: flatten(en as Tree), id: flatten(id as Tree) });
