import { PLATFORMS, type MonthlyPlan } from '@/lib/models';
import { useT } from '../../app-context';
import { ListField } from './list-field';

type PlatformContent = MonthlyPlan['platformContent'];

/** Which content types each platform carries ("Instagram: reels, carousel"); empty = not used. */
export function PlatformContentEditor({ value, onChange }: { value: PlatformContent; onChange: (next: PlatformContent) => void }) {
  const t = useT();
  return (
    <fieldset className="plan-section" data-testid="plan-platform-content">
      <legend>{t('plan.platformContent.title')}</legend>
      <p className="muted">{t('plan.platformContent.help')}</p>
      <div className="plan-grid">
        {PLATFORMS.map((p) => (
          <ListField
            key={p}
            label={t(`platform.${p}`)}
            testId={`content-types-${p}`}
            maxItem={500}
            value={value.find((x) => x.platform === p)?.contentTypes ?? []}
            onChange={(types) => {
              const others = value.filter((x) => x.platform !== p);
              const next = types.length > 0 ? [...others, { platform: p, contentTypes: types.slice(0, 20) }] : others;
              onChange(PLATFORMS.flatMap((q) => next.filter((x) => x.platform === q)));
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
