import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { PLATFORMS, type Influencer, type Platform } from '@/lib/models';
import { deliverableState, influencerKpis, influencerReach } from '@/lib/listening/influencers';
import { deleteInfluencer, listInfluencers, saveInfluencer, type InfluencerInput } from '@/lib/services/listening';
import { parseFigure } from '@/lib/services/metrics';
import { newId } from '@/lib/db/ids';
import { dayKey } from '@/lib/timers';
import { useLang, useSettings, useT } from '../../app-context';
import { formatKpi } from '../../popup/kpi-format';
import { formulaOf } from './format';

const RESULT_FIELDS = ['cost', 'clicks', 'engagements', 'conversions', 'revenue'] as const;
type ResultField = (typeof RESULT_FIELDS)[number];

interface DeliverableDraft {
  id: string;
  campaignId: string;
  title: string;
  dueDate: string;
  postId: string | null;
  done: boolean;
}

interface Draft {
  id?: string;
  name: string;
  handles: Partial<Record<Platform, string>>;
  niche: string;
  rateCard: string;
  contact: string;
  notes: string;
  campaignIds: string[];
  deliverables: DeliverableDraft[];
  /** Figures as typed, so a typo is shown and kept rather than lost. */
  results: Array<{ campaignId: string } & Record<ResultField, string>>;
}

const EMPTY: Draft = { name: '', handles: {}, niche: '', rateCard: '', contact: '', notes: '', campaignIds: [], deliverables: [], results: [] };

function toDraft(i: Influencer, lang: 'id' | 'en'): Draft {
  const num = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false });
  const f = (v: number | undefined) => (v === undefined ? '' : num.format(v));
  return {
    id: i.id, name: i.name, handles: { ...i.handles }, niche: i.niche, rateCard: i.rateCard, contact: i.contact, notes: i.notes, campaignIds: [...i.campaignIds],
    deliverables: i.deliverables.map((d) => ({ ...d, campaignId: d.campaignId ?? '' })),
    results: i.results.map((r) => ({ campaignId: r.campaignId ?? '', cost: f(r.cost), clicks: f(r.clicks), engagements: f(r.engagements), conversions: f(r.conversions), revenue: f(r.revenue) })),
  };
}

/**
 * The influencer directory: who they are, where they post (followers from captured profile
 * snapshots), what they cost, what they deliver for which campaign (dated deliverables become
 * calendar drafts and tasks) and what it brought (cost per engagement, ROI).
 */
