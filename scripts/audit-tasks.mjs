// Where the main thread's time goes during a Lighthouse run: the longest tasks of the page's main
// thread in Lighthouse's own trace, each broken down by source file (the CPU profile's samples,
// mapped through the built files' source maps to src/… and node_modules/…). Used by
// scripts/audit.mjs; the trace must hold the V8 sampler (`additionalTraceCategories:
// 'disabled-by-default-v8.cpu_profiler'`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A source map's `mappings`, per generated line: sorted [column, source index] pairs. Only the
 * source file is needed here, so names and original positions are read past, not kept.
 */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) {
        source += values[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The path of a script's address (`/dist/rouages.min.js`); the address itself when it has none (`_lighthouse-eval.js`). */
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** Reads `dist/<file>.map` for a script served from `/dist/`; undefined for any other script. */
function sourceMapFor(url, cache) {
  if (cache.has(url)) return cache.get(url);
  let map;
  const path = pathOf(url);
  if (path.startsWith('/dist/')) {
    try {
      const json = JSON.parse(readFileSync(fileURLToPath(new URL(`..${path}.map`, import.meta.url)), 'utf8'));
      map = { sources: json.sources, lines: decodeMappings(json.mappings) };
    } catch {
      map = undefined;
    }
  }
  cache.set(url, map);
  return map;
}

/** What a source file is, in a few words: an element, the SDK, a library. */
function shortSource(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  const element = path.match(/^src\/elements\/([\w-]+)\//);
  if (element) return `src/elements/${element[1]}/`;
  const module = path.match(/^node_modules\/((@[\w.-]+\/)?[\w.-]+)\//);
  if (module) return module[1];
  return path;
}

/** The page's main thread: the renderer thread of the outermost frame, where its tasks run. */
function mainThread(events) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => !f.parent) ?? started?.args?.data?.frames?.[0];
  const pid = frame?.processId;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid));
  return thread && { pid: thread.pid, tid: thread.tid };
}

/** The V8 samples of the main thread: [{ time (µs, trace clock), frame: { url, lineNumber, columnNumber, functionName } }]. */
function samples(events, thread) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid) profiles.set(e.id, { time: e.args.data.startTime, nodes: new Map(), samples: [] });
  }
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' && e.pid === thread.pid && profiles.get(e.id);
    if (!profile) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      profile.time += timeDeltas[i] ?? 0;
      profile.samples.push({ time: profile.time, id });
    });
  }
  return [...profiles.values()].flatMap((p) => p.samples.map((s) => ({ time: s.time, frame: p.nodes.get(s.id) })));
}

/**
 * Total blocking time estimated from the main thread's CPU time rather than its wall time: each
 * task from the trace's first contentful paint on counts
 * its thread time (`tdur`) times `slowdown` (Lighthouse's CPU slowdown, 4 on mobile), less 50 ms.
 * On a machine shared with other work, a task's wall time includes the time other processes held
 * the CPU, which Lighthouse's simulation then multiplies; its thread time mostly does not. An
 * estimate to compare runs with, not Lighthouse's figure.
 */
export function blockingFromCpu(events, slowdown = 4) {
  const thread = mainThread(events);
  if (!thread) return undefined;
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === thread.pid)?.ts ?? 0;
  let total = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.pid !== thread.pid || e.tid !== thread.tid || e.tdur === undefined) continue;
    if (e.ts + e.dur < paint) continue;
    total += Math.max(0, (e.tdur / 1000) * slowdown - 50);
  }
  return total;
}

/**
 * The `count` longest tasks (by CPU time) of the page's main thread in `events` (a Lighthouse trace), each with
 * its start (ms after the page's request), its observed duration (ms, unthrottled: Lighthouse's
 * simulation multiplies main-thread time by its CPU slowdown), the thread's CPU time in it (ms)
 * and where its time went, by source file, most first: [{ start, duration, cpu, sources: [{ source, share }] }].
 */
export function longestTasks(events, count = 3) {
  const thread = mainThread(events);
  if (!thread) return [];
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === thread.pid)?.ts ?? events.find((e) => e.ts > 0)?.ts ?? 0;
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid)
    // Longest by the thread's CPU time: on a busy machine, wall time also counts other processes.
    .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
    .slice(0, count);
  const all = samples(events, thread);
  const maps = new Map();
  return tasks.map((task) => {
    const time = new Map();
    const inTask = all.filter((s) => s.time >= task.ts && s.time < task.ts + task.dur);
    for (const { frame } of inTask) {
      let source = '(browser: style, layout, paint, parsing)';
      if (frame?.url) {
        const map = sourceMapFor(frame.url, maps);
        const segments = map?.lines[frame.lineNumber] ?? [];
        let found;
        for (const [column, index] of segments) {
          if (column > frame.columnNumber) break;
          found = index;
        }
        source = found === undefined ? pathOf(frame.url) : shortSource(map.sources[found]);
      } else if (frame?.functionName === '(garbage collector)') {
        source = '(garbage collection)';
      } else if (frame?.functionName && !frame.functionName.startsWith('(')) {
        source = `(native: ${frame.functionName})`;
      }
      time.set(source, (time.get(source) ?? 0) + 1);
    }
    const sources = [...time.entries()].sort((a, b) => b[1] - a[1]).map(([source, n]) => ({ source, share: n / inTask.length }));
    return { start: (task.ts - navigation) / 1000, duration: task.dur / 1000, cpu: (task.tdur ?? task.dur) / 1000, sources };
  });
}
