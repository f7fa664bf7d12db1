import { mount } from '@/components/mount';
import { PaletteApp } from '@/components/palette/palette-app';
import { Platform } from '@/lib/models';
import type { ResponseMap } from '@/lib/messages';
import { platformForHost } from '@/lib/platforms';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

const params = new URL(location.href).searchParams;
const itemId = params.get('item');
const fromItem = Platform.safeParse(itemId?.split(':')[0]);
const platform = fromItem.success ? fromItem.data : platformForHost(params.get('host') ?? '');
const api = createPageApi();
const close = () => window.parent.postMessage({ kelola: 'close' }, '*');

void api.send<ResponseMap['palette/data']>({ type: 'palette/data', itemId }).then((res) => {
  if (!res.ok) return close();
  mount(
    <PaletteApp itemId={itemId} templates={res.templates} item={res.item} platform={platform} tabId={null} onClose={close} />,
    api,
    browserLanguage(),
    res.settings,
  );
});
