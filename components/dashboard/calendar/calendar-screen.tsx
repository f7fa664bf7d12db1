import { useT } from '../../app-context';

export function CalendarScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.calendar')}</h2>
    </section>
  );
}
