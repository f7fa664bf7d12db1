import { mount } from '@/components/mount';
import { PopupApp } from '@/components/popup/popup-app';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

mount(<PopupApp />, createPageApi(), browserLanguage());
