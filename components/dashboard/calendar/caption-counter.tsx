import { CAPTION_LIMITS, captionLength } from '@/lib/calendar';
import type { Platform } from '@/lib/models';
import { useLang, useT } from '../../app-context';

/** Characters per selected platform as that platform counts them, with a warning over its limit. */
export function CaptionCounter({ caption, platforms }: { caption: string; platforms: readonly Platform[] }) {
  const t = useT();
  const lang = useLang();
  const fmt = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  if (platforms.length === 0) return <p className="muted">{t('calendar.form.pickPlatform')}</p>;
  return (
    <ul className="row" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="caption-counter">
      {platforms.map((p) => {
        const n = captionLength(caption, p);
        const limit = CAPTION_LIMITS[p];
        const over = n > limit;
        return (
          <li key={p} className={over ? 'counter-over' : 'counter-ok'} data-testid={`caption-count-${p}`} data-over={over ? 'true' : 'false'}>
            {t(`platform.${p}`)} {fmt.format(n)}/{fmt.format(limit)}
            {over && ` — ${t('calendar.form.overLimit', fmt.format(n - limit))}`}
          </li>
        );
      })}
    </ul>
  );
}
