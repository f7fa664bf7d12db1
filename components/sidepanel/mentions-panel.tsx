import { useApi, useT } from '../app-context';
import { MentionList } from '../dashboard/listening/mention-list';

/** The side panel's Mentions tab: the latest mentions with filters, and a way to the full view. */
export function MentionsPanel() {
  const t = useT();
  const api = useApi();
  return (
    <div className="stack" data-testid="mentions-panel">
      <MentionList compact />
      <button type="button" data-testid="mentions-open-dashboard" onClick={() => void api.openDashboard('listening')}>
        {t('listening.panel.all')}
      </button>
    </div>
  );
}
