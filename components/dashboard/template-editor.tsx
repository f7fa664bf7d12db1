import { useMemo, useState } from 'react';
import { PLATFORMS, Template, type Lang, type Platform } from '@/lib/models';
import { checkLimit, renderTemplate } from '@/lib/templates';
import type { TemplateDraft } from '@/lib/db/repos/templates';
import { useSettings, useT } from '../app-context';

interface Props {
  initial: Template | null;
  all: Template[];
  save: (draft: TemplateDraft) => Promise<void>;
  onDone: () => void;
}

const SAMPLE = { name: 'Budi Santoso', handle: 'budi_s' };

/** Create or edit a template, with a live preview, variable check and per-platform length. */
export function TemplateEditor({ initial, all, save, onDone }: Props) {
  const t = useT();
  const settings = useSettings();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [abbreviation, setAbbreviation] = useState(initial?.abbreviation ?? '');
  const [language, setLanguage] = useState<Lang>(initial?.language ?? 'id');
  const [folder, setFolder] = useState(initial?.folder ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [platforms, setPlatforms] = useState<Platform[]>(initial?.platforms ?? []);
  const [favorite, setFavorite] = useState(initial?.favorite ?? false);
  const [variantOf, setVariantOf] = useState<string>(initial?.variantGroup ?? '');
  const [errors, setErrors] = useState<string[]>([]);

  const preview = useMemo(
    () =>
      renderTemplate(body, {
        lang: language,
        now: Date.now(),
        timeZone: settings.timeZone,
        ...SAMPLE,
        brand: settings.brand || undefined,
        agent: settings.agentName || undefined,
        platform: platforms[0] ?? 'instagram',
      }),
    [body, language, settings, platforms],
  );
  const groups = useMemo(() => {
    const m = new Map<string, string>();
    for (const x of all) if (x.id !== initial?.id) m.set(x.variantGroup ?? x.id, x.title);
    return [...m.entries()];
  }, [all, initial]);

  async function submit() {
    const abbr = abbreviation.trim().replace(/^[;/]+/, '') || null;
    const draft = {
      ...(initial ?? {}),
      title: title.trim(),
      body,
      abbreviation: abbr,
      language,
      folder: folder.trim(),
      tags: tags.split(',').map((s) => s.trim()).filter(Boolean),
      platforms,
      favorite,
      variantGroup: variantOf || null,
    };
    const check = Template.omit({ id: true, createdAt: true, updatedAt: true, usageCount: true, lastUsedAt: true }).safeParse(draft);
    const problems: string[] = [];
    if (!check.success) {
      for (const issue of check.error.issues) problems.push(t(`templates.invalid.${String(issue.path[0])}`));
    }
    if (abbr && all.some((x) => x.id !== initial?.id && x.abbreviation?.toLowerCase() === abbr.toLowerCase() && x.language === language)) {
      problems.push(t('templates.invalid.abbreviationTaken', abbr));
    }
    if (preview.unknown.length > 0) problems.push(t('palette.unknownVars', preview.unknown.map((u) => `{${u}}`).join(', ')));
    setErrors([...new Set(problems)]);
    if (problems.length > 0) return;
    await save(draft as TemplateDraft);
    onDone();
  }

  const limitPlatforms = platforms.length ? platforms : (['x', 'instagram', 'tiktok'] as Platform[]);
  return (
    <form
      className="stack"
      style={{ maxWidth: 760 }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{initial ? t('templates.editTitle') : t('templates.new')}</h2>
      <label>
        {t('templates.fieldTitle')}
        <input data-testid="tpl-title" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('templates.fieldBody')}
        <textarea data-testid="tpl-body" rows={6} value={body} maxLength={5000} onChange={(e) => setBody(e.target.value)} />
      </label>
      <p className="muted">{t('templates.variablesHelp')}</p>
      <div className="card stack" aria-live="polite">
        <strong>{t('templates.preview')}</strong>
        <div className="excerpt" data-testid="tpl-preview">{preview.text}</div>
        {preview.prompts.length > 0 && <span className="muted">{t('templates.asks', preview.prompts.map((p) => p.label ?? p.name).join(', '))}</span>}
        <div className="row">
          {limitPlatforms.map((p) => {
            const lim = checkLimit(preview.text, p, 'comment');
            return (
              <span key={p} className={`pill ${lim.ok ? 'muted' : 'error'}`}>
                {t(`platform.${p}`)} {lim.count}/{lim.limit ?? '∞'}
              </span>
            );
          })}
        </div>
      </div>
      <div className="row">
        <label>
          {t('templates.fieldAbbreviation')}
          <input data-testid="tpl-abbreviation" value={abbreviation} maxLength={33} onChange={(e) => setAbbreviation(e.target.value)} />
        </label>
        <label>
          {t('templates.fieldLanguage')}
          <select data-testid="tpl-language" value={language} onChange={(e) => setLanguage(e.target.value as Lang)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('templates.folder')}
          <input data-testid="tpl-folder" value={folder} maxLength={100} onChange={(e) => setFolder(e.target.value)} />
        </label>
        <label>
          {t('templates.tags')}
          <input data-testid="tpl-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
      </div>
      <label>
        {t('templates.variantOf')}
        <select data-testid="tpl-variant" value={variantOf} onChange={(e) => setVariantOf(e.target.value)}>
          <option value="">{t('templates.noVariant')}</option>
          {groups.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </select>
      </label>
      <fieldset className="row">
        <legend>{t('templates.platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="row" style={{ color: 'inherit' }}>
            <input
              type="checkbox"
              checked={platforms.includes(p)}
              onChange={(e) => setPlatforms(e.target.checked ? [...platforms, p] : platforms.filter((x) => x !== p))}
            />
            {t(`platform.${p}`)}
          </label>
        ))}
      </fieldset>
      <label className="row" style={{ color: 'inherit' }}>
        <input type="checkbox" checked={favorite} onChange={(e) => setFavorite(e.target.checked)} /> {t('templates.favourite')}
      </label>
      {errors.length > 0 && (
        <ul className="error" role="alert" data-testid="tpl-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button className="primary" type="submit" data-testid="tpl-save">{t('common.save')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
