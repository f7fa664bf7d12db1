import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteTemplate, duplicateTemplate, listTemplates, saveTemplate } from '@/lib/db/repos/templates';
import { exportPack, searchTemplates } from '@/lib/templates';
import type { Lang, Template } from '@/lib/models';
import { useT } from '../app-context';
import { downloadText } from '../ui/download';
import { TemplateEditor } from './template-editor';

type Editing = { mode: 'new' } | { mode: 'edit'; template: Template } | null;

/** The template library: search, folders, language filter, favourites; create, edit, duplicate, delete. */
export function TemplatesScreen() {
  const t = useT();
  const templates = useLiveQuery(() => listTemplates(), []);
  const [query, setQuery] = useState('');
  const [folder, setFolder] = useState('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [favOnly, setFavOnly] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const folders = useMemo(() => [...new Set((templates ?? []).map((x) => x.folder).filter(Boolean))].sort(), [templates]);
  const shown = useMemo(() => {
    const base = (templates ?? []).filter((x) => (!folder || x.folder === folder) && (!lang || x.language === lang) && (!favOnly || x.favorite));
    return query.trim() ? searchTemplates(base, query) : base;
  }, [templates, query, folder, lang, favOnly]);

  if (!templates) return null;
  if (editing) {
    return (
      <TemplateEditor
        initial={editing.mode === 'edit' ? editing.template : null}
        all={templates}
        onDone={() => setEditing(null)}
        save={async (draft) => {
          await saveTemplate(draft);
        }}
      />
    );
  }

  return (
    <section className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{t('templates.title')}</h2>
        <div className="row">
          <button className="primary" type="button" data-testid="template-new" onClick={() => setEditing({ mode: 'new' })}>{t('templates.new')}</button>
          <button type="button" data-testid="pack-export" onClick={() => downloadText('kelola-templates.json', exportPack(shown))}>{t('templates.exportPack')}</button>
        </div>
      </div>
      <div className="row">
        <input data-testid="template-search" type="search" placeholder={t('templates.search')} aria-label={t('templates.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('templates.folder')} value={folder} onChange={(e) => setFolder(e.target.value)}>
          <option value="">{t('templates.allFolders')}</option>
          {folders.map((f) => (
            <option key={f} value={f}>{f}</option>
          ))}
        </select>
        <select aria-label={t('templates.fieldLanguage')} value={lang} onChange={(e) => setLang(e.target.value as Lang | '')}>
          <option value="">{t('templates.allLanguages')}</option>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
        <label className="row" style={{ color: 'inherit' }}>
          <input type="checkbox" checked={favOnly} onChange={(e) => setFavOnly(e.target.checked)} /> {t('templates.favouritesOnly')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{templates.length === 0 ? t('templates.empty') : t('palette.none')}</p>
      ) : (
        <table data-testid="template-table">
          <thead>
            <tr>
              <th>{t('templates.fieldTitle')}</th>
              <th>{t('templates.fieldAbbreviation')}</th>
              <th>{t('templates.fieldLanguage')}</th>
              <th>{t('templates.folder')}</th>
              <th>{t('templates.fieldBody')}</th>
              <th>{t('templates.used')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((tpl) => (
              <tr key={tpl.id} data-testid="template-row" data-template-id={tpl.id}>
                <td>
                  <button
                    type="button"
                    aria-label={t('templates.favourite')}
                    aria-pressed={tpl.favorite}
                    style={{ border: 0, background: 'none', padding: 0, marginRight: 4 }}
                    onClick={() => void saveTemplate({ ...tpl, favorite: !tpl.favorite })}
                  >
                    {tpl.favorite ? '★' : '☆'}
                  </button>
                  {tpl.title}
                </td>
                <td>{tpl.abbreviation ?? ''}</td>
                <td>{tpl.language.toUpperCase()}</td>
                <td>{tpl.folder}</td>
                <td className="excerpt" style={{ maxWidth: 420 }}>{tpl.body}</td>
                <td>{tpl.usageCount}</td>
                <td>
                  <div className="row" style={{ flexWrap: 'nowrap' }}>
                    <button type="button" data-testid="template-edit" onClick={() => setEditing({ mode: 'edit', template: tpl })}>{t('common.edit')}</button>
                    <button type="button" data-testid="template-duplicate" onClick={() => void duplicateTemplate(tpl.id, t('templates.copySuffix'))}>{t('templates.duplicate')}</button>
                    {confirmDelete === tpl.id ? (
                      <button type="button" data-testid="template-delete-confirm" className="error" onClick={() => void deleteTemplate(tpl.id).then(() => setConfirmDelete(null))}>{t('templates.confirmDelete')}</button>
                    ) : (
                      <button type="button" data-testid="template-delete" onClick={() => setConfirmDelete(tpl.id)}>{t('common.delete')}</button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
