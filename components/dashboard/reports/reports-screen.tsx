import { useT } from '../../app-context';

export function ReportsScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.reports')}</h2>
    </section>
  );
}
