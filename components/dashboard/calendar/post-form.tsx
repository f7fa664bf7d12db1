import { useState, type FormEvent } from 'react';
import { isHttpUrl, isValidTimeZone, resolveLocal, slugify } from '@/lib/calendar';
import type { Account, Campaign, MonthlyPlan, Post, PostStatus } from '@/lib/models';
import { POST_STATUSES, createPost, deletePost, localInputs, updatePost, type PostDraft } from '@/lib/services/calendar';
import { useT } from '../../app-context';
import { CaptionCounter } from './caption-counter';
import { PlatformPicker } from './platform-picker';
import { UtmBuilder, utmFieldsOf, utmOf, utmPreview, type UtmFields } from './utm-builder';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Singapore', 'Asia/Kuala_Lumpur', 'UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney'];

const MAX_CAPTION = 20_000;

export interface PostFormProps {
  /** The post being edited, or the starting values of a new one. */
  post: Post | PostDraft;
  campaigns: readonly Campaign[];
  accounts: readonly Account[];
  plan: MonthlyPlan | null;
  onDone: (saved: Post | null) => void;
}

interface FormState {
  platforms: Post['platforms'];
  accountId: string;
  date: string;
  time: string;
  timeZone: string;
  caption: string;
  pillar: string;
  contentType: string;
  assetLinks: string;
  link: string;
  utm: UtmFields;
  status: PostStatus;
  campaignId: string;
  notes: string;
}

function initialState(post: Post | PostDraft): FormState {
  const local = post.scheduledAt === null ? { date: '', time: '' } : localInputs(post.scheduledAt, post.timeZone);
  return {
    platforms: [...post.platforms],
    accountId: post.accountId ?? '',
    date: local.date,
    time: local.time,
    timeZone: post.timeZone,
    caption: post.caption,
    pillar: post.pillar ?? '',
    contentType: post.contentType ?? '',
    assetLinks: post.assetLinks.join('\n'),
    link: post.link ?? '',
    utm: utmFieldsOf(post.utm),
    status: post.status,
    campaignId: post.campaignId ?? '',
    notes: post.notes,
  };
}

type Errors = Partial<Record<'date' | 'time' | 'timeZone' | 'caption' | 'assetLinks' | 'link' | 'utm' | 'form', string>>;

