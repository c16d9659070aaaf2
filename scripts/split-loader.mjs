// The chunks' loader, written smaller (called by scripts/post-build.mjs before it is minified).
//
// scripts/wasm-split/wasm-bindgen writes one entry per wasm file: the same eight lines of fetch
// and instantiate for each of the ~170 shared chunks, and for each split (a part of the app
// fetched on first use) the list of shared chunks it needs, named one by one. The loader is
// fetched at start, so its size counts there. This keeps the helpers it starts with as they are
// and writes the entries again: one function that fetches a file, the shared chunks made from a
// list of their numbers, and each split's needs as ranges of numbers ("17-38,61-105"). The
// chunks are the same, made the same way and loaded at the same moments.
//
// Anything in the loader that is not what this expects stops the build: a loader written
// another way must be looked at, not half rewritten.

const ENTRY = new RegExp(
  String.raw`(?:/\*[^*]*\*/\n)?(?:const __chunk_(\d+)|export const (\w+)) = (wrapAsyncCb\()?makeLoad\(\(\) => \{\n` +
    String.raw` {4}const src = fetch\(new URL\("\./([\w.-]+\.wasm)", import\.meta\.url\)\);\n` +
    String.raw` {4}src\.catch\(\(\) => \{\}\);\n` +
    String.raw` {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n` +
    String.raw`\}\n, \[([^\]]*)\]\)\)?;\n?`,
  'g',
);

/** Sorted numbers as ranges: [1, 2, 3, 7] → "1-3,7". */
export function toRanges(numbers) {
  const out = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

/** The loader `js` with its entries written compactly (see above), and the wasm files it loads. */
export function compactLoader(js) {
  const entries = [];
  const helpers = js.replace(ENTRY, (_, chunk, name, wrapped, file, deps) => {
    entries.push({ chunk: chunk === undefined ? undefined : Number(chunk), name, wrapped: !!wrapped, file, deps: deps.split(',').map((d) => d.trim()).filter(Boolean) });
    return '';
  });
  const fail = (why) => {
    throw new Error(`split-loader: ${why} (has scripts/wasm-split/wasm-bindgen changed how it writes __wasm_split-*.js?)`);
  };
  if (!/function makeLoad\(fetcher, deps\)/.test(helpers) || !/function wrapAsyncCb\(callee\)/.test(helpers)) fail('no makeLoad and wrapAsyncCb helpers');
  if (/__chunk_|export |fetch\(/.test(helpers)) fail('an entry is written in a way this does not read');
  // The names the entries below add at the top of the module must be free.
  const taken = helpers.match(/\b(loadFile|numbered|chunks|needs)\b/)?.[1];
  if (taken) fail(`the loader already has a "${taken}"`);
  const chunks = entries.filter((e) => e.chunk !== undefined);
  const splits = entries.filter((e) => e.chunk === undefined);
  if (!splits.length) fail('no splits');
  const suffix = chunks.length ? (chunks[0].file.match(/^chunk_\d+(-[0-9a-f]+\.wasm)$/)?.[1] ?? fail(`a chunk file named ${chunks[0].file}`)) : '';
  const numbers = chunks.map((c) => c.chunk).sort((a, b) => a - b);
  for (const c of chunks) {
    if (c.file !== `chunk_${c.chunk}${suffix}`) fail(`chunk ${c.chunk} in ${c.file}`);
    if (c.deps.length || c.wrapped) fail(`chunk ${c.chunk} needs other chunks or is exported`);
  }
  const known = new Set(numbers);
  const lines = [
    helpers.trimEnd(),
    '// The entries, written smaller by scripts/split-loader.mjs.',
    'const loadFile = (file, deps) => makeLoad(() => {',
    '    const src = fetch(new URL(file, import.meta.url));',
    '    src.catch(() => {});',
    '    return async (imports) => WebAssembly.instantiateStreaming(src, imports);',
    '}, deps);',
    'const numbered = (ranges) => ranges.split(",").flatMap((range) => {',
    '    const [first, last = first] = range.split("-").map(Number);',
    '    return Array.from({ length: last - first + 1 }, (_, i) => first + i);',
    '});',
    'const chunks = [];',
    ...(numbers.length ? [`for (const n of numbered(${JSON.stringify(toRanges(numbers))})) chunks[n] = loadFile(\`./chunk_\${n}${suffix}\`, []);`] : []),
    'const needs = (ranges) => ranges ? numbered(ranges).map((n) => chunks[n]) : [];',
  ];
  for (const s of splits) {
    const needed = s.deps.map((d) => Number(d.match(/^__chunk_(\d+)$/)?.[1] ?? fail(`${s.name} needs ${d}`)));
    if (needed.some((n) => !known.has(n))) fail(`${s.name} needs a chunk that is not there`);
    const sorted = [...needed].sort((a, b) => a - b);
    const load = `loadFile(${JSON.stringify(`./${s.file}`)}, needs(${JSON.stringify(toRanges(sorted))}))`;
    lines.push(`export const ${s.name} = ${s.wrapped ? `wrapAsyncCb(${load})` : load};`);
  }
  return { js: `${lines.join('\n')}\n`, files: entries.map((e) => e.file) };
}
