// What each crate costs in the wasm: reads a build that still has its name section (cargo's
// release build, before wasm-bindgen and wasm-opt) and adds up the code bytes of every function
// by the crate its name starts with. Static data (tables, strings) has no names: it is one line.
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

function reader(bytes) {
  let at = 0;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const name = () => {
    const len = u32();
    const s = new TextDecoder().decode(bytes.subarray(at, at + len));
    at += len;
    return s;
  };
  return { u32, name, get at() { return at; }, set at(v) { at = v; }, bytes };
}

/**
 * The crate a Rust symbol belongs to, from its mangled name: "_ZN10serde_json2de..." → serde_json;
 * for "<X as Y>::f", X's crate when X is a path, else Y's ("<&T as core::fmt::Debug>" → core).
 */
export function crateOf(symbol) {
  const m = symbol.match(/^_ZN(\d+)/);
  if (!m) {
    if (/^(__wbg|__wbindgen|wasm_bindgen)/.test(symbol)) return 'wasm_bindgen';
    if (/^(memcpy|memset|memmove|memcmp|__rust|rust_|dlmalloc|__rdl|__rg)/.test(symbol)) return 'core (runtime)';
    return '(unnamed)';
  }
  let first = symbol.substr(3 + m[1].length, Number(m[1]));
  first = first.replace(/^_?\$LT\$/, '').replace(/^(\$RF\$|mut\$u20\$|\$BP\$|dyn\$u20\$)+/, '');
  const [self, trait] = first.split('$u20$as$u20$');
  const path = self.includes('..') || !trait ? self : trait;
  return path.split('..')[0].replace(/\$.*$/, '') || '(generic)';
}

/** Code bytes and gzip bytes by crate, largest first, plus the data segments. */
export function wasmCosts(path) {
  const bytes = readFileSync(path);
  const r = reader(bytes);
  r.at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  while (r.at < bytes.length) {
    const id = bytes[r.at++];
    const size = r.u32();
    const end = r.at + size;
    if (id === 2) {
      // Imports: functions among them take the first indices.
      for (let n = r.u32(); n > 0; n--) {
        r.name();
        r.name();
        const kind = bytes[r.at++];
        if (kind === 0) { r.u32(); imported++; }
        else if (kind === 1) { r.at++; const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
        else if (kind === 2) { const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
        else if (kind === 3) { r.at += 2; }
        else break;
      }
    } else if (id === 10) {
      for (let n = r.u32(); n > 0; n--) {
        const len = r.u32();
        bodies.push(bytes.subarray(r.at, r.at + len));
        r.at += len;
      }
    } else if (id === 11) {
      data += size;
    } else if (id === 0 && r.name() === 'name') {
      while (r.at < end) {
        const sub = bytes[r.at++];
        const len = r.u32();
        const subEnd = r.at + len;
        if (sub === 1) {
          for (let n = r.u32(); n > 0; n--) {
            const index = r.u32();
            names.set(index, r.name());
          }
        }
        r.at = subEnd;
      }
    }
    r.at = end;
  }
  if (names.size === 0) throw new Error(`${path} has no name section: build it without stripping names`);
  const byCrate = new Map();
  bodies.forEach((body, i) => {
    const crate = crateOf(names.get(i + imported) ?? '');
    const entry = byCrate.get(crate) ?? { crate, functions: 0, code: 0, parts: [] };
    entry.functions++;
    entry.code += body.length;
    entry.parts.push(body);
    byCrate.set(crate, entry);
  });
  const gz = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;
  const crates = [...byCrate.values()]
    .map(({ parts, ...e }) => ({ ...e, gzip: gz(Buffer.concat(parts)) }))
    .sort((a, b) => b.code - a.code);
  return { crates, data, code: crates.reduce((t, c) => t + c.code, 0) };
}
