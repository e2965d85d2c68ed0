import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { actionsDoneBetween, compareDiagnostics, framework, type Diagnostic } from '../src/index.js';
import { pharePlan } from './plan-samples.js';
import { styleMap } from 'lit/directives/style-map.js';
import { brandTokens, comite, partial, phare2021, phare2022 } from './shared.js';

/** Live examples of the recipes (Recipes › Docs): each one what a page does with the elements. */
const meta: Meta = {
  title: 'Recipes/Examples',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** One script tag, then the tags: the provider shares the diagnostic and the selection. */
export const ScriptTag: Story = {
  name: 'Embed with a script tag',
  render: () => html`<rouages-provider .diagnostic=${phare2021} selected="noyau-dur">
    <rouages-wheel style="max-width: 32rem"></rouages-wheel>
    <rouage-card compact></rouage-card>
  </rouages-provider>`,
};

/** The questionnaire as a field of the site's own form. */
export const CollectIntoAForm: Story = {
  name: 'Collect into a form',
  render: () => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.value = String(new FormData(form).get('diagnostic') ?? '').slice(0, 200);
    }}
  >
    <rouages-questionnaire name="diagnostic" .value=${phare2021} start-at="deploiement"></rouages-questionnaire>
    <p><button>Envoyer</button> <output></output></p>
  </form>`,
};

/** A page that takes over the sending: it cancels `rouages-submit` and handles the diagnostic itself. */
export const PostToAnEndpoint: Story = {
  name: 'Post to an endpoint',
  render: () => html`<rouages-questionnaire
      .value=${phare2021}
      @rouages-submit=${(event: CustomEvent<Diagnostic>) => {
        event.preventDefault();
        const log = (event.target as HTMLElement).nextElementSibling as HTMLOutputElement;
        log.value = `Reçu par la page : « ${event.detail.project} », ${Object.keys(event.detail.answers).length} réponses.`;
      }}
    ></rouages-questionnaire>
    <output></output>`,
};

/** Two diagnostics of one project, a year apart: what changed, in words, and the earlier score as a dashed line. */
export const CompareTwoYears: Story = {
  name: 'Compare two years',
  render: () => html`<rouages-report .diagnostic=${phare2022} .compare=${phare2021}></rouages-report>`,
};

/** Five members of a steering committee: where they disagree comes first. */
export const SteeringCommittee: Story = {
  name: 'A steering committee with five respondents',
  render: () => html`<rouages-report .diagnostics=${comite}></rouages-report>`,
};

/** A network's brand: its tokens on a wrapper and a few parts restyled with `::part()` (see `brandTokens`). */
export const NetworkBrand: Story = {
  name: "A network's brand (tokens and ::part)",
  render: () => html`<style>
      .reseau rouage-card::part(title) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .reseau rouage-card::part(base) {
        border-width: 2px;
        border-color: #0b5e5e;
      }
      .reseau rouages-wheel::part(caption) {
        font-style: italic;
      }
      .reseau rouages-questionnaire::part(primary) {
        border-radius: 999px;
      }
      .reseau rouages-questionnaire::part(heading) {
        color: #0b5e5e;
      }
    </style>
    <div class="reseau" style=${styleMap(brandTokens)}>
      <rouages-provider .diagnostic=${phare2021} selected="noyau-dur">
        <div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start">
          <rouages-wheel style="flex: 1 1 360px; min-width: 0; max-width: 32rem"></rouages-wheel>
          <rouage-card compact style="flex: 1 1 280px; min-width: 0"></rouage-card>
        </div>
      </rouages-provider>
      <rouages-questionnaire .value=${partial} start-at="noyau-dur" style="margin-top: 1.5rem"></rouages-questionnaire>
    </div>`,
};

/**
 * Diagnose → steer → evaluate: the diagnostic's next gears become the plan's actions; a year
 * later, what the team did sits beside how each gear moved (`compareDiagnostics` and
 * `actionsDoneBetween`). The plan is illustrative and says so on the page.
 */
export const DiagnosisPlanEvaluation: Story = {
  name: 'From diagnosis to plan to evaluation',
  render: () => {
    const comparison = compareDiagnostics(phare2021 as Diagnostic, phare2022 as Diagnostic);
    const done = actionsDoneBetween(pharePlan, comparison.dates.before, comparison.dates.after);
    const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
    const rows = comparison.rouages.filter((r) => done.byRouage[r.id]);
    return html`<rouages-provider .diagnostic=${phare2021} .plan=${pharePlan}>
      <rouages-plan today="2022-10-14"></rouages-plan>
      <table>
        <caption>
          Entre le ${comparison.dates.before} et le ${comparison.dates.after} : ce qui a été fait, et comment chaque rouage a bougé
        </caption>
        <thead><tr><th scope="col">Rouage</th><th scope="col">Score</th><th scope="col">Actions réalisées</th></tr></thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <th scope="row">${framework.rouages.find((x) => x.id === r.id)?.title}</th>
              <td>${percent(r.before)} → ${percent(r.after)}</td>
              <td>${done.byRouage[r.id]!.map((a) => a.text).join(' ; ')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </rouages-provider>`;
  },
};

