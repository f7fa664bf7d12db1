import { mount } from '@/components/mount';
import { PopupApp, readPrefs } from '@/components/popup/popup-app';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';
import { readSnapshot } from '@/lib/services/popup-snapshot';

// The snapshot is read before the first render, so the first commit shows the figures.
const now = Date.now();
const prefs = readPrefs();
const snapshot = await readSnapshot(now, prefs.period, prefs.platform).catch(() => null);
mount(<PopupApp now={now} prefs={prefs} snapshot={snapshot} />, createPageApi(), browserLanguage(), snapshot?.settings);
