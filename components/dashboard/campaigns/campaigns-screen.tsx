import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, utcToZoned } from '@/lib/calendar';
import type { Campaign } from '@/lib/models';
import { campaignReport, defaultCurrency, deleteCampaign, listCampaigns, moneyFormatter, newCampaignDraft, type CampaignDraft } from '@/lib/services/campaigns';
import { useLang, useSettings, useT } from '../../app-context';
import { CampaignForm } from './campaign-form';
import { CampaignKpis } from './campaign-kpis';
import { EntriesTable } from './entries-table';
import { LinkedPosts } from './linked-posts';
import { MetaImport } from './meta-import';

/** Campaign list, form and detail: KPI targets, budget pacing, entries and linked posts. */
export function CampaignsScreen() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const tz = settings.timeZone;
  const campaigns = useLiveQuery(() => listCampaigns(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Campaign | CampaignDraft | null>(null);
  const [importing, setImporting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [now] = useState(() => Date.now());
  const today = utcToZoned(now, tz).dateKey;

  const current = campaigns?.find((c) => c.id === selected) ?? null;
  const progress = useMemo(() => (current ? campaignReport(current, now, tz) : null), [current, now, tz]);
  const pct = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 0 });

  if (!campaigns) return null;

  return (
    <section className="stack" data-testid="campaigns-screen">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{t('campaigns.title')}</h2>
        <div className="row">
          <button
            className="primary"
            type="button"
            data-testid="campaign-new"
            onClick={() => setEditing(newCampaignDraft(defaultCurrency(lang, settings.currency), today, addDays(today, 29)))}
          >
            {t('campaigns.new')}
          </button>
          <button type="button" data-testid="campaign-meta-import" onClick={() => setImporting(!importing)}>
            {t('campaigns.meta.open')}
          </button>
        </div>
      </div>
      {importing && <MetaImport campaigns={campaigns} onClose={() => setImporting(false)} />}
      {editing && (
        <CampaignForm
          key={editing.id ?? 'new'}
          initial={editing}
          lang={lang}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setSelected(saved.id);
          }}
        />
      )}
      {campaigns.length === 0 ? (
        <p className="empty">{t('campaigns.empty')}</p>
      ) : (
        <table data-testid="campaign-table">
          <thead>
            <tr>
              <th>{t('campaigns.name')}</th>
              <th>{t('campaigns.objective')}</th>
              <th>{t('campaigns.period')}</th>
              <th>{t('campaigns.budget')}</th>
              <th>{t('campaigns.kpi.pacing')}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => {
              const pacing = campaignReport(c, now, tz).pacing.value;
              return (
                <tr key={c.id} data-testid="campaign-row" data-campaign-id={c.id} aria-selected={c.id === selected}>
                  <td>
                    <button type="button" data-testid="campaign-open" onClick={() => setSelected(c.id)} style={{ fontWeight: c.id === selected ? 600 : 400 }}>
                      {c.name}
                    </button>
                  </td>
                  <td>{t(`campaigns.objectives.${c.objective}`)}</td>
                  <td>
                    {c.startDate} – {c.endDate}
                  </td>
                  <td>{moneyFormatter(c.currency, lang).format(c.budget)}</td>
                  <td>{pacing === null ? t('common.noData') : `${pct.format(pacing)} %`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {current && progress && (
        <article className="stack card" data-testid="campaign-detail" aria-labelledby="campaign-detail-h">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 id="campaign-detail-h">{current.name}</h2>
            <div className="row">
              <button type="button" data-testid="campaign-edit" onClick={() => setEditing(current)}>
                {t('common.edit')}
              </button>
              {confirmDelete ? (
                <button
                  type="button"
                  className="error"
                  data-testid="campaign-delete-confirm"
                  onClick={() =>
                    void deleteCampaign(current.id, Date.now()).then(() => {
                      setConfirmDelete(false);
                      setSelected(null);
                    })
                  }
                >
                  {t('campaigns.confirmDelete')}
                </button>
              ) : (
                <button type="button" data-testid="campaign-delete" onClick={() => setConfirmDelete(true)}>
                  {t('common.delete')}
                </button>
              )}
            </div>
          </div>
          <p className="muted">
            {t(`campaigns.objectives.${current.objective}`)} · {current.platforms.map((p) => t(`platform.${p}`)).join(', ') || t('campaigns.noPlatforms')} · {current.startDate} – {current.endDate}
          </p>
          <CampaignKpis progress={progress} currency={current.currency} budget={current.budget} />
          <EntriesTable campaign={current} today={today} />
          <LinkedPosts campaign={current} timeZone={tz} />
        </article>
      )}
    </section>
  );
}
