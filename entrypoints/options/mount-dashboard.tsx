import { mount } from '@/components/mount';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

export function mountDashboard(): void {
  mount(<DashboardApp />, createPageApi(), browserLanguage());
}
