#!/usr/bin/env node
// Regenerate __pycache__.example/: a small module tree's real cache files and
// a README that decodes one of them byte by byte. Run after `npm run build`:
//   node scripts/example-cache.mjs
// Never edit the generated files by hand (DESIGN.md: the example is generated).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '__pycache__.example');
const api = await import(path.join(ROOT, 'dist/index.js'));
const link = await import(path.join(ROOT, 'dist/cache/compiler_link.js'));
const fmt = await import(path.join(ROOT, 'dist/cache/format.js'));
await api.init();
// Build id 0 ("unknown"): the example must not depend on when tspy was built.
link.setCompilerBuildId(0);

const SOURCES = {
  'greet.py': 'def add(a, b=1.0):\n    return a + b\nprint(add(2), "sum")\n',
  'shapes/__init__.py': '"""Shapes."""\nfrom .area import square\n',
  'shapes/area.py': 'def square(side):\n    return side * side\n\nUNIT = ("m", 2, None, ...)\n',
  'main.py': 'import greet\nimport shapes\nprint(shapes.square(3), shapes.area.UNIT)\n',
};

fs.rmSync(OUT, { recursive: true, force: true });
for (const [rel, text] of Object.entries(SOURCES)) {
  const src = path.join(OUT, 'src', rel);
  fs.mkdirSync(path.dirname(src), { recursive: true });
  fs.writeFileSync(src, text);
  // A fixed mtime (2024-01-01T00:00:00.123456789Z) so that the header's recorded stat does not change with every regeneration.
  fs.utimesSync(src, 1704067200.123456789, 1704067200.123456789);
  const stem = rel.replace(/\.py$/, '');
  // Compile with a relative filename so the files do not depend on where the repo lives.
  const cachePath = path.join(OUT, `${stem}.${fmt.CACHE_TAG}.pyc`);
  const cwd = process.cwd();
  process.chdir(path.join(OUT, 'src'));
  try {
    await api.compileFile(rel, { cachePath });
  } finally {
    process.chdir(cwd);
  }
}

// ---------------------------------------------------------------------------
// Byte-by-byte decoding of greet.tspy-311.pyc
// ---------------------------------------------------------------------------

const file = fs.readFileSync(path.join(OUT, `greet.${fmt.CACHE_TAG}.pyc`));
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
const rows = [];
const row = (off, bytes, meaning) => rows.push(`${off.toString(16).padStart(6, '0')}  ${hex(bytes).padEnd(24)}  ${meaning}`);

const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
row(0, file.subarray(0, 2), `magic number ${dv.getUint16(0, true)} (u16 LE) = 24000 + FORMAT_VERSION ${fmt.FORMAT_VERSION}`);
row(2, file.subarray(2, 4), 'b"\\r\\n"');
const O = fmt.HEADER_OFFSETS;
/** One header row: the field at `off`, `size` bytes long. */
const field = (off, size, meaning) => row(off, file.subarray(off, off + size), meaning);
field(O.checksum, 8, `checksum: xxHash64 of bytes 0x${fmt.CHECKSUM_START.toString(16)} to the end = 0x${dv.getBigUint64(O.checksum, true).toString(16).padStart(16, '0')}`);
const flags = dv.getUint32(O.flags, true);
field(O.flags, 4, `flags ${flags} = hash-based | check-source (checked-hash)${flags & 4 ? ' | racy' : ''}`);
field(O.sourceHash, 8, `source hash: xxHash64 of src/greet.py = 0x${dv.getBigUint64(O.sourceHash, true).toString(16).padStart(16, '0')}`);
const mtimeNs = dv.getBigUint64(O.sourceMtimeNs, true);
field(O.sourceMtimeNs, 8, `source mtime ${mtimeNs} ns = ${new Date(Number(mtimeNs / 1000000n)).toISOString().slice(0, 19)}.${(mtimeNs % 1000000000n).toString().padStart(9, '0')}Z (as stat'ed; only timestamp mode relies on it)`);
field(O.sourceSize, 8, `source size ${dv.getBigUint64(O.sourceSize, true)} bytes`);
field(O.compilerBuild, 4, `compiler build 0x${dv.getUint32(O.compilerBuild, true).toString(16).padStart(8, '0')} (0 = unknown: written for this example)`);
field(O.payloadLength, 4, `payload length ${dv.getUint32(O.payloadLength, true)}`);

