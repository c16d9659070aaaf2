// Short names for what the main wasm module and wasm-bindgen's glue call each other by (release
// builds; scripts/post-build.mjs runs it before it minifies the glue).
//
// wasm-bindgen names each import after the JavaScript it calls and a hash of its signature
// (`__wbg_classList_97e966c261669b85`), and the glue's module `./launchplan-app_bg.js`; a closure's
// entry is exported under its full mangled Rust name. Both files spell every name out, and the
// hashes are sixteen hex digits that gzip cannot shrink: about 3 KB of gzip in each file.
// Here every import of the glue's module, the module itself and the long exports get names of one
// to a few letters, in the wasm's import and export sections and in the glue's import object and
// `wasm.<export>` calls. The chunks import only from `__wasm_split` (the loader), never by these
// names. Anything that does not match what wasm-bindgen 0.2.130 writes stops the build.

const GLUE_MODULE = './launchplan-app_bg.js';
// Exports the glue calls by a name longer than this get a short one; the rest (memory, the
// table, `__wbindgen_malloc`, the loader's `__wasm_split_shared0`) keep theirs.
const LONG_EXPORT = 40;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The k-th short name: a … Z, aa … ZZ, aaa …, each a JavaScript identifier. */
export function shortName(k) {
  let name = '';
  for (;;) {
    name = LETTERS[k % LETTERS.length] + name;
    k = Math.floor(k / LETTERS.length);
    if (k === 0) return name;
    k -= 1;
  }
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const nameBytes = (name) => {
  const bytes = encoder.encode(name);
  return [...leb(bytes.length), ...bytes];
};

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [decoder.decode(bytes.subarray(start, start + length)), start + length];
}

// Skips an import's description (function, table, memory, global, tag) and returns where the
// next import starts.
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const [flags, q] = readLeb(bytes, p);
    let r = readLeb(bytes, q)[1];
    if (flags & 1) r = readLeb(bytes, r)[1];
    return r;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return readLeb(bytes, at + 1)[1];
    default: throw new Error(`short-names: an import of unknown kind ${kind}`);
  }
}

/**
 * Renames the glue's imports and the long exports in a wasm module. Returns the new module and
 * the renames: `imports` (old name → new), `module` (the glue module's new name) and `exports`,
 * with `exportNames`, every export's name before renaming. A module renamed already (by an
 * earlier run) has no import of the glue's module left: `imports` is then empty, and
 * `renamedBefore` counts its imports from the short module name.
 */
export function renameInWasm(wasm) {
  const bytes = new Uint8Array(wasm);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('short-names: not a wasm module');
  }
  const out = [bytes.subarray(0, 8)];
  const imports = new Map();
  const exports = new Map();
  const exportNames = [];
  let renamedBefore = 0;
  const module = shortName(0);
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    const end = start + size;
    const body = bytes.subarray(start, end);
    if (id === 2 || id === 7) {
      const [count, first] = readLeb(body, 0);
      const rewritten = [...leb(count)];
      let p = first;
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const [from, q] = readName(body, p);
          const [field, r] = readName(body, q);
          const next = skipImportDesc(body, r);
          if (from === module) renamedBefore += 1;
          if (from === GLUE_MODULE) {
            if (imports.has(field)) throw new Error(`short-names: ${field} is imported twice`);
            imports.set(field, shortName(imports.size));
            rewritten.push(...nameBytes(module), ...nameBytes(imports.get(field)));
          } else {
            rewritten.push(...body.subarray(p, r));
          }
          rewritten.push(...body.subarray(r, next));
          p = next;
        } else {
          const [field, q] = readName(body, p);
          const next = readLeb(body, q + 1)[1];
          exportNames.push(field);
          if (field.length > LONG_EXPORT) {
            exports.set(field, `_${shortName(exports.size)}`);
            rewritten.push(...nameBytes(exports.get(field)));
          } else {
            rewritten.push(...body.subarray(p, q));
          }
          rewritten.push(...body.subarray(q, next));
          p = next;
        }
      }
      if (p !== body.length) throw new Error(`short-names: section ${id} was not read to its end`);
      out.push(Uint8Array.of(id, ...leb(rewritten.length)), Uint8Array.from(rewritten));
    } else {
      out.push(bytes.subarray(at, end));
    }
    at = end;
  }
  const length = out.reduce((n, part) => n + part.length, 0);
  const result = new Uint8Array(length);
  let offset = 0;
  for (const part of out) {
    result.set(part, offset);
    offset += part.length;
  }
  return { wasm: result, imports, module, exports, exportNames, renamedBefore };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Applies `renameInWasm`'s renames to wasm-bindgen's glue (as wasm-bindgen wrote it). */
