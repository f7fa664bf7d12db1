import { useLiveQuery } from 'dexie-react-hooks';
import { listTemplates } from '@/lib/db/repos/templates';
import { useT } from '../app-context';

export function TemplatesScreen() {
  const t = useT();
  const templates = useLiveQuery(() => listTemplates(), []);
  if (!templates) return null;
  if (templates.length === 0) return <p className="empty">{t('templates.empty')}</p>;
  return (
    <section className="stack">
      <h2>{t('templates.title')}</h2>
      <table data-testid="template-table">
        <thead>
          <tr>
            <th>{t('templates.fieldTitle')}</th>
            <th>{t('templates.fieldAbbreviation')}</th>
            <th>{t('templates.fieldLanguage')}</th>
            <th>{t('templates.fieldBody')}</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((tpl) => (
            <tr key={tpl.id} data-testid="template-row">
              <td>{tpl.title}</td>
              <td>{tpl.abbreviation ?? ''}</td>
              <td>{tpl.language.toUpperCase()}</td>
              <td className="excerpt">{tpl.body}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