const EXT = { 1: 'CODE', 2: 'TUPLE', 3: 'FROZENSET', 4: 'FLOAT', 5: 'COMPLEX', 6: 'INT', 7: 'ELLIPSIS', 8: 'WSTR', 9: 'CPSTR', 10: 'NAMES' };
/** The name table, filled in as its strings are decoded (the code objects' name fields index it). */
const names = [];
let pos = fmt.HEADER_SIZE;

function pyRepr(s) {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Decode one msgpack value at `pos`, emitting rows; `label` names it (a field or an index).
 * `ctx` is 'names' inside the name table (its strings are collected for the code objects' name indices).
 */
function value(label, depth, ctx = null) {
  const ind = '  '.repeat(depth);
  const start = pos;
  const b = file[pos++];
  const take = (n) => {
    const s = file.subarray(pos, pos + n);
    pos += n;
    return s;
  };
  const u = (n) => {
    const s = take(n);
    return n === 1 ? s[0] : n === 2 ? (s[0] << 8) | s[1] : new DataView(s.buffer, s.byteOffset, 4).getUint32(0);
  };
  const emitHead = (meaning) => row(start, file.subarray(start, pos), `${ind}${label}${meaning}`);
  const bin = (n, what) => {
    emitHead(`${what}, ${n} bytes:`);
    for (let i = 0; i < n; i += 8) {
      const at = pos;
      const chunk = take(Math.min(8, n - i));
      row(at, chunk, `${ind}  …`);
    }
  };
  const array = (n, fields) => {
    emitHead(depth === 1 && label === '[2] ' ? `warnings: array of ${n} [category, message, lineno]` : `array of ${n}`);
    // co_consts: tell each item whether the body fills it in from the name table.
    for (let i = 0; i < n; i++) value(fields ? `${fields[i]} = ` : `[${i}] `, depth + 1, ctx instanceof Map ? { tabled: ctx.get(i) } : ctx);
  };
  const str = (s, how) => {
    if (ctx === 'names') return joinedNames(s, how);
    return emitHead(`str ${pyRepr(s)}${how}`);
  };
  /** The joined name table: its header, then each name's bytes (and the U+0000 after it) on rows of their own. */
  const joinedNames = (s, how) => {
    const parts = s.split('\0');
    names.push(...parts);
    row(start, file.subarray(start, pos - Buffer.byteLength(s)), `${ind}${label}str${how}, ${Buffer.byteLength(s)} bytes: ${parts.length} names joined by U+0000`);
    let at = pos - Buffer.byteLength(s);
    parts.forEach((name, i) => {
      const n = Buffer.byteLength(name) + (i < parts.length - 1 ? 1 : 0);
      for (let k = 0; k < n; k += 8) {
        const m = Math.min(8, n - k);
        row(at, file.subarray(at, at + m), k === 0 ? `${ind}  [${i}] ${pyRepr(name)}${i < parts.length - 1 ? ', then 00' : ''}` : `${ind}  …`);
        at += m;
      }
    });
  };
  if (b <= 0x7f) return emitHead(`${b}`);
  if (b >= 0xe0) return emitHead(`${b - 256}`);
  if ((b & 0xf0) === 0x90) return array(b & 0x0f, null);
  if ((b & 0xe0) === 0xa0) {
    const n = b & 0x1f;
    return str(new TextDecoder().decode(take(n)), '');
  }
  switch (b) {
    case 0xc0:
      if (ctx?.tabled !== undefined) return emitHead(`nil, filled in with str ${pyRepr(ctx.tabled)} from the name table (the body lists it)`);
      return emitHead('None (nil)');
    case 0xc2:
      return emitHead('False');
    case 0xc3:
      return emitHead('True');
    case 0xc4:
      return bin(u(1), 'bytes (bin8)');
    case 0xc5:
      return bin(u(2), 'bytes (bin16)');
    case 0xcc:
      return emitHead(`${u(1)} (uint8)`);
    case 0xcd:
      return emitHead(`${u(2)} (uint16)`);
    case 0xce:
      return emitHead(`${u(4)} (uint32)`);
    case 0xd9: {
      const n = u(1);
      return str(new TextDecoder().decode(take(n)), ' (str8)');
    }
    case 0xdc:
      return array(u(2), null);
    case 0xd4:
    case 0xd5:
    case 0xd6:
    case 0xd7:
    case 0xd8: {
      const size = { 0xd4: 1, 0xd5: 2, 0xd6: 4, 0xd7: 8, 0xd8: 16 }[b];
      const type = file[pos++];
      const name = EXT[type] ?? `unknown ${type}`;
      if (name === 'CODE' || name === 'TUPLE' || name === 'FROZENSET' || name === 'NAMES') {
        take(1); // filler byte of a msgpackr "write" extension tag
        emitHead(`ext ${name} (tag; the value follows)`);
        if (name === 'NAMES') return value('name table: ', depth + 1, 'names');
        if (name === 'CODE') {
          const at = pos;
          const head = file[pos];
          if ((head & 0xf0) === 0x90) {
            pos++;
            const n = head & 0x0f;
            row(at, file.subarray(at, pos), `${ind}  array of ${n}: the code object's ${fmt.CODE_ITEMS.join(', ')}`);
            const tabled = codeBody(depth + 2);
            for (let i = 1; i < n; i++) value(`${fmt.CODE_ITEMS[i]} = `, depth + 2, tabled);
            return;
          }
        }
        return value('', depth + 1);
      }
      const data = take(size);
      const ddv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      let meaning = name;
      if (name === 'FLOAT') meaning = `float ${ddv.getFloat64(0, true)}${Number.isInteger(ddv.getFloat64(0, true)) ? '.0' : ''} (ext FLOAT, binary64 LE)`;
      else if (name === 'INT') {
        let x = 0n;
        for (let i = data.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(data[i]);
        if (data[data.length - 1] & 0x80) x -= 1n << BigInt(8 * data.length);
        meaning = `int ${x} (ext INT, two's complement LE)`;
      } else if (name === 'ELLIPSIS') meaning = 'Ellipsis (ext ELLIPSIS)';
      return emitHead(meaning);
    }
    default:
      return emitHead(`(msgpack type 0x${b.toString(16)}; see the msgpack spec)`);
  }
}
/**
 * The body bin of a code object (see fmt.CODE_INFO_FIELDS, fmt.CODE_BODY_LENGTHS): one row per
 * varint, then the kind bytes and the byte fields, 8 bytes a row.
 */
function codeBody(depth) {
  const ind = '  '.repeat(depth);
  const start = pos;
  const b = file[pos++];
  let len;
  if (b === 0xc4) len = file[pos++];
  else if (b === 0xc5) {
    len = (file[pos] << 8) | file[pos + 1];
    pos += 2;
  } else throw new Error('example-cache: code body is not a bin8 or bin16');
  const end = pos + len;
  row(start, file.subarray(start, pos), `${ind}body = bytes (${b === 0xc4 ? 'bin8' : 'bin16'}), ${len} bytes: varints, then raw bytes`);
  const varint = (label, isName) => {
    const at = pos;
    let v = 0;
    let scale = 1;
    for (;;) {
      const x = file[pos++];
      v += (x & 0x7f) * scale;
      scale *= 128;
      if (x < 0x80) break;
    }
    row(at, file.subarray(at, pos), `${ind}  ${label} = ${v}${isName ? `: name ${pyRepr(names[v])}` : ''}`);
    return v;
  };
  for (const f of fmt.CODE_INFO_FIELDS) varint(f, f === 'co_filename' || f === 'co_name' || f === 'co_qualname');
  let locals = 0;
  for (const f of ['co_names', 'co_localsplusnames']) {
    const n = varint(`${f}: count`, false);
    for (let i = 0; i < n; i++) varint(`  [${i}]`, true);
    if (f === 'co_localsplusnames') locals = n;
  }
  // Top-level str constants kept in the name table: co_consts index -> name.
  const tabled = new Map();
  const nt = varint('str constants in the name table: count', false);
  for (let i = 0; i < nt; i++) {
    const k = varint(`  co_consts index`, false);
    tabled.set(k, names[varint(`  name`, true)]);
  }
  const lengths = fmt.CODE_BODY_LENGTHS.map((f) => varint(`${f}: length`, false));
  const bytes = (n, what) => {
    for (let i = 0; i < n; i += 8) {
      const at = pos;
      pos += Math.min(8, n - i);
      row(at, file.subarray(at, pos), i === 0 ? `${ind}  ${what}` : `${ind}  …`);
    }
  };
  bytes(locals, `co_localspluskinds: ${locals} byte(s), CO_FAST_* flags`);
  fmt.CODE_BODY_LENGTHS.forEach((f, i) => bytes(lengths[i], `${f}: ${lengths[i]} bytes`));
  if (pos !== end) throw new Error('example-cache: code body lengths do not add up');
  return tabled;
}

value('', 0);
if (pos !== file.length) throw new Error(`example-cache: decoded ${pos} of ${file.length} bytes`);

const info = [];
const describe = (code, indent) => {
  info.push(`${indent}${code.co_name}: argcount ${code.co_argcount}, flags 0x${code.co_flags.toString(16)}, stacksize ${code.co_stacksize}, ` +
    `names ${JSON.stringify(code.co_names)}, localsplusnames ${JSON.stringify(code.co_localsplusnames)}`);
  for (const c of code.co_consts) if (c && typeof c === 'object' && 'co_code' in c) describe(c, indent + '  ');
};
describe(fmt.decodeCacheFile(file).code, '');

const tree = fs
  .readdirSync(OUT, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.pyc') || f.endsWith('.py'))
  .sort();

const readme = `# \`__pycache__.example/\`: real tspy cache files, decoded

Generated by \`node scripts/example-cache.mjs\` (after \`npm run build\`); do not
edit by hand. The format is specified in \`docs/cache-format.md\` and
implemented in \`src/cache/format.ts\`.

\`src/\` is a small module tree; the \`*.${fmt.CACHE_TAG}.pyc\` files here are its
cache files, one per module, in a single tree that mirrors \`src/\` (\`tspy run\`
would put each in a \`__pycache__/\` beside its source). They are checked-hash
files, so they stay valid wherever they are copied: copy \`greet.${fmt.CACHE_TAG}.pyc\`
to \`src/__pycache__/\` and \`tspy run -v src/main.py\` reports
\`# greet: from cache ...\` (and fixes \`co_filename\` to the real path on load).
\`tspy cache info <file>\` prints any of them.

Files:

${tree.map((f) => `- \`${f}\``).join('\n')}

## \`greet.${fmt.CACHE_TAG}.pyc\`, byte by byte

Source (\`src/greet.py\`):

\`\`\`python
${SOURCES['greet.py']}\`\`\`

The code objects inside:

\`\`\`
${info.join('\n')}
\`\`\`

Every byte of the file (${file.length} bytes; header 0x00–0x2f, then the
msgpack payload; "…" rows continue the bytes of the value above them):

\`\`\`
offset  bytes                     meaning
${rows.join('\n')}
\`\`\`
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme);
console.log(`wrote ${path.relative(ROOT, OUT)}/ (${tree.length} files + README.md)`);
