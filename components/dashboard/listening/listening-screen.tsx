import { useState } from 'react';
import { useT } from '../../app-context';
import { MentionList } from './mention-list';
import { TermsSection } from './terms-section';
import { TrendsSection } from './trends-section';
import { CompetitorsSection } from './competitors-section';
import { InfluencersSection } from './influencers-section';
import { VocSection } from './voc-section';
import './listening.css';

const TABS = ['mentions', 'terms', 'trends', 'competitors', 'influencers', 'voc'] as const;
type Tab = (typeof TABS)[number];

/** Listening and research: mentions, tracked terms, share of voice, competitors, influencers, voice of the customer. */
export function ListeningScreen() {
  const t = useT();
  const [tab, setTab] = useState<Tab>(() => {
    const want = new URLSearchParams(location.search).get('listening');
    return (TABS as readonly string[]).includes(want ?? '') ? (want as Tab) : 'mentions';
  });
  return (
    <section className="stack">
      <h2>{t('nav.listening')}</h2>
      <nav className="tabs listening-subtabs" aria-label={t('nav.listening')}>
        {TABS.map((x) => (
          <a
            key={x}
            href={`#listening`}
            data-testid={`listening-tab-${x}`}
            aria-current={tab === x ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              setTab(x);
            }}
          >
            {t(`listening.tab.${x}`)}
          </a>
        ))}
      </nav>
      {tab === 'mentions' && <MentionList />}
      {tab === 'terms' && <TermsSection />}
      {tab === 'trends' && <TrendsSection />}
      {tab === 'competitors' && <CompetitorsSection />}
      {tab === 'influencers' && <InfluencersSection />}
      {tab === 'voc' && <VocSection />}
    </section>
  );
}
