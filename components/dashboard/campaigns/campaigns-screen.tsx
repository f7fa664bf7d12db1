import { useT } from '../../app-context';

export function CampaignsScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.campaigns')}</h2>
    </section>
  );
}
