// Refuses code a strict Content-Security-Policy (default-src 'self': no unsafe-inline, no
// unsafe-eval) or Trusted Types (require-trusted-types-for 'script') would block in a page:
// Lit's styleMap, style attributes from text, HTML from strings, eval and its kin.
// Run by `npm run build` (rollup.config.js) and by .ci/run; `node scripts/check-csp.mjs [dir…]`
// checks src/ or the directories given. Before checking, it checks itself on samples: each
// rule must catch its bad sample and pass the good ones, so that a broken rule cannot pass
// everything unnoticed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each rule: what it refuses, why, a sample it must catch. */
export const RULES = [
  { pattern: /\bstyleMap\b|lit\/directives\/style-map/, why: "Lit's styleMap writes a style attribute (style-src-attr); use cssProps from src/elements/shared/css-props.ts", bad: "import { styleMap } from 'lit/directives/style-map.js';" },
  // A style binding is safe only through cssProps, or a helper whose body is a cssProps call (found in the sources).
  { pattern: (safe) => new RegExp(`\\bstyle\\s*=\\s*(?:["'][^"'$]+\\$\\{|["']?\\$\\{(?!\\s*(?:${safe.join('|')})\\())`), why: 'a style attribute from a binding (style-src-attr); use cssProps', bad: 'html`<li style="--c: ${color}">`' },
  { pattern: /setAttribute\(\s*['"]style['"]/, why: 'a style attribute set from script (style-src-attr); use element.style.setProperty or cssProps', bad: "el.setAttribute('style', css);" },
  { pattern: /\bunsafe(HTML|SVG|MathML)\b|lit\/directives\/unsafe-/, why: 'HTML from a string (Trusted Types); render text with Lit templates', bad: 'html`${unsafeHTML(text)}`' },
  { pattern: /\.(innerHTML|outerHTML)\s*\+?=(?!=)|\binsertAdjacentHTML\s*\(|\bdocument\.write(ln)?\s*\(|\bcreateContextualFragment\s*\(|\bDOMParser\b/, why: 'HTML from a string (Trusted Types)', bad: 'el.innerHTML = text;' },
  { pattern: /(?<![\w.$])eval\s*\(/, why: "eval (script-src without 'unsafe-eval')", bad: 'eval(code);' },
  { pattern: /\bnew\s+Function\s*\(|(?<![\w.$])Function\s*\(\s*['"`]/, why: "new Function (script-src without 'unsafe-eval')", bad: "const f = new Function('a', 'return a');" },
  { pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/, why: "a timer from a string (script-src without 'unsafe-eval')", bad: "setTimeout('go()', 10);" },
];

/** Samples every rule must let through. */
const GOOD = [
  'html`<li style=${cssProps({ "--c": color })}>`',
  'html`<span style=${cssProps({ width: `${Math.round(score * 100)}%` })}></span>`',
  'const tint = (id: string) => cssProps({ "--c": id }); html`<tr style=${tint(d.id)}>`',
  '// Lit\'s styleMap is refused: see css-props.ts',
  '/* never new Function( here */ const evaluate = (x) => x.evaluate(1);',
  'el.innerHTML === ""; el.textContent = text;',
  'const styles = css`:host { display: block }`;',
];

/** Blanks comments (keeping line numbers), so that a comment may name what it refuses. */
export function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/[^\n]*/g, (match, before = '') => before + match.slice(before.length).replace(/[^\n]/g, ' '));
}

/** Names of helpers that only wrap cssProps (`const tint = (…) => cssProps(…)`), safe in a style binding. */
export function cssPropsHelpers(source) {
  const names = [];
  for (const m of stripComments(source).matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*\([^)]*\)\s*(?::[^=\n]+)?=>\s*cssProps\(|\bfunction\s+(\w+)\s*\([^)]*\)[^{\n]*\{\s*return\s+cssProps\(/g)) names.push(m[1] ?? m[2]);
  return names;
}

/** The problems in one file's text: `{ line, text, why }` for each line a rule refuses. */
export function checkSource(source, safeStyleHelpers = []) {
  const safe = ['cssProps', ...safeStyleHelpers];
  const patterns = RULES.map((rule) => (typeof rule.pattern === 'function' ? rule.pattern(safe) : rule.pattern));
  const problems = [];
  stripComments(source)
    .split('\n')
    .forEach((text, i) => {
      RULES.forEach((rule, r) => {
        if (patterns[r].test(text)) problems.push({ line: i + 1, text: text.trim(), why: rule.why });
      });
    });
  return problems;
}

/** Throws when a rule misses its bad sample or refuses a good one. */
export function selfCheck() {
  for (const rule of RULES) if (!checkSource(rule.bad).some((p) => p.why === rule.why)) throw new Error(`check-csp: the rule "${rule.why}" misses its own sample: ${rule.bad}`);
  for (const sample of GOOD) {
    const problems = checkSource(sample, cssPropsHelpers(sample));
    if (problems.length) throw new Error(`check-csp: a safe sample is refused: ${sample} (${problems[0].why})`);
  }
  if (!checkSource('html`<tr style=${paint(d.id)}>`', []).length) throw new Error('check-csp: a style binding through an unknown function passes');
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(m?[jt]sx?)$/.test(name) && !/\.d\.ts$/.test(name)) yield path;
  }
}

/** Every problem in the source files under `dirs`, as `path:line  text  (why)` lines. */
export function checkDirectories(dirs) {
  selfCheck();
  const files = dirs.flatMap((dir) => [...sourceFiles(dir)]).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
  const helpers = files.flatMap(({ source }) => cssPropsHelpers(source));
  // Aliases of those helpers (`export const tint = dimensionTint;`), to a fixed point.
  const aliases = files.flatMap(({ source }) => [...stripComments(source).matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*(\w+)\s*;/g)].map((m) => [m[1], m[2]]));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [name, target] of aliases) if (helpers.includes(target) && !helpers.includes(name)) grown = helpers.push(name) > 0;
  }
  const lines = [];
  for (const { path: file, source } of files) for (const p of checkSource(source, helpers)) lines.push(`${relative(process.cwd(), file)}:${p.line}  ${p.text}\n    ${p.why}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.slice(2);
  const problems = checkDirectories(dirs.length ? dirs : ['src']);
  if (problems.length) {
    console.error(`CSP-unsafe code (a page with a strict Content-Security-Policy or Trusted Types would block it):\n${problems.join('\n')}`);
    process.exit(1);
  }
}