/** Create or edit one post. Nothing typed is lost on an error: the form stays open with a message. */
export function PostForm({ post, campaigns, accounts, plan, onDone }: PostFormProps) {
  const t = useT();
  const editing = 'id' in post ? post : null;
  const [f, setF] = useState<FormState>(() => initialState(post));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setF((prev) => ({ ...prev, [k]: v }));

  const pillarNames = plan?.pillars.map((p) => p.name) ?? [];
  const contentTypes = [...new Set((plan?.platformContent ?? []).filter((pc) => f.platforms.length === 0 || f.platforms.includes(pc.platform)).flatMap((pc) => pc.contentTypes))];
  const ownAccounts = accounts.filter((a) => f.platforms.length === 0 || f.platforms.includes(a.platform));

  function check(): { errors: Errors; draft: PostDraft | null } {
    const e: Errors = {};
    let scheduledAt: number | null = null;
    if (!isValidTimeZone(f.timeZone.trim())) e.timeZone = t('calendar.form.err.zone');
    if (f.date) {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.date);
      const tm = /^(\d{2}):(\d{2})$/.exec(f.time || '');
      if (!d) e.date = t('calendar.form.err.date');
      else if (!tm) e.time = t('calendar.form.err.time');
      else if (!e.timeZone) {
        scheduledAt = resolveLocal(
          { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(tm[1]), minute: Number(tm[2]) },
          f.timeZone.trim(),
        ).instant;
      }
    } else if (f.time) e.date = t('calendar.form.err.dateForTime');
    if (!f.date && (f.status === 'scheduled' || f.status === 'missed')) e.date = t('calendar.form.err.needsDate');
    if (f.caption.length > MAX_CAPTION) e.caption = t('calendar.form.err.captionTooLong', MAX_CAPTION);
    const assets = f.assetLinks.split('\n').map((s) => s.trim()).filter(Boolean);
    const badAsset = assets.find((a) => !isHttpUrl(a) || !/^https?:\/\//i.test(a));
    if (badAsset) e.assetLinks = t('calendar.form.err.asset', badAsset);
    if (assets.length > 20) e.assetLinks = t('calendar.form.err.tooManyAssets', 20);
    const link = f.link.trim();
    if (link && (!isHttpUrl(link) || !/^https?:\/\//i.test(link))) e.link = t('calendar.form.err.link');
    const utm = utmOf(f.utm);
    const preview = utmPreview(link, f.utm);
    if (utm && preview.error) e.utm = t(preview.error);
    if (Object.keys(e).length > 0) return { errors: e, draft: null };
    return {
      errors: e,
      draft: {
        source: post.source,
        publishedAt: post.publishedAt,
        remindedAt: post.remindedAt,
        platforms: f.platforms,
        accountId: f.accountId || null,
        scheduledAt,
        timeZone: f.timeZone.trim(),
        caption: f.caption,
        pillar: f.pillar.trim() || null,
        contentType: f.contentType.trim() || null,
        assetLinks: assets,
        link: link || null,
        utm,
        status: f.status,
        campaignId: f.campaignId || null,
        notes: f.notes,
      },
    };
  }

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    const { errors: e, draft } = check();
    setErrors(e);
    if (!draft) return;
    setBusy(true);
    try {
      const saved = editing ? await updatePost(editing.id, draft, Date.now()) : await createPost(draft, Date.now());
      onDone(saved);
    } catch (err) {
      const issues = (err as { issues?: Array<{ path: string }> }).issues;
      setErrors({ form: issues ? t('calendar.form.err.fields', issues.map((i) => i.path).join(', ')) : t('calendar.form.err.save', (err as Error).message) });
    } finally {
      setBusy(false);
    }
  }

  function suggestUtm() {
    const campaign = campaigns.find((c) => c.id === f.campaignId);
    set('utm', {
      ...f.utm,
      source: f.utm.source || f.platforms[0] || '',
      medium: f.utm.medium || 'social',
      campaign: f.utm.campaign || (campaign ? slugify(campaign.name) : ''),
    });
  }

  const err = (k: keyof Errors) =>
    errors[k] ? (
      <span className="error" role="alert" data-testid={`post-error-${k}`}>
        {errors[k]}
      </span>
    ) : null;

  return (
    <form className="stack card post-form" data-testid="post-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{editing ? t('calendar.form.editTitle') : t('calendar.form.newTitle')}</h2>
      <PlatformPicker name="post" value={f.platforms} onChange={(v) => set('platforms', v)} />
      <div className="row">
        <label>
          {t('calendar.form.status')}
          <select data-testid="post-status" value={f.status} onChange={(e) => set('status', e.target.value as PostStatus)}>
            {POST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`calendar.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendar.form.account')}
          <select data-testid="post-account" value={f.accountId} onChange={(e) => set('accountId', e.target.value)}>
            <option value="">{t('calendar.form.noAccount')}</option>
            {ownAccounts.map((a) => (
              <option key={a.id} value={a.id}>
                {t(`platform.${a.platform}`)} @{a.handle}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calendar.form.campaign')}
          <select data-testid="post-campaign" value={f.campaignId} onChange={(e) => set('campaignId', e.target.value)}>
            <option value="">{t('calendar.form.noCampaign')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          {t('calendar.form.date')}
          <input type="date" data-testid="post-date" value={f.date} onChange={(e) => set('date', e.target.value)} />
          {err('date')}
        </label>
        <label>
          {t('calendar.form.time')}
          <input type="time" data-testid="post-time" value={f.time} onChange={(e) => set('time', e.target.value)} />
          {err('time')}
        </label>
        <label>
          {t('calendar.form.timeZone')}
          <input data-testid="post-zone" list="kelola-zones" value={f.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
          <datalist id="kelola-zones">
            {TIME_ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {err('timeZone')}
        </label>
      </div>
      <label>
        {t('calendar.form.caption')}
        <textarea data-testid="post-caption" rows={6} value={f.caption} onChange={(e) => set('caption', e.target.value)} />
        {err('caption')}
      </label>
      <CaptionCounter caption={f.caption} platforms={f.platforms} />
      <div className="row">
        <label>
          {t('calendar.form.pillar')}
          <input data-testid="post-pillar" list="kelola-pillars" value={f.pillar} maxLength={500} onChange={(e) => set('pillar', e.target.value)} />
          <datalist id="kelola-pillars">
            {pillarNames.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        <label>
          {t('calendar.form.contentType')}
          <input data-testid="post-content-type" list="kelola-content-types" value={f.contentType} maxLength={500} onChange={(e) => set('contentType', e.target.value)} />
          <datalist id="kelola-content-types">
            {contentTypes.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
      </div>
      <label>
        {t('calendar.form.assets')}
        <textarea data-testid="post-assets" rows={2} value={f.assetLinks} placeholder="https://drive.google.com/…" onChange={(e) => set('assetLinks', e.target.value)} />
        {err('assetLinks')}
      </label>
      <label>
        {t('calendar.form.link')}
        <input data-testid="post-link" type="url" value={f.link} placeholder="https://…" onChange={(e) => set('link', e.target.value)} />
        {err('link')}
      </label>
      <UtmBuilder link={f.link} value={f.utm} onChange={(v) => set('utm', v)} onSuggest={suggestUtm} />
      {err('utm')}
      <label>
        {t('calendar.form.notes')}
        <textarea data-testid="post-notes" rows={2} value={f.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      {err('form')}
      <div className="row">
        <button className="primary" type="submit" data-testid="post-save" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" data-testid="post-cancel" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
        {editing &&
          (confirmDelete ? (
            <button type="button" className="error" data-testid="post-delete-confirm" onClick={() => void deletePost(editing.id).then(() => onDone(null))}>
              {t('calendar.form.confirmDelete')}
            </button>
          ) : (
            <button type="button" data-testid="post-delete" onClick={() => setConfirmDelete(true)}>
              {t('common.delete')}
            </button>
          ))}
      </div>
    </form>
  );
}
