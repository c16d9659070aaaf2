// scripts/split-loader.mjs: the chunks' loader written smaller loads the same files as the one
// scripts/wasm-split/wasm-bindgen writes, and a loader written any other way stops the build.
// Run by scripts/test.sh (node --test tests/scripts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactLoader, toRanges } from '../../scripts/split-loader.mjs';

/** One entry as the generator writes it. */
const entry = (head, file, deps, wrapped) =>
  `${head} = ${wrapped ? 'wrapAsyncCb(' : ''}makeLoad(() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [${deps.map((n) => `__chunk_${n}`).join(', ')}])${wrapped ? ')' : ''};
`;

const HELPERS = `import { initSync } from "./launchplan-app.js";

let sharedImports = undefined;
function getSharedImports() {
    if (sharedImports === undefined) {
        sharedImports = { __wasm_split: {} };
        Object.assign(sharedImports.__wasm_split, initSync(undefined, undefined));
    }
    return sharedImports;
}
function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        let success;
        try {
            await callee();
            success = true;
        } catch (e) {
            success = false;
        } finally {
            getSharedImports().__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, success);
        }
    }
}
function makeLoad(fetcher, deps) {
    const loader = async () => {
        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();
        await Promise.all(parallelStuff);
        return instantiate(getSharedImports());
    };
    let loadingModule = undefined;
    return () => {
        if (loadingModule === undefined) loadingModule = loader();
        return loadingModule;
    }
}
`;

const H = '-0123456789abcdef.wasm';
const LOADER =
  HELPERS +
  [3, 4, 5, 9].map((n) => `/* a, b */\n${entry(`const __chunk_${n}`, `chunk_${n}${H}`, [], false)}`).join('') +
  entry('export const __wasm_split_load_a', `split_a${H}`, [3, 4, 5, 9], true) +
  entry('export const __wasm_split_load_b', `split_b${H}`, [9, 4], true) +
  entry('export const __wasm_split_load_c', `split_c${H}`, [], true);

/** Runs a loader with `fetch` recorded; returns its exports and the files fetched. */
function run(code) {
  const fetched = [];
  const body = code
    .replace(/^import \{ initSync \} from .*$/m, 'const initSync = () => ({ __indirect_function_table: { get: () => () => {} } });')
    .replace(/export const (\w+)/g, 'exports.$1');
  const exports = {};
  new Function('exports', 'fetch', 'URL', 'WebAssembly', 'importMetaUrl', body.replace(/import\.meta\.url/g, 'importMetaUrl'))(
    exports,
    (url) => {
      fetched.push(String(url));
      return Promise.resolve();
    },
    class {
      constructor(path) {
        this.path = path;
      }
      toString() {
        return this.path;
      }
    },
    { instantiateStreaming: async () => ({}) },
    'http://example.org/',
  );
  return { exports, fetched };
}

test('numbers as ranges', () => {
  assert.equal(toRanges([]), '');
  assert.equal(toRanges([7]), '7');
  assert.equal(toRanges([1, 2, 3, 7, 9, 10]), '1-3,7,9-10');
});

test('each split loads the same files as in the loader the generator wrote, and nothing loads before it is asked for', async () => {
  const { js, files } = compactLoader(LOADER);
  assert.ok(js.length < LOADER.length, 'written smaller');
  assert.deepEqual(files.sort(), [...[3, 4, 5, 9].map((n) => `chunk_${n}${H}`), `split_a${H}`, `split_b${H}`, `split_c${H}`].sort());
  for (const name of ['__wasm_split_load_a', '__wasm_split_load_b', '__wasm_split_load_c']) {
    const before = run(LOADER);
    const after = run(js);
    assert.deepEqual(Object.keys(after.exports).sort(), Object.keys(before.exports).sort());
    assert.deepEqual(after.fetched, [], 'nothing fetched before it is asked for');
    await before.exports[name](0, 0);
    await after.exports[name](0, 0);
    assert.deepEqual(after.fetched.sort(), before.fetched.sort(), name);
    // Asked for again, nothing is fetched again.
    await after.exports[name](0, 0);
    assert.equal(after.fetched.length, before.fetched.length);
  }
});

test('a loader written another way stops the build', () => {
  assert.throws(() => compactLoader(LOADER.replace('src.catch(() => {});', 'src.catch(() => null);')), /split-loader/);
  assert.throws(() => compactLoader(LOADER.replace('[__chunk_9, __chunk_4]', '[__chunk_9, __chunk_6]')), /needs a chunk that is not there/);
  assert.throws(() => compactLoader(`${LOADER}\nconst needs = 1;\n`), /already has a "needs"/);
  assert.throws(() => compactLoader(LOADER.replace('function makeLoad(fetcher, deps)', 'function makeLoader(fetcher, deps)')), /no makeLoad/);
});
