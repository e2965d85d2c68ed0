import { indexFramework, missionItemId } from './framework.js';
import { attachTexts, type FrameworkOutline, type FrameworkTexts } from './framework-split.js';
import type { Framework } from './schema.js';

/**
 * Puts a framework's texts back into its outline (see `attachTexts` in framework-split.ts), and
 * into its cached index: an index made from the outline (by the wheel, before the texts came)
 * then gives every item's text too, and so does everything that holds its items.
 *
 * @returns The outline, now a whole framework (the same object).
 * @throws TypeError when the texts do not match the outline (see `attachTexts`).
 */
export function attachFrameworkTexts(outline: FrameworkOutline, texts: FrameworkTexts): Framework {
  const whole = attachTexts(outline, texts);
  // The index is cached per framework object: made now if it was not, else its items get their texts.
  const index = indexFramework(whole);
  for (const rouage of whole.rouages) {
    for (const { id, text } of [...rouage.questions, ...rouage.indicators, ...rouage.tools, ...rouage.outcomes]) index.item.get(id)!.text = text;
    const mission = index.item.get(missionItemId(rouage.id));
    if (mission) mission.text = rouage.mission;
  }
  return whole;
}

