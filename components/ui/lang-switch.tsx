import { saveSettings } from '@/lib/db/repos/settings';
import { useSettings, useT } from '../app-context';

export function LangSwitch() {
  const t = useT();
  const settings = useSettings();
  return (
    <label>
      {t('settings.language')}
      <select
        data-testid="lang-switch"
        value={settings.language}
        onChange={(e) => void saveSettings({ language: e.target.value as 'auto' | 'id' | 'en' })}
      >
        <option value="auto">{t('settings.languageAuto')}</option>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
