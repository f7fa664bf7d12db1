import { mount } from '@/components/mount';
import { SidePanelApp } from '@/components/sidepanel/sidepanel-app';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

mount(<SidePanelApp />, createPageApi(), browserLanguage());
