import { PLATFORMS, type Account, type Campaign, type Platform, type PostStatus } from '@/lib/models';
import { POST_STATUSES, type ColorBy, type PostFilters } from '@/lib/services/calendar';
import { useT } from '../../app-context';

export interface CalendarOptions {
  colorBy: ColorBy;
  seasonal: boolean;
}

export function CalendarFilters({
  filters,
  onFilters,
  options,
  onOptions,
  campaigns,
  accounts,
  pillars,
}: {
  filters: PostFilters;
  onFilters: (f: PostFilters) => void;
  options: CalendarOptions;
  onOptions: (o: CalendarOptions) => void;
  campaigns: readonly Campaign[];
  accounts: readonly Account[];
  pillars: readonly string[];
}) {
  const t = useT();
  return (
    <div className="toolbar" data-testid="calendar-filters">
      <label>
        {t('calendar.filter.platform')}
        <select data-testid="filter-platform" value={filters.platform ?? ''} onChange={(e) => onFilters({ ...filters, platform: e.target.value as Platform | '' })}>
          <option value="">{t('calendar.filter.all')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filter.account')}
        <select data-testid="filter-account" value={filters.accountId ?? ''} onChange={(e) => onFilters({ ...filters, accountId: e.target.value })}>
          <option value="">{t('calendar.filter.all')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {t(`platform.${a.platform}`)} @{a.handle}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filter.status')}
        <select data-testid="filter-status" value={filters.status ?? ''} onChange={(e) => onFilters({ ...filters, status: e.target.value as PostStatus | '' })}>
          <option value="">{t('calendar.filter.all')}</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`calendar.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filter.pillar')}
        <select data-testid="filter-pillar" value={filters.pillar ?? ''} onChange={(e) => onFilters({ ...filters, pillar: e.target.value })}>
          <option value="">{t('calendar.filter.all')}</option>
          {pillars.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filter.campaign')}
        <select data-testid="filter-campaign" value={filters.campaignId ?? ''} onChange={(e) => onFilters({ ...filters, campaignId: e.target.value })}>
          <option value="">{t('calendar.filter.all')}</option>
          <option value="-">{t('calendar.filter.noCampaign')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filter.colorBy')}
        <select data-testid="color-by" value={options.colorBy} onChange={(e) => onOptions({ ...options, colorBy: e.target.value as ColorBy })}>
          <option value="platform">{t('calendar.filter.byPlatform')}</option>
          <option value="campaign">{t('calendar.filter.byCampaign')}</option>
        </select>
      </label>
      <label className="row check">
        <input type="checkbox" data-testid="seasonal-toggle" checked={options.seasonal} onChange={(e) => onOptions({ ...options, seasonal: e.target.checked })} />
        {t('calendar.filter.seasonal')}
      </label>
    </div>
  );
}
