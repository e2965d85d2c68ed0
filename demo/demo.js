// The demo page: a sample diagnostic handed to the provider; the wheel and the card follow it.
import { framework, parseDiagnostic, recommend } from '../dist/rouages.min.js';

const percent = (value) => (value === null ? 'non évalué' : `${Math.round(value * 100)} %`);

const response = await fetch(new URL('samples/phare-2021.json', import.meta.url));
const parsed = parseDiagnostic(await response.text());
if (!parsed.success) throw new Error(parsed.error.message);
document.querySelector("#provider").diagnostic = parsed.data;

const list = document.querySelector('#next');
for (const r of recommend(parsed.data)) {
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = `${r.title} (${framework.dimensions.find((d) => d.id === r.dimension).title}, ${percent(r.score)})`;
  const tools = document.createElement('div');
  tools.className = 'tools';
  tools.textContent = `Outils : ${r.tools.map((t) => t.text).join(' ; ')}`;
  item.append(title, document.createElement('br'), r.mission, tools);
  list.append(item);
}
