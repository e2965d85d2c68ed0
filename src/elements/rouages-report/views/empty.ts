import { html, type TemplateResult } from 'lit';
import { dropzone, heading, notices, type ReportParts } from '../parts.js';
import type { ReportView } from '../view-model.js';

/** Nothing to report yet: what the report does, and a file chooser. */
export function renderEmpty(p: ReportParts, view: Extract<ReportView, { mode: 'empty' }>): TemplateResult {
  const { s } = p.w;
  return html`${heading(p, 0, s.reportEmptyTitle)} ${notices(p, view.notices)}
    <p>${s.reportEmptyIntro}</p>
    ${dropzone(p, s.reportChooseFiles)}`;
}
