import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PLATFORMS, type Platform, type TermGroup, type TrackedTerm } from '@/lib/models';
import { GROUP_ORDER } from '@/lib/listening/matcher';
import { exportTermsFile } from '@/lib/listening/terms-file';
import { searchUrl } from '@/lib/listening/search-url';
import { deleteTerm, listTerms, saveTerm, termProblems } from '@/lib/services/listening';
import { useApi, useT } from '../../app-context';
import { downloadText } from '../../ui/download';
import { splitList } from './format';

interface Draft {
  id?: string;
  term: string;
  group: TermGroup;
  variants: string;
  exclude: string;
}

const EMPTY: Draft = { term: '', group: 'own', variants: '', exclude: '' };

/** Tracked terms: add, edit, remove, search on a platform, and export as a shareable file. */
export function TermsSection() {
  const t = useT();
  const api = useApi();
  const terms = useLiveQuery(() => listTerms(), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [searchOn, setSearchOn] = useState<Platform>('x');
  const [confirming, setConfirming] = useState<string | null>(null);

  if (!terms) return null;

  async function save() {
    const input = { id: draft.id, term: draft.term, group: draft.group, variants: splitList(draft.variants), exclude: splitList(draft.exclude) };
    const problems = termProblems(input, terms ?? []);
    setStatus(null);
    if (problems.length > 0) {
      setErrors(problems.map((p) => t(`listening.terms.problem.${p}`)));
      return;
    }
    try {
      const saved = await saveTerm(input, Date.now());
      setErrors([]);
      setDraft(EMPTY);
      setStatus(t('listening.terms.saved', saved.term));
    } catch (err) {
      const e = err as { code?: string; message?: string };
      if (e.code === 'invalid' && e.message) setErrors(e.message.split(',').map((p) => t(`listening.terms.problem.${p}`)));
      else setErrors([t(e.code === 'storage-full' ? 'backup.storageFull' : 'listening.saveFailed')]);
    }
  }

  function edit(x: TrackedTerm) {
    setDraft({ id: x.id, term: x.term, group: x.group, variants: x.variants.join('\n'), exclude: x.exclude.join('\n') });
    setErrors([]);
    setStatus(null);
  }

  return (
    <section className="stack" aria-labelledby="terms-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="terms-h">{t('listening.terms.title')}</h2>
        <button type="button" data-testid="terms-export" disabled={terms.length === 0} onClick={() => downloadText('kelola-terms.json', exportTermsFile(terms))}>
          {t('listening.terms.export')}
        </button>
      </div>
      <p className="muted">{t('listening.terms.help')}</p>
      <p className="muted small-text">{t('listening.terms.importHint')}</p>
      <form
        className="card stack listening-form"
        data-testid="term-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="row">
          <label>
            {t('listening.terms.term')}
            <input data-testid="term-input" value={draft.term} maxLength={200} onChange={(e) => setDraft({ ...draft, term: e.target.value })} />
          </label>
          <label>
            {t('listening.terms.group')}
            <select data-testid="term-group" value={draft.group} onChange={(e) => setDraft({ ...draft, group: e.target.value as TermGroup })}>
              {GROUP_ORDER.map((g) => (
                <option key={g} value={g}>{t(`listening.group.${g}`)}</option>
              ))}
            </select>
          </label>
        </div>
        <div className="row">
          <label style={{ flex: 1 }}>
            {t('listening.terms.variants')}
            <textarea data-testid="term-variants" value={draft.variants} onChange={(e) => setDraft({ ...draft, variants: e.target.value })} />
          </label>
          <label style={{ flex: 1 }}>
            {t('listening.terms.exclude')}
            <textarea data-testid="term-exclude" value={draft.exclude} onChange={(e) => setDraft({ ...draft, exclude: e.target.value })} />
          </label>
        </div>
        {errors.length > 0 && (
          <ul className="error" role="alert" data-testid="term-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="submit" className="primary" data-testid="term-save">
            {draft.id ? t('listening.terms.update') : t('listening.terms.add')}
          </button>
          {draft.id && (
            <button type="button" onClick={() => { setDraft(EMPTY); setErrors([]); }}>
              {t('common.cancel')}
            </button>
          )}
          {status && <span role="status" data-testid="term-status">{status}</span>}
        </div>
      </form>
      <div className="row">
        <label>
          {t('listening.terms.searchOn')}
          <select data-testid="term-search-platform" value={searchOn} onChange={(e) => setSearchOn(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>{t(`platform.${p}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {terms.length === 0 ? (
        <p className="empty">{t('listening.terms.empty')}</p>
      ) : (
        <ul className="list" data-testid="term-list">
          {terms.map((x) => (
            <li key={x.id} className="term-row" data-testid="term-row" data-term={x.term} data-group={x.group}>
              <div className="stack" style={{ gap: 2 }}>
                <div className="row">
                  <span className={`pill group-${x.group}`}>{t(`listening.group.${x.group}`)}</span>
                  <strong>{x.term}</strong>
                </div>
                {x.variants.length > 0 && <span className="muted term-meta">{t('listening.terms.variantsShort', x.variants.join(', '))}</span>}
                {x.exclude.length > 0 && <span className="muted term-meta">{t('listening.terms.excludeShort', x.exclude.join(', '))}</span>}
              </div>
              <div className="row">
                <button type="button" data-testid="term-search" onClick={() => void api.openUrl(searchUrl(searchOn, x.term))}>
                  {t('listening.terms.search')}
                </button>
                <button type="button" data-testid="term-edit" onClick={() => edit(x)}>
                  {t('common.edit')}
                </button>
                {confirming === x.id ? (
                  <>
                    <span className="muted small-text">{t('listening.terms.confirmDelete', x.term)}</span>
                    <button type="button" data-testid="term-delete-confirm" onClick={() => void deleteTerm(x.id).then(() => setConfirming(null))}>
                      {t('common.delete')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
                  </>
                ) : (
                  <button type="button" data-testid="term-delete" onClick={() => setConfirming(x.id)}>
                    {t('common.delete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
