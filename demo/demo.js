import { framework, parseDiagnostic, recommend, scoreDiagnostic } from '../dist/rouages.min.js';

const percent = (value) => (value === null ? '—' : `${Math.round(value * 100)} %`);
const titleOf = (id) => framework.rouages.find((r) => r.id === id)?.title ?? '—';

const response = await fetch(new URL('samples/phare-2021.json', import.meta.url));
const parsed = parseDiagnostic(await response.text());
if (!parsed.success) throw new Error(parsed.error.message);
const score = scoreDiagnostic(parsed.data);

const body = document.querySelector('#scores tbody');
for (const dimension of score.dimensions) {
  const row = body.insertRow();
  const cells = [framework.dimensions.find((d) => d.id === dimension.id).title, percent(dimension.score), percent(dimension.completion), titleOf(dimension.next)];
  for (const text of cells) row.insertCell().textContent = text;
}
const list = document.querySelector('#next');
for (const r of recommend(parsed.data)) {
  const item = document.createElement('li');
  item.textContent = `${r.title} (${percent(r.score)}) — ${r.mission}`;
  list.append(item);
}
