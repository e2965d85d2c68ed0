import { html, nothing, type TemplateResult } from 'lit';
import { indexFramework, type Framework, type Recommendation } from '../../sdk/api.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';

/** The add form's choices: a place (`r:<rouage>` or `d:<dimension>`), an example tool, the text. */
export interface AddDraft {
  place: string;
  tool: string;
  text: string;
  owner?: string;
  due?: string;
}

export interface AddHandlers {
  draft: AddDraft;
  error: string | undefined;
  recommendations: Recommendation[];
  /** Some fields of the draft changed (merged into the draft held, so quick inputs never undo each other). */
  change(draft: Partial<AddDraft>): void;
  /** A next gear was chosen: its place is set, focus goes to its tools. */
  planFor(rouage: string): void;
  /** Adds the action; true when it was added (the form then empties). */
  add(fields: { place: string; tool: string; text: string; due: string; owner: string }): boolean;
}

type S = Strings & PlanStrings;

/** The part that adds an action: the next gears of the diagnostic, then the form. */
export function renderAdd(framework: Framework, s: S, level: number, h: AddHandlers): TemplateResult {
  const index = indexFramework(framework);
  const rouage = h.draft.place.startsWith('r:') ? index.rouage.get(h.draft.place.slice(2)) : undefined;
  const onPlace = (e: Event) => h.change({ place: (e.target as HTMLSelectElement).value, tool: '' });
  const onTool = (e: Event) => {
    const tool = (e.target as HTMLSelectElement).value;
    const previous = rouage?.tools.find((t) => t.id === h.draft.tool)?.text ?? '';
    const text = !h.draft.text || h.draft.text === previous ? (rouage?.tools.find((t) => t.id === tool)?.text ?? '') : h.draft.text;
    h.change({ tool, text });
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const added = h.add({ place: h.draft.place, tool: h.draft.tool, text: String(data.get('text') ?? '').trim(), due: String(data.get('due') ?? ''), owner: String(data.get('owner') ?? '').trim() });
    if (added) form.reset();
  };
  return html`<section class="add" part="add" aria-labelledby="add-title">
    <div class="section-title" id="add-title" role="heading" aria-level=${Math.min(6, level + 1)}>${s.planAddTitle}</div>
    ${h.recommendations.length
      ? html`<div class="next-gears" part="next-gears">
          <p class="help">${s.planNextGearsHelp}</p>
          <ul>
            ${h.recommendations.map(
              (r) => html`<li>
                <span><strong>${r.title}</strong> · ${index.dimension.get(r.dimension)?.title ?? r.dimension}</span>
                <button type="button" @click=${() => h.planFor(r.rouage)}>${s.planPlanFor(r.title)}</button>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    <form class="add-form" @submit=${onSubmit}>
      ${h.error ? html`<p class="message" role="alert">${h.error}</p>` : nothing}
      <label
        >${s.planPlace}
        <select name="place" required .value=${h.draft.place} @change=${onPlace}>
          <option value="" ?selected=${!h.draft.place}>${s.planChoosePlace}</option>
          ${framework.dimensions.map(
            (d) => html`<optgroup label=${d.title}>
              <option value=${`d:${d.id}`} ?selected=${h.draft.place === `d:${d.id}`}>${s.planWholeDimension(d.title)}</option>
              ${(index.rouagesOf.get(d.id) ?? []).map((r) => html`<option value=${`r:${r.id}`} ?selected=${h.draft.place === `r:${r.id}`}>${r.title}</option>`)}
            </optgroup>`,
          )}
        </select>
      </label>
      ${rouage && rouage.tools.length
        ? html`<label
            >${s.planStartFrom}
            <select name="tool" class="tool" .value=${h.draft.tool} @change=${onTool}>
              <option value="" ?selected=${!h.draft.tool}>${s.planNoTool}</option>
              ${rouage.tools.map((t) => html`<option value=${t.id} ?selected=${h.draft.tool === t.id}>${t.text}</option>`)}
            </select>
          </label>`
        : nothing}
      <label
        >${s.planText}
        <textarea name="text" rows="2" required .value=${h.draft.text} @input=${(e: Event) => h.change({ text: (e.target as HTMLTextAreaElement).value })}></textarea>
      </label>
      <div class="row">
        <label>${s.planOwner}<input name="owner" .value=${h.draft.owner ?? ''} @input=${(e: Event) => h.change({ owner: (e.target as HTMLInputElement).value })} /></label>
        <label>${s.planDue}<input type="date" name="due" .value=${h.draft.due ?? ''} @input=${(e: Event) => h.change({ due: (e.target as HTMLInputElement).value })} /></label>
      </div>
      <div class="buttons"><button type="submit">${s.planAdd}</button></div>
    </form>
  </section>`;
}
