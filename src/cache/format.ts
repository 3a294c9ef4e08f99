/**
 * The cache file format: the payload codec, and (through header.ts) the magic
 * number and header layout.
 * This file is the single source of truth for the format; docs/cache-format.md
 * documents it byte by byte and scripts/example-cache.mjs regenerates
 * `__pycache__.example/` from it.
 *
 * The header (magic, flags, source stamp, compiler build, length, checksum)
 * lives in header.ts and is re-exported from here.
 *
 * Payload: a msgpack array of two values, the module's name table (ext NAMES
 * wrapping an array of strings, each distinct name once) and its code object,
 * written with tspy extension types (see EXT_*) so that the Python constant
 * types survive exactly. A code object is ext CODE wrapping an array of its 16
 * fields in `CODE_FIELDS` order, where the name fields (co_names,
 * co_localsplusnames, co_filename, co_name, co_qualname) are indices into the
 * name table (CPython's marshal shares them the same way, with refs); ints are plain msgpack
 * integers in the int32 range and ext INT (two's complement, little-endian,
 * any size) beyond it, floats ext FLOAT (IEEE-754 binary64,
 * so 1.0, -0.0, nan and inf stay floats), complex ext COMPLEX, `...` ext
 * ELLIPSIS, tuples/frozensets ext TUPLE/FROZENSET wrapping an array, strings
 * msgpack str (or ext WSTR, UTF-16 code units, when the string holds lone
 * surrogates, which UTF-8 cannot carry; ext CPSTR, u32 code points, for a
 * `ConstSurrogateStr`), bytes msgpack bin, None nil, bools
 * true/false. Decoding validates every field's type and range and throws
 * `CacheFormatError`: a cache file is either exactly what was written or
 * rejected.
 */
import { Packr, Unpackr, addExtension } from 'msgpackr';
import { CodeObject } from '../bytecode/code.js';
import type { CodeFields } from '../bytecode/code.js';
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple, ELLIPSIS } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';
import { OPCODES } from '../bytecode/opcodes.js';
import { CacheFormatError, HEADER_SIZE, computeChecksum, corrupt, readHeader, writeHeader } from './header.js';
import type { CacheHeader, InvalidationMode, SourceStat } from './header.js';

export * from './header.js';

/**
 * Encode a complete cache file: the payload of `code` behind a header for
 * `mode` carrying `sourceHash` (xxHash64 of the source bytes), the source's
 * `stat` (timestamp mode; null allowed otherwise) and the compiler build id.
 */
export function encodeCacheFile(code: CodeObject, mode: InvalidationMode, sourceHash: bigint, stat: SourceStat | null, compilerBuild = 0): Uint8Array {
  const payload = encodePayload(code);
  const out = new Uint8Array(HEADER_SIZE + payload.length);
  out.set(payload, HEADER_SIZE);
  writeHeader(out, mode, sourceHash, stat, compilerBuild);
  return out;
}

/**
 * Decode a complete cache file: header checks, payload checksum, then the
 * payload itself. The source stamp is returned in the header for the caller to
 * compare. Throws CacheFormatError on any inconsistency.
 */
export function decodeCacheFile(buf: Uint8Array): { header: CacheHeader; code: CodeObject } {
  const header = readHeader(buf);
  if (computeChecksum(buf) !== header.checksum) corrupt('checksum mismatch');
  return { header, code: decodePayload(buf.subarray(HEADER_SIZE)) };
}

// ---------------------------------------------------------------------------
// Payload codec (msgpackr with extension types)
// ---------------------------------------------------------------------------

/** msgpack extension type codes of the payload. 1..8: none collides with msgpackr's built-in extensions. */
export const EXT_CODE = 1;
export const EXT_TUPLE = 2;
export const EXT_FROZENSET = 3;
export const EXT_FLOAT = 4;
export const EXT_COMPLEX = 5;
export const EXT_INT = 6;
export const EXT_ELLIPSIS = 7;
export const EXT_WSTR = 8;
/** A `ConstSurrogateStr`: its code points as u32 little-endian. */
export const EXT_CPSTR = 9;
/** The payload's name table: an array of strings (msgpack str, or ext WSTR), which name fields index. */
export const EXT_NAMES = 10;

