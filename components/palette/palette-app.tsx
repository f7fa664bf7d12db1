import { useEffect, useMemo, useRef, useState } from 'react';
import { checkLimit, chooseVariant, renderTemplate, searchTemplates } from '@/lib/templates';
import type { Platform, Template } from '@/lib/models';
import type { PaletteItem } from '@/lib/messages';
import type { Fresh } from './palette-session';
import { useApi, useLang, useSettings, useT } from '../app-context';
import { PageShell } from '../ui/page-shell';

export interface PaletteProps {
  itemId: string | null;
  /** The template library (undefined while loading). */
  templates: Template[] | undefined;
  /** What the reply answers, for variables and language choice. */
  item: PaletteItem | null;
  platform: Platform | null;
  /** Closes the palette (the frame asks its parent page to remove it). */
  onClose: () => void;
  /** Where the palette runs: in a frame over the page, or inside the side panel. */
  tabId: number | null;
  /**
   * The current library and item, when `templates` and `item` may be a kept copy still being
   * checked (the frame over the page): a choice is rendered from these.
   */
  fresh?: () => Promise<Fresh>;
}

/** Rows rendered in the first paint of an open (more than the list shows without scrolling). */
const FIRST_ROWS = 12;

/** Searchable template list: arrows + Enter insert, 1–9 pick favourites, Esc closes. */
export function PaletteApp({ itemId, templates, item, platform, onClose, tabId, fresh }: PaletteProps) {
  const t = useT();
  const uiLang = useLang();
  const api = useApi();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [prompting, setPrompting] = useState<{ tpl: Template; values: Record<string, string> } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const replyLang = item?.lang ?? uiLang;

  const results = useMemo(
    () => (templates ? searchTemplates(templates, query, { platform: platform ?? undefined, lang: replyLang }).slice(0, 50) : []),
    [templates, query, platform, replyLang],
  );
  const favourites = useMemo(() => (templates ?? []).filter((x) => x.favorite).slice(0, 9), [templates]);
  // The first rows fill the visible part of the list; the rest follow right after the first paint.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    if (allRows) return;
    const id = requestAnimationFrame(() => setAllRows(true));
    return () => cancelAnimationFrame(id);
  }, [allRows]);
  const rows = allRows ? results : results.slice(0, FIRST_ROWS);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  function render(tpl: Template, current: Fresh, promptValues?: Record<string, string>) {
    const { templates, item } = current;
    const chosen = chooseVariant(templates, tpl, item?.lang ?? null, uiLang) ?? tpl;
    return {
      chosen,
      result: renderTemplate(chosen.body, {
        lang: chosen.language,
        now: Date.now(),
        timeZone: settings.timeZone,
        name: item?.author || undefined,
        handle: item?.authorHandle || undefined,
        brand: settings.brand || undefined,
        agent: settings.agentName || undefined,
        platform: platform ?? undefined,
        promptValues,
      }),
    };
  }

  async function choose(picked: Template, promptValues?: Record<string, string>) {
    const current: Fresh = fresh ? await fresh() : { templates: templates ?? [], item };
    const tpl = current.templates.find((x) => x.id === picked.id) ?? picked;
    const { chosen, result } = render(tpl, current, promptValues);
    if (result.prompts.length > 0 && !promptValues) {
      setPrompting({ tpl, values: Object.fromEntries(result.prompts.map((p) => [p.name, ''])) });
      return;
    }
    if (result.unknown.length > 0) {
      setMessage(t('palette.unknownVars', result.unknown.map((u) => `{${u}}`).join(', ')));
      return;
    }
    if (platform) {
      const lim = checkLimit(result.text, platform, current.item?.kind ?? 'comment');
      if (!lim.ok) {
        setMessage(t('palette.tooLong', lim.count, lim.limit ?? 0));
        return;
      }
    }
    const res = await api.send<{ inserted: boolean }>({ type: 'palette/insert', tabId, text: result.text, itemId, templateId: chosen.id });
    if (res.ok && res.inserted) onClose();
    else {
      await api.copyText(result.text).catch(() => undefined);
      setMessage(t('palette.noEditor'));
    }
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape') return onClose();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const tpl = results[active];
      if (tpl) void choose(tpl);
    } else if (/^[1-9]$/.test(e.key) && query === '') {
      const fav = favourites[Number(e.key) - 1];
      if (fav) {
        e.preventDefault();
        void choose(fav);
      }
    }
  }

  if (prompting) {
    return (
      <PageShell className="stack palette">
        <form
          className="stack"
          style={{ padding: 10 }}
          onSubmit={(e) => {
            e.preventDefault();
            void choose(prompting.tpl, prompting.values);
            setPrompting(null);
          }}
        >
          <h2>{prompting.tpl.title}</h2>
          {Object.keys(prompting.values).map((name, i) => (
            <label key={name}>
              {name}
              <input
                autoFocus={i === 0}
                data-testid={`prompt-${name}`}
                value={prompting.values[name] ?? ''}
                onChange={(e) => setPrompting({ ...prompting, values: { ...prompting.values, [name]: e.target.value } })}
              />
            </label>
          ))}
          <div className="row">
            <button className="primary" type="submit">{t('palette.insert')}</button>
            <button type="button" onClick={() => setPrompting(null)}>{t('common.cancel')}</button>
          </div>
        </form>
      </PageShell>
    );
  }

  return (
    <PageShell className="stack palette">
      <div style={{ padding: 8 }} className="stack" onKeyDown={onKeyDown}>
        <input
          ref={input}
          data-testid="palette-search"
          placeholder={t('palette.search')}
          aria-label={t('palette.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
        />
        {message && <p className="notice" role="status">{message}</p>}
        {templates && results.length === 0 && <p className="empty">{t('palette.none')}</p>}
        <ul className="list" id="palette-list" role="listbox" data-testid="palette-list" style={{ maxHeight: 260, overflow: 'auto' }}>
          {rows.map((tpl, i) => {
            const fav = favourites.indexOf(tpl);
            return (
              <li
                key={tpl.id}
                role="option"
                aria-selected={i === active}
                data-testid="palette-item"
                style={{ background: i === active ? 'var(--card)' : undefined, cursor: 'pointer', display: 'grid' }}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void choose(tpl)}
              >
                <span className="row">
                  {fav >= 0 && <span className="pill">{fav + 1}</span>}
                  <strong>{tpl.title}</strong>
                  {tpl.abbreviation && <span className="muted">{settings.abbreviationPrefix}{tpl.abbreviation}</span>}
                  <span className="pill muted">{tpl.language.toUpperCase()}</span>
                </span>
                <span className="muted excerpt" style={{ maxHeight: 36, overflow: 'hidden' }}>{tpl.body}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </PageShell>
  );
}
