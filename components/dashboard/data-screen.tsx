import { useT } from '../app-context';

export function DataScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.data')}</h2>
      <p className="muted">{t('data.where')}</p>
    </section>
  );
}
