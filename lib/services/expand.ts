import type { Interaction, Platform, Settings } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import { chooseVariant, renderTemplate } from '../templates';

export type ExpandResult = { text: string; templateId: string } | { text: null; reason: 'unknown' | 'needs-input' };

/**
 * Renders the template an abbreviation names, in the language of the comment it answers. Templates
 * with prompts or unknown variables are not expanded inline: the palette asks for their values.
 */
export async function expandAbbreviation(
  abbreviation: string,
  platform: Platform,
  item: Interaction | null,
  settings: Settings,
  uiLang: 'id' | 'en',
  now: number,
): Promise<ExpandResult> {
  const abbr = abbreviation.toLowerCase();
  const all = await guard(() => getDb().templates.toArray());
  const matching = all.filter(
    (t) => t.abbreviation?.toLowerCase() === abbr && (t.platforms.length === 0 || t.platforms.includes(platform)),
  );
  const first = matching[0];
  if (!first) return { text: null, reason: 'unknown' };
  const chosen = chooseVariant(all, first, item?.lang ?? null, uiLang) ?? first;
  const rendered = renderTemplate(chosen.body, {
    lang: chosen.language,
    now,
    timeZone: settings.timeZone,
    name: item?.author || undefined,
    handle: item?.authorHandle || undefined,
    brand: settings.brand || undefined,
    agent: settings.agentName || undefined,
    platform,
  });
  if (rendered.unknown.length > 0 || rendered.prompts.length > 0) return { text: null, reason: 'needs-input' };
  return { text: rendered.text, templateId: chosen.id };
}
