import { mount } from '@/components/mount';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';
import { HandoffApp } from './handoff-app';

mount(<HandoffApp />, createPageApi(), browserLanguage());
