import { backup as appBackupEn, common as commonEn, nav as navEn, platform as platformEn, queue as queueEn, sla as slaEn, tasks as tasksEn } from './areas/app/en.json';
import { backup as appBackupId, common as commonId, nav as navId, platform as platformId, queue as queueId, sla as slaId, tasks as tasksId } from './areas/app/id.json';
import { kpi as kpiEn, popup as popupEn } from './areas/kpi/en.json';
import { kpi as kpiId, popup as popupId } from './areas/kpi/id.json';
import { sentiment as sentimentEn } from './areas/inpage/en.json';
import { sentiment as sentimentId } from './areas/inpage/id.json';
import { flattenLazily, makeTranslate, type Tree } from './catalog';

/**
 * The strings the toolbar popup shows and nothing else, so the popup does not load the
 * dashboard's catalogs before it can paint. Every key here is the same as in the full catalog.
 */
export const POPUP_CATALOG_TREES = {
  en: { common: commonEn, nav: navEn, platform: platformEn, sla: slaEn, tasks: tasksEn, queue: queueEn, backup: appBackupEn, kpi: kpiEn, popup: popupEn, sentiment: sentimentEn },
  id: { common: commonId, nav: navId, platform: platformId, sla: slaId, tasks: tasksId, queue: queueId, backup: appBackupId, kpi: kpiId, popup: popupId, sentiment: sentimentId },
};

export const translatePopup = makeTranslate(flattenLazily(POPUP_CATALOG_TREES as Record<'en' | 'id', Tree>));
