import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, type Diagnostic, type Framework, type Rating } from '../../../sdk/api.js';
import { cssProps } from '../../shared/css-props.js';
import { dimensionColor } from '../../shared/styles.js';
import type { ViewContext } from './context.js';

/**
 * The list of dimensions and rouages, with each one's completion (counts from the SDK's score):
 * said in words to screen readers, shown as a mark (✓ done, ◐ begun) drawn by the styles from the
 * link's class, so that a step's render does not build and update twenty more elements.
 */
export function renderNav(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const { framework, score, state } = model;
  const answered = score?.answered ?? 0;
  const total = score?.total ?? 0;
  const go = (e: Event, place: { step: 'rouage' | 'results'; rouage?: string }) => {
    e.preventDefault();
    v.send({ type: 'navigate', place });
  };
  return html`<nav class="nav" part="nav" aria-label=${s.navLabel}>
    <p class="progress-text" id="progress-text">${s.progress(answered, total)}</p>
    <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
    <ol class="dimensions">
      ${framework.dimensions.map((dimension, i) => {
        const rouages = score?.rouages.filter((r) => r.dimension === dimension.id) ?? [];
        const dimensionScore = score?.dimensions.find((d) => d.id === dimension.id);
        return html`<li style=${cssProps({ '--c': dimensionColor(dimension.id, i) })}>
          <span class="dimension-name">${dimension.title}</span>
          <span class="count">${s.dimensionProgress(dimensionScore?.answered ?? 0, dimensionScore?.total ?? 0)}</span>
          <ol class="rouages">
            ${repeat(
              rouages,
              (r) => r.id,
              (r) => {
                const rouage = framework.rouages.find((x) => x.id === r.id)!;
                const current = state.place.step === 'rouage' && state.place.rouage === r.id;
                const status = r.answered === r.total ? s.complete : r.answered === 0 ? s.notStarted : s.dimensionProgress(r.answered, r.total);
                return html`<li>
                  <a href="#${r.id}" aria-current=${current ? 'step' : 'false'} class=${r.answered === r.total ? 'done' : r.answered ? 'partial' : ''} @click=${(e: Event) => go(e, { step: 'rouage', rouage: r.id })}
                    >${rouage.title}<span class="visually-hidden">, ${status}</span></a
                  >
                </li>`;
              },
            )}
          </ol>
        </li>`;
      })}
      <li>
        <a href="#results" class="results-link" aria-current=${state.place.step === 'results' ? 'step' : 'false'} @click=${(e: Event) => go(e, { step: 'results' })}>${s.results}</a>
      </li>
    </ol>
  </nav>`;
}

/**
 * One rouage: its text, a radio group per rated item, a note per question. The whole step is
 * keyed by the rouage and its visit, and each list by item id, so no control is ever reused for
 * another item; each radio's `checked` is the state's answer.
 *
 * Radio groups are named after the item and the visit (`pilote.i1#3`): Chromium keeps removed
 * radios in a shadow root's group registry, and a new group under a name used before is then
 * skipped by Tab (a group with nothing checked lets only its "first" radio take focus, and the
 * first is a removed one). A fresh name per visit keeps every group reachable.
 */
export function renderRouageStep(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const { framework, doc, step, order } = model;
  if (!doc || !step) return html``;
  const { rouage, index, rated, last } = step;
  const dimensionIndex = framework.dimensions.findIndex((d) => d.id === rouage.dimension);
  const dimension = framework.dimensions[dimensionIndex]!;
  const phase = framework.phases.find((p) => p.id === rouage.phase);
  const go = (delta: number) => {
    const target = order[index + delta];
    v.send({ type: 'navigate', place: target ? { step: 'rouage', rouage: target.id } : delta > 0 ? { step: 'results' } : { step: 'start', rouage: rouage.id } });
  };
  return html`<div class="layout">
    ${renderNav(v)}
    ${keyed(
      `${rouage.id}#${step.instance}`,
      html`<section class="step rouage" part="step" aria-labelledby="rouage-title" data-rouage=${rouage.id} style=${cssProps({ '--c': dimensionColor(dimension.id, dimensionIndex) })}>
        <p class="eyebrow">${s.stepOf(index + 1, order.length)} · ${dimension.title} · ${s.func} ${dimension.function.title}${phase ? ` · ${s.phase} ${phase.title}` : ''}</p>
        <h2 id="rouage-title" part="heading" tabindex="-1">${rouage.title}</h2>
        <p>${rouage.description}</p>
        <p class="mission"><strong>${s.missionLabel}</strong> ${rouage.mission}</p>
        <h3>${s.indicators}</h3>
        <p class="help">${rouage.indicators.length ? s.indicatorsHelp : s.missionRated}</p>
        ${repeat(
          rated,
          (item) => item.id,
          (item) => renderRating(v, framework, doc, item.id, `${item.id}#${step.instance}`, item.kind === 'mission' ? rouage.mission : item.text),
        )}
        <h3>${s.questions}</h3>
        <p class="help">${s.questionsHelp}</p>
        ${repeat(
          rouage.questions,
          (q) => q.id,
          (q) => html`<div class="field">
            <label for=${`note-${q.id}`}>${q.text}</label>
            <textarea
              id=${`note-${q.id}`}
              rows="3"
              maxlength=${LIMITS.note}
              .value=${live(doc.notes[q.id] ?? '')}
              ?readonly=${v.locked}
              @input=${(e: Event) => v.send({ type: 'note', question: q.id, text: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>`,
        )}
        <div class="buttons">
          <button type="button" part="button" @click=${() => go(-1)}>${s.previous}</button>
          <button type="button" part="button primary" class="primary" @click=${() => go(1)}>${last ? s.toResults : s.nextStep}</button>
        </div>
      </section>`,
    )}
  </div>`;
}

function renderRating(v: ViewContext, framework: Framework, doc: Diagnostic, itemId: string, group: string, text: string): TemplateResult {
  const held = doc.answers[itemId];
  const options: { value: Rating; label: string }[] = [...framework.scale.levels.map((l) => ({ value: l.value, label: `${l.value} — ${l.label}` })), { value: null, label: framework.scale.unrated }];
  return html`<fieldset class="rating" data-item=${itemId}>
    <legend>${text}</legend>
    <div class="options">
      ${repeat(
        options,
        (option) => String(option.value),
        (option) => html`<label class="option">
          <input
            type="radio"
            name=${group}
            data-item=${itemId}
            value=${String(option.value)}
            .checked=${live(held !== undefined && held === option.value)}
            ?disabled=${v.locked}
            @change=${() => v.send({ type: 'answer', item: itemId, rating: option.value })}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
