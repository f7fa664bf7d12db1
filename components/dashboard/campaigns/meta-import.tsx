import { useMemo, useState } from 'react';
import { matchCampaigns, parseMetaAdsCsv, type CampaignMatch, type MetaAdsImport, type MetaReason } from '@/lib/calendar';
import type { Campaign } from '@/lib/models';
import { applyMetaImport, planMetaImport, type MetaAssignment } from '@/lib/services/campaigns';
import { useLang, useT, type T } from '../../app-context';

interface Choice {
  campaignId: string;
  /** A suggested (fuzzy) match counts only once the user ticks it. */
  confirmed: boolean;
}

function reasonText(t: T, r: MetaReason): string {
  return t(`campaigns.meta.reason.${r.code}`, t(`campaigns.meta.field.${r.field}`), String(r.params.value ?? r.params.end ?? ''));
}

/**
 * Ad results from a Meta Ads Manager CSV (English or Indonesian headers), matched to campaigns by
 * name. Exact and same-but-for-spacing names are preselected; similar names must be confirmed.
 * Nothing is written until the user confirms.
 */
export function MetaImport({ campaigns, onClose }: { campaigns: readonly Campaign[]; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const [data, setData] = useState<MetaAdsImport | null>(null);
  const [matches, setMatches] = useState<CampaignMatch[]>([]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ added: number; replaced: number } | null>(null);
  const fmt = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');

  async function onFile(file: File | undefined) {
    setError(null);
    setDone(null);
    if (!file) return;
    const parsed = parseMetaAdsCsv(await file.text());
    if (parsed.missing.length > 0) {
      setData(null);
      setError(t('campaigns.meta.missing', parsed.missing.map((f) => t(`campaigns.meta.field.${f}`)).join(', ')));
      return;
    }
    const m = matchCampaigns(parsed.rows, campaigns);
    const c: Record<string, Choice> = {};
    for (const x of m) c[x.campaignName] = { campaignId: x.match?.campaignId ?? '', confirmed: !!x.match && !x.needsConfirmation };
    setData(parsed);
    setMatches(m);
    setChoices(c);
  }

  const assignments = useMemo<MetaAssignment[]>(() => {
    if (!data) return [];
    return matches.flatMap((m) => {
      const c = choices[m.campaignName];
      if (!c || !c.campaignId || !c.confirmed) return [];
      return [{ campaignId: c.campaignId, rows: data.rows.filter((r) => m.rowNumbers.includes(r.rowNumber)) }];
    });
  }, [data, matches, choices]);
  const plan = useMemo(() => planMetaImport(assignments, campaigns), [assignments, campaigns]);

  async function confirm() {
    try {
      setDone(await applyMetaImport(plan, Date.now()));
      setData(null);
    } catch (err) {
      setError(t('campaigns.meta.failed', (err as Error).message));
    }
  }

  const nameOf = (id: string) => campaigns.find((c) => c.id === id)?.name ?? id;

  return (
    <section className="stack card" data-testid="meta-import" aria-labelledby="meta-import-h">
      <h2 id="meta-import-h">{t('campaigns.meta.title')}</h2>
      <p className="muted">{t('campaigns.meta.help')}</p>
      <label>
        {t('campaigns.meta.choose')}
        <input type="file" accept=".csv,text/csv" data-testid="meta-import-file" onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again (a re-import) fires a change.
            e.target.value = '';
            void onFile(file);
          }}
        />
      </label>
      {data && (
        <>
          <p data-testid="meta-import-summary">
            {t('campaigns.meta.summary', fmt.format(data.rows.length), fmt.format(data.rejected.length), data.currency ?? '—')}
          </p>
          {data.rejected.length > 0 && (
            <ul className="list reject-list" data-testid="meta-rejects">
              {data.rejected.map((r) => (
                <li key={r.rowNumber} data-testid="meta-reject">
                  <strong>{t('calendar.import.row', r.rowNumber)}</strong>: {r.reasons.map((x) => reasonText(t, x)).join(' ')}
                </li>
              ))}
            </ul>
          )}
          <table data-testid="meta-matches">
            <thead>
              <tr>
                <th>{t('campaigns.meta.metaName')}</th>
                <th>{t('campaigns.meta.rows')}</th>
                <th>{t('campaigns.meta.kelolaCampaign')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {matches.map((m) => {
                const c = choices[m.campaignName] ?? { campaignId: '', confirmed: false };
                const set = (next: Choice) => setChoices((prev) => ({ ...prev, [m.campaignName]: next }));
                return (
                  <tr key={m.campaignName} data-testid="meta-match" data-meta-name={m.campaignName}>
                    <td className="excerpt">{m.campaignName}</td>
                    <td>{m.rowNumbers.join(', ')}</td>
                    <td>
                      <select
                        data-testid="meta-match-select"
                        value={c.campaignId}
                        onChange={(e) => set({ campaignId: e.target.value, confirmed: e.target.value !== '' })}
                      >
                        <option value="">{t('campaigns.meta.skip')}</option>
                        {campaigns.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name}
                          </option>
                        ))}
                      </select>
                      {m.match && <span className="muted"> {t(`campaigns.meta.kind.${m.match.kind}`)}</span>}
                    </td>
                    <td>
                      {c.campaignId && (
                        <label className="row check">
                          <input type="checkbox" data-testid="meta-match-confirm" checked={c.confirmed} onChange={(e) => set({ ...c, confirmed: e.target.checked })} />
                          {t('campaigns.meta.confirmMatch')}
                        </label>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {plan.refused.length > 0 && (
            <ul className="list reject-list" data-testid="meta-refused">
              {plan.refused.map((r) => (
                <li key={`${r.campaignId}:${r.rowNumber}`}>
                  <strong>{t('calendar.import.row', r.rowNumber)}</strong>: {t('campaigns.meta.currency', r.rowCurrency, nameOf(r.campaignId), r.campaignCurrency)}
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <button className="primary" type="button" data-testid="meta-import-confirm" disabled={plan.entries.length === 0} onClick={() => void confirm()}>
              {t('campaigns.meta.confirm', fmt.format(plan.entries.length))}
            </button>
          </div>
        </>
      )}
      {done && (
        <p className="notice" role="status" data-testid="meta-import-done">
          {t('campaigns.meta.done', fmt.format(done.added), fmt.format(done.replaced))}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="meta-import-error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" data-testid="meta-import-close" onClick={onClose}>
          {done ? t('common.close') : t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
