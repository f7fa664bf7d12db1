import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign } from '@/lib/models';
import { eventTitle, listIdeas, postsInRange } from '@/lib/services/calendar';
import { linkPosts, linkedPosts } from '@/lib/services/campaigns';
import { monthBounds } from '@/lib/services/plans';
import { useLang, useT } from '../../app-context';

/** Posts of the campaign, and a picker for unlinked posts dated within it (or undated ideas). */
export function LinkedPosts({ campaign, timeZone }: { campaign: Campaign; timeZone: string }) {
  const t = useT();
  const lang = useLang();
  const [pick, setPick] = useState('');
  const linked = useLiveQuery(() => linkedPosts(campaign.id), [campaign.id]) ?? [];
  const candidates =
    useLiveQuery(async () => {
      const start = monthBounds(campaign.startDate.slice(0, 7), timeZone).start;
      const end = monthBounds(campaign.endDate.slice(0, 7), timeZone).end;
      const dated = await postsInRange(start, end);
      return [...dated, ...(await listIdeas())].filter((p) => p.campaignId === null);
    }, [campaign.startDate, campaign.endDate, timeZone]) ?? [];
  const when = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="stack" data-testid="linked-posts">
      <h3>{t('campaigns.postsTitle')}</h3>
      {linked.length === 0 ? (
        <p className="empty">{t('campaigns.noPosts')}</p>
      ) : (
        <ul className="list">
          {linked.map((p) => (
            <li key={p.id} data-testid="linked-post">
              <span className="pill">{t(`calendar.status.${p.status}`)}</span>
              <span>{p.scheduledAt === null ? t('calendar.ideas.undated') : when.format(p.scheduledAt)}</span>
              <span className="excerpt">{eventTitle(p)}</span>
              <button type="button" onClick={() => void linkPosts(null, [p.id], Date.now())}>
                {t('campaigns.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <select data-testid="link-post-select" value={pick} onChange={(e) => setPick(e.target.value)} aria-label={t('campaigns.linkPost')}>
          <option value="">{t('campaigns.choosePost')}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {(p.scheduledAt === null ? t('calendar.ideas.undated') : when.format(p.scheduledAt)) + ' · ' + eventTitle(p)}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="link-post"
          disabled={!pick}
          onClick={() => void linkPosts(campaign.id, [pick], Date.now()).then(() => setPick(''))}
        >
          {t('campaigns.linkPost')}
        </button>
      </div>
    </div>
  );
}
