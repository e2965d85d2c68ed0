import { expect } from 'chai';
import { readdirSync, existsSync } from 'node:fs';
// @ts-expect-error: a plain ES module script, with no type declarations.
import { elementsOf, reactWrappers, staleWrappers } from '../../scripts/react-wrappers.mjs';
import manifest from '../../custom-elements.json';

type Generated = Map<string, string>;

describe('React wrappers generated from custom-elements.json', () => {
  it('src/react/ is what the committed manifest gives (run npm run analyze when it is not)', () => {
    expect(staleWrappers(manifest)).to.deep.equal([]);
  });

  it('every element folder with a define.ts is in the manifest and has a wrapper', () => {
    const folders = readdirSync('src/elements').filter((name) => name !== 'shared' && existsSync(`src/elements/${name}/define.ts`));
    const tags = (elementsOf(manifest) as { tag: string }[]).map((e) => e.tag);
    expect(tags).to.have.members(folders);
    const files = reactWrappers(manifest) as Generated;
    for (const tag of folders) expect(files.has(`src/react/${tag}.ts`), tag).to.equal(true);
  });

  it('types each event from the element: its @event {Type}, else its HTMLElementEventMap entry', () => {
    const element = (tag: string, events: { name: string; description?: string; type?: { text: string } }[]) => ({
      modules: [{ kind: 'javascript-module', path: `src/elements/${tag}/${tag}.ts`, declarations: [{ kind: 'class', name: 'RouagesThing', tagName: tag, customElement: true, summary: 'A thing.', events }] }],
    });
    const files = reactWrappers(
      element('rouages-thing', [
        { name: 'change', type: { text: 'CustomEvent<Diagnostic>' }, description: 'Changed.' },
        { name: 'rouages-thing-open', description: 'Opened.' },
        { name: 'rouage-open', description: 'Deprecated: the old name.' },
      ]),
    ) as Generated;
    const module = files.get('src/react/rouages-thing.ts')!;
    expect(module).to.contain("import type { Diagnostic } from '../sdk/api.js';");
    expect(module).to.contain("onChange: 'change' as EventName<CustomEvent<Diagnostic>>,");
    expect(module).to.contain("onRouagesThingOpen: 'rouages-thing-open' as EventName<HTMLElementEventMap['rouages-thing-open']>,");
    expect(module).to.match(/@deprecated The old name\.\s+\*\/\s+onRouageOpen: 'rouage-open'/);
    expect(files.get('src/react/index.ts')).to.contain("export { RouagesThing } from './rouages-thing.js';");
  });
});
