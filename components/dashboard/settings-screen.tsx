import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { saveSettings } from '@/lib/db/repos/settings';
import { newId } from '@/lib/db/ids';
import { Account, PLATFORMS, normalizeHandle, type Platform } from '@/lib/models';
import { useSettings, useT } from '../app-context';
import { LangSwitch } from '../ui/lang-switch';
import { SlaSettingsForm } from './sla-settings';

export function SettingsScreen() {
  const t = useT();
  const settings = useSettings();
  const accounts = useLiveQuery(() => getDb().accounts.where('role').equals('own').toArray(), []);
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [handle, setHandle] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function addAccount() {
    const row = Account.safeParse({ id: newId(), platform, handle: normalizeHandle(handle), displayName: '', role: 'own', createdAt: Date.now() });
    if (!row.success || !normalizeHandle(handle)) {
      setError(t('settings.handleInvalid'));
      return;
    }
    setError(null);
    await getDb().accounts.put(row.data);
    setHandle('');
  }

  // Fields start from the stored values: they are mounted again once the stored row has loaded.
  const loaded = settings.updatedAt > 0 ? 'stored' : 'defaults';
  return (
    <section className="stack" style={{ maxWidth: 560 }} key={loaded}>
      <h2>{t('nav.settings')}</h2>
      <LangSwitch />
      <label>
        {t('settings.brand')}
        <input data-testid="settings-brand" defaultValue={settings.brand} maxLength={100} onBlur={(e) => void saveSettings({ brand: e.target.value })} />
      </label>
      <label>
        {t('settings.agent')}
        <input data-testid="settings-agent" defaultValue={settings.agentName} maxLength={100} onBlur={(e) => void saveSettings({ agentName: e.target.value })} />
      </label>
      <label>
        {t('settings.quiet')}
        <input type="checkbox" checked={settings.quietNotifications} onChange={(e) => void saveSettings({ quietNotifications: e.target.checked })} />
      </label>
      <SlaSettingsForm />
      <h3>{t('settings.ownAccounts')}</h3>
      <p className="muted">{t('settings.ownAccountsHelp')}</p>
      <ul className="list" data-testid="own-accounts">
        {accounts?.map((a) => (
          <li key={a.id}>
            <span>{t(`platform.${a.platform}`)}</span> <strong>@{a.handle}</strong>
            <button type="button" onClick={() => void getDb().accounts.delete(a.id)}>{t('common.remove')}</button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void addAccount();
        }}
      >
        <select aria-label={t('settings.platform')} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>{t(`platform.${p}`)}</option>
          ))}
        </select>
        <input data-testid="own-handle" placeholder="@handle" value={handle} onChange={(e) => setHandle(e.target.value)} aria-label={t('settings.handle')} />
        <button type="submit">{t('common.add')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
