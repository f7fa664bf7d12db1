import { buildUtmUrl, UtmError } from '@/lib/calendar';
import type { Utm } from '@/lib/models';
import { useT } from '../../app-context';

export interface UtmFields {
  source: string;
  medium: string;
  campaign: string;
  term: string;
  content: string;
}

export const EMPTY_UTM: UtmFields = { source: '', medium: '', campaign: '', term: '', content: '' };

export function utmFieldsOf(utm: Utm | null): UtmFields {
  return utm ? { source: utm.source, medium: utm.medium, campaign: utm.campaign, term: utm.term ?? '', content: utm.content ?? '' } : { ...EMPTY_UTM };
}

export function utmOf(f: UtmFields): Utm | null {
  if (Object.values(f).every((v) => v.trim() === '')) return null;
  const utm: Utm = { source: f.source.trim(), medium: f.medium.trim(), campaign: f.campaign.trim() };
  if (f.term.trim()) utm.term = f.term.trim();
  if (f.content.trim()) utm.content = f.content.trim();
  return utm;
}

/** Link preview with UTM parameters, or the reason it cannot be built (as a message key). */
export function utmPreview(link: string, f: UtmFields): { url: string | null; error: string | null } {
  const utm = utmOf(f);
  if (!link.trim()) return { url: null, error: utm ? 'calendar.utm.needLink' : null };
  if (!utm) return { url: null, error: null };
  try {
    return { url: buildUtmUrl(link, utm), error: null };
  } catch (err) {
    if (err instanceof UtmError) return { url: null, error: err.code === 'missing-field' ? 'calendar.utm.missing' : 'calendar.utm.badLink' };
    return { url: null, error: 'calendar.utm.badLink' };
  }
}

const FIELDS: Array<keyof UtmFields> = ['source', 'medium', 'campaign', 'term', 'content'];

export function UtmBuilder({ link, value, onChange, onSuggest }: { link: string; value: UtmFields; onChange: (next: UtmFields) => void; onSuggest: () => void }) {
  const t = useT();
  const preview = utmPreview(link, value);
  return (
    <fieldset className="stack card" data-testid="utm-builder">
      <legend>{t('calendar.utm.title')}</legend>
      <div className="row">
        {FIELDS.map((f) => (
          <label key={f}>
            {t(`calendar.utm.${f}`)}
            <input data-testid={`utm-${f}`} value={value[f]} maxLength={f === 'source' || f === 'medium' ? 100 : 200} onChange={(e) => onChange({ ...value, [f]: e.target.value })} />
          </label>
        ))}
        <button type="button" data-testid="utm-suggest" onClick={onSuggest}>
          {t('calendar.utm.suggest')}
        </button>
      </div>
      {preview.url && (
        <p className="excerpt" data-testid="utm-preview">
          {preview.url}
        </p>
      )}
      {preview.error && (
        <p className="error" data-testid="utm-error">
          {t(preview.error)}
        </p>
      )}
    </fieldset>
  );
}
