import { PLATFORMS, type Platform } from '@/lib/models';
import { useT } from '../../app-context';

/** Checkboxes for the seven platforms; `name` keeps test ids apart when several pickers share a page. */
export function PlatformPicker({ value, onChange, name }: { value: readonly Platform[]; onChange: (next: Platform[]) => void; name: string }) {
  const t = useT();
  return (
    <div className="row platform-picker" role="group" data-testid={`${name}-platforms`}>
      {PLATFORMS.map((p) => (
        <label key={p} className="row check">
          <input
            type="checkbox"
            data-testid={`${name}-platform-${p}`}
            checked={value.includes(p)}
            onChange={(e) => onChange(e.target.checked ? PLATFORMS.filter((x) => x === p || value.includes(x)) : value.filter((x) => x !== p))}
          />
          {t(`platform.${p}`)}
        </label>
      ))}
    </div>
  );
}
