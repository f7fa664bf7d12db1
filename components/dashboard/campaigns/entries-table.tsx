import { useState, type FormEvent } from 'react';
import type { Campaign, CampaignEntry } from '@/lib/models';
import { deleteEntry, moneyFormatter, parseAmount, saveEntry, type EntryDraft } from '@/lib/services/campaigns';
import { useLang, useT } from '../../app-context';

const FIGURES = ['spend', 'impressions', 'reach', 'clicks', 'leads', 'conversions', 'revenue'] as const;
type Figure = (typeof FIGURES)[number];
type Row = { id?: string; date: string; note: string } & Record<Figure, string>;

function blank(date: string): Row {
  return { date, note: '', spend: '', impressions: '', reach: '', clicks: '', leads: '', conversions: '', revenue: '' };
}

function rowOf(e: CampaignEntry): Row {
  const r = blank(e.date);
  r.id = e.id;
  r.note = e.note ?? '';
  for (const f of FIGURES) r[f] = e[f] === undefined ? '' : String(e[f]);
  return r;
}

/** Dated spend and result entries: add, edit, delete. An empty figure stays unknown, never 0. */
export function EntriesTable({ campaign, today }: { campaign: Campaign; today: string }) {
  const t = useT();
  const lang = useLang();
  const money = moneyFormatter(campaign.currency, lang);
  const count = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  const [row, setRow] = useState<Row>(() => blank(today));
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) {
      setError(t('campaigns.err.entryDate'));
      return;
    }
    const draft: EntryDraft = { date: row.date, spend: 0 };
    if (row.id) draft.id = row.id;
    const existing = campaign.entries.find((x) => x.id === row.id);
    if (existing) draft.source = existing.source;
    for (const f of FIGURES) {
      const v = parseAmount(row[f], lang);
      if (v === null) {
        if (f === 'spend') draft.spend = 0;
        continue;
      }
      if (Number.isNaN(v) || v < 0) {
        setError(t('campaigns.err.figure', t(`campaigns.entry.${f}`)));
        return;
      }
      draft[f] = v;
    }
    if (row.note.trim()) draft.note = row.note.trim().slice(0, 500);
    try {
      await saveEntry(campaign.id, draft, Date.now());
      setRow(blank(row.date));
    } catch (err) {
      setError(t('campaigns.err.save', (err as Error).message));
    }
  }

  const show = (e: CampaignEntry, f: Figure) => (e[f] === undefined ? '—' : f === 'spend' || f === 'revenue' ? money.format(e[f]) : count.format(e[f]));

  return (
    <div className="stack" data-testid="campaign-entries">
      <h3>{t('campaigns.entriesTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('campaigns.entry.date')}</th>
            {FIGURES.map((f) => (
              <th key={f}>{t(`campaigns.entry.${f}`)}</th>
            ))}
            <th>{t('campaigns.entry.source')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {campaign.entries.length === 0 && (
            <tr>
              <td colSpan={FIGURES.length + 3} className="muted">
                {t('campaigns.noEntries')}
              </td>
            </tr>
          )}
          {campaign.entries.map((e) => (
            <tr key={e.id} data-testid="entry-row" data-source={e.source}>
              <td>{e.date}</td>
              {FIGURES.map((f) => (
                <td key={f}>{show(e, f)}</td>
              ))}
              <td title={e.note}>{t(`campaigns.source.${e.source}`)}</td>
              <td className="row" style={{ flexWrap: 'nowrap' }}>
                <button type="button" data-testid="entry-edit" onClick={() => setRow(rowOf(e))}>
                  {t('common.edit')}
                </button>
                {confirm === e.id ? (
                  <button type="button" className="error" data-testid="entry-delete-confirm" onClick={() => void deleteEntry(campaign.id, e.id, Date.now()).then(() => setConfirm(null))}>
                    {t('common.confirm')}
                  </button>
                ) : (
                  <button type="button" data-testid="entry-delete" onClick={() => setConfirm(e.id)}>
                    {t('common.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row card" data-testid="entry-form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t('campaigns.entry.date')}
          <input type="date" data-testid="entry-date" value={row.date} onChange={(e) => setRow({ ...row, date: e.target.value })} />
        </label>
        {FIGURES.map((f) => (
          <label key={f}>
            {t(`campaigns.entry.${f}`)}
            <input data-testid={`entry-${f}`} inputMode="decimal" size={9} value={row[f]} onChange={(e) => setRow({ ...row, [f]: e.target.value })} />
          </label>
        ))}
        <label>
          {t('campaigns.entry.note')}
          <input value={row.note} maxLength={500} onChange={(e) => setRow({ ...row, note: e.target.value })} />
        </label>
        <button className="primary" type="submit" data-testid="entry-save">
          {row.id ? t('common.save') : t('common.add')}
        </button>
        {row.id && (
          <button type="button" onClick={() => setRow(blank(row.date))}>
            {t('common.cancel')}
          </button>
        )}
        {error && (
          <span className="error" role="alert" data-testid="entry-error">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}
