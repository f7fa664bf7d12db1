import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { PLATFORMS, type Mention, type Platform, type Sentiment, type TermGroup } from '@/lib/models';
import { filterMentions, mentionTime } from '@/lib/listening/series';
import { GROUP_ORDER, primaryGroup } from '@/lib/listening/matcher';
import { searchUrl } from '@/lib/listening/search-url';
import { saveIdea } from '@/lib/services/listening';
import { useApi, useLang, useSettings, useT } from '../../app-context';
import { formatDateTime } from './format';
import './listening.css';

const PAGE = 50;

/**
 * Mentions with filters (group, platform, sentiment, term, text). Each one can be opened, saved as an
 * idea for the calendar, or used to search its term on the platform's own search page. Page text is
 * rendered as text only.
 */
export function MentionList({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const mentions = useLiveQuery(() => getDb().mentions.orderBy('seenAt').reverse().limit(5000).toArray(), []);
  const terms = useLiveQuery(() => getDb().terms.toArray(), []);
  const [group, setGroup] = useState<TermGroup | ''>('');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [sentiment, setSentiment] = useState<Sentiment | ''>('');
  const [termId, setTermId] = useState('');
  const [text, setText] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [saved, setSaved] = useState<Record<string, string>>({});

  const termById = useMemo(() => new Map((terms ?? []).map((x) => [x.id, x] as const)), [terms]);
  const visible = useMemo(
    () => filterMentions(mentions ?? [], { group, platform, sentiment, termId: termId || undefined, text }),
    [mentions, group, platform, sentiment, termId, text],
  );

  if (!mentions || !terms) return null;

  async function idea(m: Mention) {
    try {
      await saveIdea({ url: m.link ?? searchUrl(m.platform, termById.get(m.terms[0] ?? '')?.term ?? m.author), author: m.author, excerpt: m.excerpt, platform: m.platform }, settings, Date.now());
      setSaved((s) => ({ ...s, [m.id]: t('listening.mentions.savedIdea') }));
    } catch (err) {
      setSaved((s) => ({ ...s, [m.id]: t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'listening.saveFailed') }));
    }
  }

  return (
    <section className={`stack${compact ? ' compact' : ''}`} aria-labelledby="mentions-h" data-testid="mention-list">
      <h2 id="mentions-h">{t('listening.mentions.title')}</h2>
      {!compact && <p className="muted">{t('listening.mentions.help')}</p>}
      <div className="row">
        <select aria-label={t('listening.terms.group')} data-testid="mention-filter-group" value={group} onChange={(e) => setGroup(e.target.value as TermGroup | '')}>
          <option value="">{t('listening.group.all')}</option>
          {GROUP_ORDER.map((g) => (
            <option key={g} value={g}>{t(`listening.group.${g}`)}</option>
          ))}
        </select>
        <select aria-label={t('listening.filter.platform')} data-testid="mention-filter-platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform | '')}>
          <option value="">{t('listening.filter.platform')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>{t(`platform.${p}`)}</option>
          ))}
        </select>
        <select aria-label={t('listening.filter.sentiment')} data-testid="mention-filter-sentiment" value={sentiment} onChange={(e) => setSentiment(e.target.value as Sentiment | '')}>
          <option value="">{t('listening.filter.sentiment')}</option>
          {(['positive', 'neutral', 'negative'] as const).map((s) => (
            <option key={s} value={s}>{t(`sentiment.${s}`)}</option>
          ))}
        </select>
        {!compact && (
          <select aria-label={t('listening.filter.term')} data-testid="mention-filter-term" value={termId} onChange={(e) => setTermId(e.target.value)}>
            <option value="">{t('listening.filter.term')}</option>
            {terms.map((x) => (
              <option key={x.id} value={x.id}>{x.term}</option>
            ))}
          </select>
        )}
        <input type="search" data-testid="mention-filter-text" aria-label={t('listening.filter.text')} placeholder={t('listening.filter.text')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <p className="muted" data-testid="mention-count">{t('listening.mentions.count', visible.length)}</p>
      {terms.length === 0 && <p className="notice">{t('listening.mentions.noTerms')}</p>}
      {visible.length === 0 ? (
        <p className="empty">{t('listening.mentions.empty')}</p>
      ) : (
        <ul className="list">
          {visible.slice(0, shown).map((m) => {
            const g = primaryGroup(m.groups);
            // The term of the mention's main group first (own, then competitor, then industry).
            const matched = m.terms
              .map((id) => termById.get(id))
              .filter((x): x is NonNullable<typeof x> => !!x)
              .sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
            const first = matched[0];
            return (
              <li key={m.id} className="mention-item" data-testid="mention-item" data-mention-id={m.id} data-group={g ?? ''}>
                <div className="mention-head">
                  {m.groups.map((x) => (
                    <span key={x} className={`pill group-${x}`}>{t(`listening.group.${x}`)}</span>
                  ))}
                  <strong>{t(`platform.${m.platform}`)}</strong>
                  <span>{m.author}</span>
                  <span className="muted">{formatDateTime(mentionTime(m), lang, settings.timeZone)}</span>
                  {m.sentiment && <span className={`pill sent-${m.sentiment}`}>{t(`sentiment.${m.sentiment}`)}</span>}
                  {m.intents.map((i) => (
                    <span key={i} className="pill muted">{t(`listening.intent.${i}`)}</span>
                  ))}
                </div>
                <div className="excerpt" data-testid="mention-excerpt">{m.excerpt}</div>
                {matched.length > 0 && <div className="muted small-text">{matched.map((x) => x.term).join(' · ')}</div>}
                <div className="mention-actions">
                  {m.link && (
                    <button type="button" data-testid="mention-open" onClick={() => void api.openUrl(m.link!)}>
                      {t('listening.mentions.open')}
                    </button>
                  )}
                  <button type="button" data-testid="mention-save-idea" onClick={() => void idea(m)}>
                    {t('listening.mentions.saveIdea')}
                  </button>
                  {first && (
                    <button type="button" data-testid="mention-search" onClick={() => void api.openUrl(searchUrl(m.platform, first.term))}>
                      {t('listening.mentions.search', first.term, t(`platform.${m.platform}`))}
                    </button>
                  )}
                  {saved[m.id] && <span role="status" data-testid="mention-saved">{saved[m.id]}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('listening.mentions.more')}
        </button>
      )}
    </section>
  );
}
