import { useT } from '../../app-context';

export function ListeningScreen() {
  const t = useT();
  return (
    <section className="stack">
      <h2>{t('nav.listening')}</h2>
    </section>
  );
}
