import { mount } from '@/components/mount';
import { PaletteApp } from '@/components/palette/palette-app';
import { Platform } from '@/lib/models';
import { platformForHost } from '@/lib/platforms';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

const params = new URL(location.href).searchParams;
const itemId = params.get('item');
const fromItem = Platform.safeParse(itemId?.split(':')[0]);
const platform = fromItem.success ? fromItem.data : platformForHost(params.get('host') ?? '');

mount(
  <PaletteApp itemId={itemId} platform={platform} tabId={null} onClose={() => window.parent.postMessage({ kelola: 'close' }, '*')} />,
  createPageApi(),
  browserLanguage(),
);
