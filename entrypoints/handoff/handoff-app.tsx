import { useEffect, useRef, useState } from 'react';
import { getPost, composerUrl, finalLink } from '@/lib/services/calendar';
import { isPlatform } from '@/lib/services/calendar';
import type { Platform, Post } from '@/lib/models';
import { useApi, useT } from '@/components/app-context';
import { PageShell } from '@/components/ui/page-shell';

/** Seconds the "copied" message stays before the composer opens. */
const REDIRECT_SECONDS = 3;

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; post: Post; copy: 'pending' | 'copied' | 'failed' };

/**
 * Opened from a post reminder: copies the caption and then opens the platform's composer, where the
 * user pastes and posts. Kelola itself never posts.
 */
export function HandoffApp() {
  const t = useT();
  const api = useApi();
  const params = new URLSearchParams(location.search);
  const postId = params.get('post') ?? '';
  const wanted = params.get('platform') ?? '';
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [stay, setStay] = useState(false);
  const [countdown, setCountdown] = useState(REDIRECT_SECONDS);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const post = postId ? await getPost(postId) : null;
      if (!post) {
        setState({ kind: 'missing' });
        return;
      }
      setState({ kind: 'ready', post, copy: 'pending' });
      try {
        await api.copyText(post.caption);
        setState({ kind: 'ready', post, copy: 'copied' });
      } catch {
        setState({ kind: 'ready', post, copy: 'failed' });
      }
    })();
  }, [api, postId]);

  const post = state.kind === 'ready' ? state.post : null;
  const platform: Platform | undefined = isPlatform(wanted) && post?.platforms.includes(wanted) ? wanted : post?.platforms[0];
  const target = composerUrl(platform);
  const copied = state.kind === 'ready' && state.copy === 'copied';

  useEffect(() => {
    if (!copied || stay) return;
    if (countdown <= 0) {
      location.assign(target);
      return;
    }
    const id = setTimeout(() => setCountdown((n) => n - 1), 1000);
    return () => clearTimeout(id);
  }, [copied, stay, countdown, target]);

  async function copyAgain() {
    if (!post) return;
    try {
      await api.copyText(post.caption);
      setState({ kind: 'ready', post, copy: 'copied' });
    } catch {
      setState({ kind: 'ready', post, copy: 'failed' });
    }
  }

  return (
    <PageShell>
      <main className="stack" style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}>
        <h1>{t('calendar.handoff.title')}</h1>
        {state.kind === 'loading' && <p className="muted">{t('calendar.handoff.loading')}</p>}
        {state.kind === 'missing' && (
          <p className="error" role="alert" data-testid="handoff-missing">
            {t('calendar.handoff.missing')}
          </p>
        )}
        {post && (
          <>
            {state.kind === 'ready' && state.copy === 'copied' && (
              <p className="notice" role="status" data-testid="handoff-copied">
                {t('calendar.handoff.copied')}{' '}
                {!stay && t('calendar.handoff.redirect', t(`platform.${platform ?? 'instagram'}`), countdown)}
              </p>
            )}
            {state.kind === 'ready' && state.copy === 'failed' && (
              <p className="error" role="alert" data-testid="handoff-copy-failed">
                {t('calendar.handoff.copyFailed')}
              </p>
            )}
            <label>
              {t('calendar.form.caption')}
              <textarea readOnly rows={8} value={post.caption} data-testid="handoff-caption" onFocus={(e) => e.currentTarget.select()} />
            </label>
            {finalLink(post) && (
              <p className="excerpt">
                {t('calendar.form.link')}: <span data-testid="handoff-link">{finalLink(post)}</span>
              </p>
            )}
            <div className="row">
              <button type="button" data-testid="handoff-copy" onClick={() => void copyAgain()}>
                {t('calendar.handoff.copyAgain')}
              </button>
              {copied && !stay && (
                <button type="button" data-testid="handoff-stay" onClick={() => setStay(true)}>
                  {t('calendar.handoff.stay')}
                </button>
              )}
            </div>
            <div className="row">
              {post.platforms.map((p) => (
                <a key={p} href={composerUrl(p)} data-testid={`handoff-open-${p}`} className="pill">
                  {t('calendar.handoff.open', t(`platform.${p}`))}
                </a>
              ))}
            </div>
            <p className="muted">{t('calendar.handoff.never')}</p>
          </>
        )}
      </main>
    </PageShell>
  );
}