/** Order of the code object fields inside ext CODE. */
export const CODE_FIELDS = [
  'co_argcount',
  'co_posonlyargcount',
  'co_kwonlyargcount',
  'co_stacksize',
  'co_flags',
  'co_code',
  'co_consts',
  'co_names',
  'co_localsplusnames',
  'co_localspluskinds',
  'co_filename',
  'co_name',
  'co_qualname',
  'co_firstlineno',
  'co_linetable',
  'co_exceptiontable',
] as const satisfies readonly (keyof CodeFields)[];

// Wire-only boxes: JS numbers/bigints/odd strings can't carry their Python type through msgpack on their own.
class FloatBox {
  constructor(readonly value: number) {}
}
class IntBox {
  constructor(readonly value: bigint) {}
}
class WStrBox {
  constructor(readonly value: string) {}
}
/** The name table of a payload being written. */
class NameTable {
  constructor(readonly names: string[]) {}
}
/** What ext NAMES decodes to: the table itself is kept in `readNames` for the code objects that follow. */
const NAMES_READ = Symbol('name table');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** String.prototype.isWellFormed (ES2024; in Node 20), much faster than the regular expression it replaces. */
const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !LONE_SURROGATE.test(s);

function wireStr(s: string): string | WStrBox {
  return isWellFormed(s) ? s : new WStrBox(s);
}

function wireStrs(a: readonly string[]): unknown[] {
  const out = new Array<unknown>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = wireStr(a[i]);
  return out;
}

function wireConsts(a: readonly ConstValue[]): unknown[] {
  const out = new Array<unknown>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = wireConst(a[i]);
  return out;
}

/** Ints in this range travel as plain msgpack integers (1-5 bytes, no extension object); others as ext INT. */
const SMALL_INT_MIN = -(2n ** 31n);
const SMALL_INT_MAX = 2n ** 31n - 1n;

function wireConst(v: ConstValue): unknown {
  switch (typeof v) {
    case 'number':
      return new FloatBox(v);
    case 'bigint':
      // A plain msgpack integer always means a Python int: floats travel as ext FLOAT.
      return v >= SMALL_INT_MIN && v <= SMALL_INT_MAX ? Number(v) : new IntBox(v);
    case 'string':
      return wireStr(v);
    case 'boolean':
      return v;
    case 'object':
      if (v === null) return null;
      if (v instanceof Uint8Array) return v;
      if (v instanceof ConstTuple || v instanceof ConstFrozenSet || v instanceof CodeObject) return v;
      if (v instanceof ConstComplex || v instanceof ConstEllipsis || v instanceof ConstSurrogateStr) return v;
  }
  throw new Error(`tspy cache: cannot encode constant of type ${typeof v}`);
}

function intToBytes(v: bigint): Uint8Array {
  // Minimal two's complement, little-endian, at least one byte.
  const out: number[] = [];
  let x = v;
  for (;;) {
    const byte = Number(x & 0xffn);
    out.push(byte);
    x >>= 8n;
    if ((x === 0n && (byte & 0x80) === 0) || (x === -1n && (byte & 0x80) !== 0)) break;
  }
  return Uint8Array.from(out);
}