export function renameInGlue(js, { imports, module, exports }) {
  const replaceOnce = (text, pattern, replacement, what) => {
    let count = 0;
    const next = text.replace(pattern, (...args) => {
      count += 1;
      return typeof replacement === 'function' ? replacement(...args) : replacement;
    });
    if (count !== 1) throw new Error(`short-names: ${what} found ${count} times in the glue, not once`);
    return next;
  };
  // The import object's keys: `name: function(` (or `name(` once minified).
  for (const [name, short] of imports) {
    js = replaceOnce(js, new RegExp(`(^|[\\s{,])${escape(name)}(\\s*:\\s*function\\s*\\(|\\s*\\()`, 'gm'), (_, before, after) => `${before}${short}${after}`, `the import ${name}`);
  }
  js = replaceOnce(js, new RegExp(`(["'])${escape(GLUE_MODULE)}\\1(\\s*:)`, 'g'), (_, _q, after) => `${module}${after}`, `the module key ${GLUE_MODULE}`);
  // The exports, called as `wasm.<name>` (every call, however many).
  for (const [name, short] of exports) {
    const pattern = new RegExp(`\\.${escape(name)}\\b`, 'g');
    const count = (js.match(pattern) ?? []).length;
    if (count === 0) throw new Error(`short-names: the export ${name} is not called in the glue`);
    js = js.replace(pattern, `.${short}`);
  }
  return js;
}

/**
 * Drops the glue's classes for wasm-streams' Rust types (`IntoUnderlyingSource` and the rest),
 * whose wasm exports index.html's wasm-opt options remove (nothing in the app makes one): every
 * method of theirs calls an export that is gone. `exports` is the module's export names; a class
 * whose exports are still there stops the build. Returns the glue and the names dropped.
 */
export function dropStreamClasses(js, exports) {
  const dropped = [];
  for (;;) {
    const found = /export\s+class\s+(IntoUnderlying\w*)\s*\{/.exec(js);
    if (!found) break;
    const name = found[1];
    if (exports.some((e) => e.toLowerCase().startsWith(name.toLowerCase() + '_') || e.toLowerCase().includes(`__wbg_${name.toLowerCase()}_`))) {
      throw new Error(`short-names: the module still exports ${name}'s methods`);
    }
    // The class body, by its braces (its methods hold no strings with braces).
    let depth = 0;
    let end = found.index + found[0].length - 1;
    for (; end < js.length; end++) {
      if (js[end] === '{') depth += 1;
      else if (js[end] === '}' && --depth === 0) break;
    }
    if (depth !== 0) throw new Error(`short-names: the class ${name} does not end`);
    js = js.slice(0, found.index) + js.slice(end + 1);
    // Its `Symbol.dispose` method, as wasm-bindgen writes it or minified.
    const dispose = new RegExp(`(?:if\\s*\\(\\s*Symbol\\.dispose\\s*\\)\\s*${name}\\.prototype\\[Symbol\\.dispose\\]\\s*=\\s*${name}\\.prototype\\.free\\s*;?|Symbol\\.dispose\\s*&&\\s*\\(\\s*${name}\\.prototype\\[Symbol\\.dispose\\]\\s*=\\s*${name}\\.prototype\\.free\\s*\\)\\s*[;,]?)`);
    if (!dispose.test(js)) throw new Error(`short-names: no Symbol.dispose line for ${name}`);
    js = js.replace(dispose, '');
    if (new RegExp(`\\b${name}\\b`).test(js)) throw new Error(`short-names: ${name} is still used in the glue`);
    dropped.push(name);
  }
  return { js, dropped };
}
