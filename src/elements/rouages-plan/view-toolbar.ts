import { html, nothing, type TemplateResult } from 'lit';
import { ACTION_STATUSES, statusLabel, type ActionStatus, type Framework } from '../../sdk/api.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';
import type { PlanFilters } from './model.js';

export interface ToolbarHandlers {
  filters: PlanFilters;
  readonly: boolean;
  shown: number;
  total: number;
  filter(filters: PlanFilters): void;
  importFile(file: File): void;
  exportJson(): void;
  exportCsv(): void;
  print(): void;
}

type S = Strings & PlanStrings;

/** Filters (status, dimension, overdue) and files (import, export, print). */
export function renderToolbar(framework: Framework, s: S, h: ToolbarHandlers): TemplateResult {
  const f = h.filters;
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) h.importFile(file);
  };
  return html`<div class="toolbar" part="toolbar">
    <fieldset class="filters" part="filters">
      <legend>${s.planFilters}</legend>
      <label
        >${s.planFilterStatus}
        <select class="filter-status" @change=${(e: Event) => h.filter({ ...f, status: ((e.target as HTMLSelectElement).value || undefined) as ActionStatus | undefined })}>
          <option value="" ?selected=${!f.status}>${s.planFilterAll}</option>
          ${ACTION_STATUSES.map((st) => html`<option value=${st} ?selected=${f.status === st}>${statusLabel(st, framework)}</option>`)}
        </select>
      </label>
      <label
        >${s.planFilterDimension}
        <select class="filter-dimension" @change=${(e: Event) => h.filter({ ...f, dimension: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!f.dimension}>${s.planFilterAllDimensions}</option>
          ${framework.dimensions.map((d) => html`<option value=${d.id} ?selected=${f.dimension === d.id}>${d.title}</option>`)}
        </select>
      </label>
      <label class="check"><input type="checkbox" class="filter-overdue" .checked=${f.overdue} @change=${(e: Event) => h.filter({ ...f, overdue: (e.target as HTMLInputElement).checked })} />${s.planFilterOverdue}</label>
      ${f.status || f.dimension || f.overdue ? html`<p class="shown" tabindex="-1">${s.planShown(h.shown, h.total)}</p>` : nothing}
    </fieldset>
    <div class="buttons files" part="files">
      ${h.readonly
        ? nothing
        : html`<input type="file" class="file" accept=".json,.csv,application/json,text/csv" hidden @change=${onFile} />
            <button type="button" class="import" @click=${(e: Event) => ((e.target as HTMLElement).parentElement!.querySelector<HTMLInputElement>('input.file')!).click()}>${s.planImport}</button>`}
      <button type="button" class="export-json" @click=${h.exportJson}>${s.planExportJson}</button>
      <button type="button" class="export-csv" @click=${h.exportCsv}>${s.planExportCsv}</button>
      <button type="button" class="print" @click=${h.print}>${s.planPrint}</button>
    </div>
  </div>`;
}