function bytesToInt(b: Uint8Array): bigint {
  if (b.length === 0) corrupt('empty int');
  let x = 0n;
  for (let i = b.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(b[i]);
  if (b[b.length - 1] & 0x80) x -= 1n << BigInt(8 * b.length);
  return x;
}

let registered = false;

/** Register the payload's msgpack extensions (msgpackr keeps them globally). */
function registerExtensions(): void {
  if (registered) return;
  registered = true;
  addExtension({
    Class: CodeObject,
    type: EXT_CODE,
    write(code: CodeObject) {
      // In CODE_FIELDS order.
      return [
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_stacksize,
        code.co_flags,
        code.co_code,
        wireConsts(code.co_consts),
        nameIndices(code.co_names),
        nameIndices(code.co_localsplusnames),
        code.co_localspluskinds,
        nameIndex(code.co_filename),
        nameIndex(code.co_name),
        nameIndex(code.co_qualname),
        code.co_firstlineno,
        code.co_linetable,
        code.co_exceptiontable,
      ];
    },
    read(data: unknown) {
      return readCode(data);
    },
  });
  addExtension({
    Class: NameTable,
    type: EXT_NAMES,
    write: (t: NameTable) => wireStrs(t.names),
    read(data: unknown) {
      if (readNames !== null) corrupt('more than one name table');
      readNames = readStrArray(data, 'name table');
      return NAMES_READ;
    },
  });
  addExtension({
    Class: ConstTuple,
    type: EXT_TUPLE,
    write: (t: ConstTuple) => wireConsts(t.items),
    read: (data: unknown) => new ConstTuple(readConstArray(data, 'tuple')),
  });
  addExtension({
    Class: ConstFrozenSet,
    type: EXT_FROZENSET,
    write: (t: ConstFrozenSet) => wireConsts(t.items),
    read: (data: unknown) => new ConstFrozenSet(readConstArray(data, 'frozenset')),
  });
  addExtension({
    Class: FloatBox,
    type: EXT_FLOAT,
    pack(f: FloatBox) {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setFloat64(0, f.value, true);
      return b;
    },
    unpack(b: Uint8Array) {
      if (b.length !== 8) corrupt('float of wrong size');
      return new FloatBox(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true));
    },
  });
  addExtension({
    Class: ConstComplex,
    type: EXT_COMPLEX,
    pack(c: ConstComplex) {
      const b = new Uint8Array(16);
      const dv = new DataView(b.buffer);
      dv.setFloat64(0, c.real, true);
      dv.setFloat64(8, c.imag, true);
      return b;
    },
    unpack(b: Uint8Array) {
      if (b.length !== 16) corrupt('complex of wrong size');
      const dv = new DataView(b.buffer, b.byteOffset, 16);
      return new ConstComplex(dv.getFloat64(0, true), dv.getFloat64(8, true));
    },
  });
  addExtension({
    Class: IntBox,
    type: EXT_INT,
    pack: (i: IntBox) => intToBytes(i.value),
    unpack: (b: Uint8Array) => new IntBox(bytesToInt(b)),
  });
  addExtension({
    Class: ConstEllipsis,
    type: EXT_ELLIPSIS,
    pack: () => Uint8Array.of(0),
    unpack(b: Uint8Array) {
      if (b.length !== 1 || b[0] !== 0) corrupt('bad Ellipsis');
      return ELLIPSIS;
    },
  });
  addExtension({
    Class: ConstSurrogateStr,
    type: EXT_CPSTR,
    pack(s: ConstSurrogateStr) {
      const b = new Uint8Array(s.codePoints.length * 4);
      const dv = new DataView(b.buffer);
      s.codePoints.forEach((c, i) => dv.setUint32(i * 4, c, true));
      return b;
    },
    unpack(b: Uint8Array) {
      if (b.length % 4) corrupt('code-point string of wrong size');
      const dv = new DataView(b.buffer, b.byteOffset, b.length);
      const cps: number[] = [];
      for (let i = 0; i < b.length; i += 4) {
        const c = dv.getUint32(i, true);
        if (c > 0x10ffff) corrupt('code point out of range');
        cps.push(c);
      }
      return new ConstSurrogateStr(cps);
    },
  });
  addExtension({
    Class: WStrBox,
    type: EXT_WSTR,
    pack(s: WStrBox) {
      const b = new Uint8Array(s.value.length * 2);
      const dv = new DataView(b.buffer);
      for (let i = 0; i < s.value.length; i++) dv.setUint16(i * 2, s.value.charCodeAt(i), true);
      return b;
    },
    unpack(b: Uint8Array) {
      if (b.length % 2) corrupt('odd-length UTF-16 string');
      const dv = new DataView(b.buffer, b.byteOffset, b.length);
      let s = '';
      for (let i = 0; i < b.length; i += 2) s += String.fromCharCode(dv.getUint16(i, true));
      return new WStrBox(s);
    },
  });
}

