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
  // Read through the indexes (the abbreviation, then its language variants), not the whole library:
  // this runs between a key press and the text appearing.
  const db = getDb();
  const matching = (await guard(() => db.templates.where('abbreviation').equalsIgnoreCase(abbreviation).toArray())).filter(
    (t) => t.platforms.length === 0 || t.platforms.includes(platform),
  );
  const first = matching[0];
  if (!first) return { text: null, reason: 'unknown' };
  const variants = first.variantGroup ? await guard(() => db.templates.where('variantGroup').equals(first.variantGroup!).toArray()) : [];
  const family = [...matching, ...variants.filter((v) => !matching.some((m) => m.id === v.id))];
  const chosen = chooseVariant(family, first, item?.lang ?? null, uiLang) ?? first;
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
