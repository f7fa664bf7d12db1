import { useT } from '../../app-context';

export function PlanScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.plan')}</h2>
    </section>
  );
}