function readStr(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof WStrBox) return v.value;
  return corrupt(`${what} is not a string`);
}

/**
 * A bytes field: msgpackr's view of the payload, kept as it is (no copy): the
 * code object shares the payload's memory, which decodePayload's contract
 * gives it (see there). Copying every field cost a third of the load time.
 */
function readBytes(v: unknown, what: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  return corrupt(`${what} is not bytes`);
}

function readUint(v: unknown, what: string, max = 0xffffffff): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) corrupt(`${what} is not a valid count`);
  return v;
}

function readConst(v: unknown): ConstValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') {
    // A plain msgpack integer is a small Python int (the writer sends those as such, and floats as ext FLOAT).
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) corrupt('plain number constant out of the small-int range');
    return BigInt(v);
  }
  if (v instanceof FloatBox) return v.value;
  if (v instanceof IntBox) return v.value;
  if (v instanceof WStrBox) return v.value;
  // Tuples, frozensets and code objects were checked by their own ext readers.
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet || v instanceof CodeObject || v instanceof ConstComplex || v instanceof ConstSurrogateStr || v === ELLIPSIS) return v;
  if (v instanceof Uint8Array) return v;
  return corrupt(`invalid constant (${typeof v === 'object' ? Object.prototype.toString.call(v) : typeof v})`);
}

/** Check and convert the constants of a decoded array in place (the array is msgpackr's, fresh and unshared). */
function readConstArray(data: unknown, what: string): ConstValue[] {
  if (!Array.isArray(data)) corrupt(`${what} is not an array`);
  for (let i = 0; i < data.length; i++) data[i] = readConst(data[i]);
  return data as ConstValue[];
}

/** Check a decoded array of strings in place. */
function readStrArray(data: unknown, what: string): string[] {
  if (!Array.isArray(data)) corrupt(`${what} is not an array`);
  for (let i = 0; i < data.length; i++) {
    const s = data[i];
    if (typeof s !== 'string') data[i] = readStr(s, what);
  }
  return data as string[];
}

/** The name table of the payload being decoded (set by ext NAMES, which comes first). */
let readNames: string[] | null = null;

/** A name field: an index into the name table. */
function readName(v: unknown, what: string): string {
  const names = readNames;
  if (names === null) return corrupt(`${what} before the name table`);
  if (typeof v !== 'number' || !(v >= 0 && v < names.length) || !Number.isInteger(v)) return corrupt(`${what} is not a valid name index`);
  return names[v];
}

/** An array of name indices, replaced in place by the names. */
function readNameArray(data: unknown, what: string): string[] {
  if (!Array.isArray(data)) corrupt(`${what} is not an array`);
  for (let i = 0; i < data.length; i++) data[i] = readName(data[i], what);
  return data as string[];
}

/** VALID_OPCODE[op] is 1 for an opcode of the table (opcodes.ts), 0 otherwise. */
const VALID_OPCODE: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let op = 0; op < 256; op++) t[op] = OPCODES[op] ? 1 : 0;
  return t;
})();

function checkBytecode(code: Uint8Array, name: string): void {
  if (code.length % 2 !== 0) corrupt(`co_code of ${name} has odd length`);
  for (let i = 0; i < code.length; i += 2) {
    if (VALID_OPCODE[code[i]] === 0) corrupt(`unknown opcode ${code[i]} in ${name}`);
  }
}