export function InfluencersSection() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const influencers = useLiveQuery(() => listInfluencers(), []);
  const campaigns = useLiveQuery(() => getDb().campaigns.toArray(), []);
  const accounts = useLiveQuery(() => getDb().accounts.where('role').equals('influencer').toArray(), []);
  const snapshots = useLiveQuery(async () => {
    const ids = new Set((await getDb().accounts.where('role').equals('influencer').primaryKeys()) as string[]);
    // One snapshot per account and day: a scan of the table stays small.
    return ids.size ? getDb().metrics.filter((m) => ids.has(m.accountId)).toArray() : [];
  }, [accounts?.length]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const today = dayKey(Date.now(), settings.timeZone);
  const campaignName = useMemo(() => new Map((campaigns ?? []).map((c) => [c.id, c.name] as const)), [campaigns]);

  if (!influencers || !campaigns) return null;

  function parseDraft(d: Draft): { input: InfluencerInput | null; problems: string[] } {
    const problems: string[] = [];
    if (!d.name.trim()) problems.push(t('listening.influencers.err.name'));
    const handles: Partial<Record<Platform, string>> = {};
    for (const p of PLATFORMS) {
      const h = (d.handles[p] ?? '').trim().replace(/^@+/, '');
      if (h) handles[p] = h;
    }
    const deliverables: Influencer['deliverables'] = [];
    for (const x of d.deliverables) {
      if (!x.title.trim()) problems.push(t('listening.influencers.err.title'));
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(x.dueDate)) problems.push(t('listening.influencers.err.date', x.title));
      deliverables.push({ id: x.id, campaignId: x.campaignId || null, title: x.title.trim(), dueDate: x.dueDate, postId: x.postId, done: x.done });
    }
    const results: Influencer['results'] = [];
    for (const r of d.results) {
      const row: Influencer['results'][number] = { campaignId: r.campaignId || null, cost: 0 };
      for (const f of RESULT_FIELDS) {
        const raw = r[f].trim();
        if (!raw) continue;
        const v = parseFigure(raw, lang);
        if (!v.ok) {
          problems.push(t('listening.influencers.err.number', raw, t(`listening.influencers.${f}`)));
          continue;
        }
        row[f] = v.value;
      }
      results.push(row);
    }
    const campaignIds = [...new Set([...d.campaignIds, ...deliverables.map((x) => x.campaignId), ...results.map((x) => x.campaignId)].filter((x): x is string => !!x))];
    if (problems.length > 0) return { input: null, problems };
    return {
      input: { id: d.id, name: d.name.trim(), handles, niche: d.niche, rateCard: d.rateCard, contact: d.contact, notes: d.notes, campaignIds, deliverables, results },
      problems,
    };
  }

  async function save() {
    if (!draft) return;
    const { input, problems } = parseDraft(draft);
    setErrors(problems);
    if (!input) return;
    try {
      await saveInfluencer(input, settings, Date.now());
      setDraft(null);
      setStatus(t('listening.influencers.saved'));
    } catch (err) {
      const e = err as { code?: string; message?: string };
      setErrors([e.code === 'storage-full' ? t('backup.storageFull') : `${t('listening.saveFailed')} ${e.message ?? ''}`]);
    }
  }

  if (draft) {
    const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
    return (
      <form
        className="card stack listening-form"
        data-testid="influencer-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2>{draft.id ? draft.name : t('listening.influencers.new')}</h2>
        <div className="influencer-grid">
          <label>
            {t('listening.influencers.name')}
            <input data-testid="influencer-name" value={draft.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label>
            {t('listening.influencers.niche')}
            <input data-testid="influencer-niche" value={draft.niche} maxLength={200} onChange={(e) => set({ niche: e.target.value })} />
          </label>
          <label>
            {t('listening.influencers.contact')}
            <input data-testid="influencer-contact" value={draft.contact} maxLength={500} onChange={(e) => set({ contact: e.target.value })} />
          </label>
        </div>
        <fieldset className="stack">
          <legend>{t('listening.influencers.handles')}</legend>
          <div className="influencer-grid">
            {PLATFORMS.map((p) => (
              <label key={p}>
                {t(`platform.${p}`)}
                <input data-testid={`influencer-handle-${p}`} value={draft.handles[p] ?? ''} maxLength={100} onChange={(e) => set({ handles: { ...draft.handles, [p]: e.target.value } })} />
              </label>
            ))}
          </div>
          <p className="muted small-text">{t('listening.influencers.followersHelp')}</p>
        </fieldset>
        <label>
          {t('listening.influencers.rateCard')}
          <textarea data-testid="influencer-rate" value={draft.rateCard} maxLength={2000} onChange={(e) => set({ rateCard: e.target.value })} />
        </label>
        <label>
          {t('listening.influencers.notes')}
          <textarea data-testid="influencer-notes" value={draft.notes} maxLength={5000} onChange={(e) => set({ notes: e.target.value })} />
        </label>
        <fieldset className="row">
          <legend>{t('listening.influencers.campaigns')}</legend>
          {campaigns.map((c) => (
            <label key={c.id} className="row" style={{ color: 'inherit' }}>
              <input
                type="checkbox"
                data-testid="influencer-campaign"
                checked={draft.campaignIds.includes(c.id)}
                onChange={(e) => set({ campaignIds: e.target.checked ? [...draft.campaignIds, c.id] : draft.campaignIds.filter((x) => x !== c.id) })}
              />
              {c.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="stack">
          <legend>{t('listening.influencers.deliverables')}</legend>
          <p className="muted small-text">{t('listening.influencers.deliverableHelp')}</p>
          {draft.deliverables.map((d, i) => {
            const upd = (patch: Partial<DeliverableDraft>) => set({ deliverables: draft.deliverables.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
            return (
              <div key={d.id} className="row" data-testid="deliverable-row">
                <label style={{ flex: 2 }}>
                  {t('listening.influencers.deliverable')}
                  <input data-testid="deliverable-title" value={d.title} maxLength={300} onChange={(e) => upd({ title: e.target.value })} />
                </label>
                <label>
                  {t('listening.influencers.due')}
                  <input type="date" data-testid="deliverable-due" value={d.dueDate} onChange={(e) => upd({ dueDate: e.target.value })} />
                </label>
                <label>
                  {t('listening.influencers.campaigns')}
                  <select data-testid="deliverable-campaign" value={d.campaignId} onChange={(e) => upd({ campaignId: e.target.value })}>
                    <option value="">{t('listening.influencers.noCampaign')}</option>
                    {campaigns.map((c) => (
                      <option key={c.id} value={c.id}>{c.name}</option>
                    ))}
                  </select>
                </label>
                <label className="row" style={{ color: 'inherit' }}>
                  <input type="checkbox" data-testid="deliverable-done" checked={d.done} onChange={(e) => upd({ done: e.target.checked })} />
                  {t('listening.influencers.done')}
                </label>
                <button type="button" onClick={() => set({ deliverables: draft.deliverables.filter((_, k) => k !== i) })}>{t('common.remove')}</button>
              </div>
            );
          })}
          <button
            type="button"
            data-testid="deliverable-add"
            onClick={() => set({ deliverables: [...draft.deliverables, { id: newId(), campaignId: draft.campaignIds[0] ?? '', title: '', dueDate: today, postId: null, done: false }] })}
          >
            {t('listening.influencers.addDeliverable')}
          </button>
        </fieldset>
        <fieldset className="stack">
          <legend>{t('listening.influencers.results')}</legend>
          {draft.results.map((r, i) => {
            const upd = (patch: Partial<Draft['results'][number]>) => set({ results: draft.results.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
            return (
              <div key={i} className="influencer-grid" data-testid="result-row">
                <label>
                  {t('listening.influencers.campaigns')}
                  <select data-testid="result-campaign" value={r.campaignId} onChange={(e) => upd({ campaignId: e.target.value })}>
                    <option value="">{t('listening.influencers.noCampaign')}</option>
                    {campaigns.map((c) => (
                      <option key={c.id} value={c.id}>{c.name}</option>
                    ))}
                  </select>
                </label>
                {RESULT_FIELDS.map((f) => (
                  <label key={f}>
                    {t(`listening.influencers.${f}`)}
                    <input inputMode="decimal" data-testid={`result-${f}`} value={r[f]} onChange={(e) => upd({ [f]: e.target.value })} />
                  </label>
                ))}
                <button type="button" onClick={() => set({ results: draft.results.filter((_, k) => k !== i) })}>{t('common.remove')}</button>
              </div>
            );
          })}
          <button
            type="button"
            data-testid="result-add"
            onClick={() => set({ results: [...draft.results, { campaignId: draft.campaignIds[0] ?? '', cost: '', clicks: '', engagements: '', conversions: '', revenue: '' }] })}
          >
            {t('listening.influencers.addResult')}
          </button>
        </fieldset>
        {errors.length > 0 && (
          <ul className="error" role="alert" data-testid="influencer-errors">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="submit" className="primary" data-testid="influencer-save">{t('common.save')}</button>
          <button type="button" onClick={() => { setDraft(null); setErrors([]); }}>{t('common.cancel')}</button>
        </div>
      </form>
    );
  }

  const money = (v: number | null) => formatKpi(v, 'money', lang, settings.currency) ?? t('common.noData');
  return (
    <section className="stack" aria-labelledby="influencers-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="influencers-h">{t('listening.influencers.title')}</h2>
        <button type="button" className="primary" data-testid="influencer-new" onClick={() => { setDraft(EMPTY); setStatus(null); }}>
          {t('listening.influencers.new')}
        </button>
      </div>
      {status && <p role="status" data-testid="influencer-status">{status}</p>}
      {influencers.length === 0 && <p className="empty">{t('listening.influencers.empty')}</p>}
      {influencers.map((inf) => {
        const k = influencerKpis(inf);
        const reach = influencerReach(inf, accounts ?? [], snapshots ?? []);
        return (
          <article key={inf.id} className="card stack" data-testid="influencer-card" data-name={inf.name}>
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <div>
                <strong>{inf.name}</strong> {inf.niche && <span className="muted">· {inf.niche}</span>}
                {inf.contact && <div className="muted small-text">{inf.contact}</div>}
              </div>
              <div className="row">
                <button type="button" data-testid="influencer-edit" onClick={() => { setDraft(toDraft(inf, lang)); setStatus(null); }}>{t('common.edit')}</button>
                {confirming === inf.id ? (
                  <>
                    <span className="muted small-text">{t('listening.influencers.confirmDelete', inf.name)}</span>
                    <button type="button" data-testid="influencer-delete-confirm" onClick={() => void deleteInfluencer(inf.id).then(() => setConfirming(null))}>{t('common.delete')}</button>
                    <button type="button" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
                  </>
                ) : (
                  <button type="button" data-testid="influencer-delete" onClick={() => setConfirming(inf.id)}>{t('common.delete')}</button>
                )}
              </div>
            </div>
            {reach.length > 0 && (
              <div className="row small-text" data-testid="influencer-reach">
                {reach.map((r) => (
                  <span key={r.platform} className="pill" data-platform={r.platform}>
                    {t(`platform.${r.platform}`)} @{r.handle}: {r.followers === null ? t('listening.influencers.followersUnknown') : `${formatKpi(r.followers, 'count', lang)} ${t('listening.influencers.followers').toLowerCase()}`}
                  </span>
                ))}
              </div>
            )}
            {inf.rateCard && <div className="excerpt small-text">{inf.rateCard}</div>}
            <div className="cards">
              <div className="card" title={formulaOf(k.costPerEngagement, lang)}>
                <div className="muted">{t('listening.influencers.cpe')}</div>
                <div className="kpi-value" data-testid="influencer-cpe">{money(k.costPerEngagement.value)}</div>
                <div className="formula">{k.costPerEngagement.formula[lang]}</div>
              </div>
              <div className="card" title={formulaOf(k.costPerClick, lang)}>
                <div className="muted">{t('listening.influencers.cpc')}</div>
                <div className="kpi-value" data-testid="influencer-cpc">{money(k.costPerClick.value)}</div>
                <div className="formula">{k.costPerClick.formula[lang]}</div>
              </div>
              <div className="card" title={formulaOf(k.costPerConversion, lang)}>
                <div className="muted">{t('listening.influencers.cpa')}</div>
                <div className="kpi-value" data-testid="influencer-cpa">{money(k.costPerConversion.value)}</div>
                <div className="formula">{k.costPerConversion.formula[lang]}</div>
              </div>
              <div className="card" title={formulaOf(k.roi, lang)}>
                <div className="muted">{t('listening.influencers.roi')}</div>
                <div className="kpi-value" data-testid="influencer-roi">{formatKpi(k.roi.value, 'percent', lang) ?? t('common.noData')}</div>
                <div className="formula">{k.roi.formula[lang]}</div>
              </div>
            </div>
            {inf.deliverables.length > 0 && (
              <ul className="list small-text">
                {inf.deliverables.map((d) => {
                  const state = deliverableState(d, today);
                  return (
                    <li key={d.id} data-testid="deliverable-item" data-state={state}>
                      <span className={`pill ${state === 'overdue' ? 'sla-breached' : state === 'due' ? 'sla-warning' : state === 'done' ? 'sla-answered' : 'sla-ok'}`}>{t(`listening.influencers.state.${state}`)}</span>
                      <span>{d.dueDate}</span>
                      <span>{d.title}</span>
                      {d.campaignId && <span className="muted">{campaignName.get(d.campaignId) ?? ''}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
