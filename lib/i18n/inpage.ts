import en from './areas/inpage/en.json';
import id from './areas/inpage/id.json';
import { flattenLazily, makeTranslate, type Tree } from './catalog';

/**
 * The strings the content script needs (badge and sentiment words) and nothing else, so the
 * page-side bundle does not carry the dashboard's catalogs.
 */
export const translateInpage = makeTranslate(flattenLazily({ en: en as Tree, id: id as Tree }));