function readCode(data: unknown): CodeObject {
  if (!Array.isArray(data) || data.length !== CODE_FIELDS.length) corrupt('code object has the wrong shape');
  const f: CodeFields = {
    co_argcount: readUint(data[0], 'co_argcount'),
    co_posonlyargcount: readUint(data[1], 'co_posonlyargcount'),
    co_kwonlyargcount: readUint(data[2], 'co_kwonlyargcount'),
    co_stacksize: readUint(data[3], 'co_stacksize'),
    co_flags: readUint(data[4], 'co_flags'),
    co_code: readBytes(data[5], 'co_code'),
    co_consts: readConstArray(data[6], 'co_consts'),
    co_names: readNameArray(data[7], 'co_names'),
    co_localsplusnames: readNameArray(data[8], 'co_localsplusnames'),
    co_localspluskinds: readBytes(data[9], 'co_localspluskinds'),
    co_filename: readName(data[10], 'co_filename'),
    co_name: readName(data[11], 'co_name'),
    co_qualname: readName(data[12], 'co_qualname'),
    co_firstlineno: readUint(data[13], 'co_firstlineno'),
    co_linetable: readBytes(data[14], 'co_linetable'),
    co_exceptiontable: readBytes(data[15], 'co_exceptiontable'),
  };
  if (f.co_localspluskinds.length !== f.co_localsplusnames.length) corrupt('co_localspluskinds does not match co_localsplusnames');
  if (f.co_argcount + f.co_kwonlyargcount > f.co_localsplusnames.length) corrupt('more arguments than local slots');
  if (f.co_posonlyargcount > f.co_argcount) corrupt('co_posonlyargcount exceeds co_argcount');
  checkBytecode(f.co_code, f.co_name);
  return new CodeObject(f);
}

let packr: Packr | null = null;
let unpackr: Unpackr | null = null;

/** Index of every name of the payload being written, in name-table order. */
let writeNames: Map<string, number> | null = null;

function nameIndex(s: string): number {
  const i = writeNames?.get(s);
  if (i === undefined) throw new Error('tspy cache: name missing from the name table');
  return i;
}

function nameIndices(a: readonly string[]): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = nameIndex(a[i]);
  return out;
}

/** Every name field of the tree under `code`, each distinct string once, in first-seen (pre-)order. */
function collectNames(code: CodeObject): Map<string, number> {
  const index = new Map<string, number>();
  const add = (s: string): void => {
    if (!index.has(s)) index.set(s, index.size);
  };
  const visitConst = (k: ConstValue): void => {
    if (k instanceof CodeObject) visitCode(k);
    else if (k instanceof ConstTuple || k instanceof ConstFrozenSet) k.items.forEach(visitConst);
  };
  const visitCode = (c: CodeObject): void => {
    add(c.co_filename);
    add(c.co_name);
    add(c.co_qualname);
    for (const s of c.co_names) add(s);
    for (const s of c.co_localsplusnames) add(s);
    for (const k of c.co_consts) visitConst(k);
  };
  visitCode(code);
  return index;
}

/** Encode a module's code object tree as the payload bytes: [ext NAMES, ext CODE]. */
export function encodePayload(code: CodeObject): Uint8Array {
  registerExtensions();
  packr ??= new Packr({ useRecords: false, moreTypes: false, structuredClone: false });
  writeNames = collectNames(code);
  try {
    return packr.pack([new NameTable([...writeNames.keys()]), code]);
  } finally {
    writeNames = null;
  }
}

/**
 * Decode payload bytes into a code object, validating every field. Throws
 * CacheFormatError. The bytes fields of the result (co_code, co_linetable,
 * ...) and bytes constants are views of `payload`, not copies: the caller
 * hands the payload over and must not modify it afterwards (the loader's
 * buffers come fresh from readFileSync).
 */
export function decodePayload(payload: Uint8Array): CodeObject {
  registerExtensions();
  unpackr ??= new Unpackr({ useRecords: false, moreTypes: false, structuredClone: false, mapsAsObjects: true });
  // A plain Uint8Array view: msgpackr's bin values are subarrays of what it is given, and a Buffer would make them Buffers.
  const src = Buffer.isBuffer(payload) ? new Uint8Array(payload.buffer, payload.byteOffset, payload.length) : payload;
  let v: unknown;
  readNames = null;
  try {
    v = unpackr.unpack(src);
  } catch (e) {
    if (e instanceof CacheFormatError) throw e;
    corrupt(`bad payload (${(e as Error)?.message ?? String(e)})`);
  } finally {
    readNames = null;
  }
  if (!Array.isArray(v) || v.length !== 2 || v[0] !== NAMES_READ || !(v[1] instanceof CodeObject)) corrupt('payload is not a name table and a code object');
  return v[1];
}
