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
 * Payload: a msgpack array of three values, the module's name table (ext NAMES
 * wrapping an array of strings, each distinct name once), its code object and
 * the warnings compiling it raised (`CachedWarning`),
 * written with tspy extension types (see EXT_*) so that the Python constant
 * types survive exactly. A code object is ext CODE wrapping an array of two
 * values (`CODE_ITEMS`): its body, one bin, and co_consts. The body starts
 * with its scalar and name fields as unsigned LEB128 varints
 * (`CODE_INFO_FIELDS`; the name fields are indices into the name table, which
 * CPython's marshal shares the same way, with refs), then the name lists and
 * the lengths of its byte fields (`CODE_BODY_LENGTHS`), then the bytes of
 * co_localspluskinds, co_code, co_linetable and co_exceptiontable back to
 * back (format 6; format 5 had five msgpack values per code object, format 4
 * sixteen: every value costs msgpackr a call to write and to read). Ints are
 * plain msgpack integers in the int32 range and ext INT (two's complement,
 * little-endian, any size) beyond it, floats ext FLOAT (IEEE-754 binary64,
 * so 1.0, -0.0, nan and inf stay floats), complex ext COMPLEX, `...` ext
 * ELLIPSIS, tuples/frozensets ext TUPLE/FROZENSET wrapping an array, strings
 * msgpack str (or ext WSTR, UTF-16 code units, when the string holds lone
 * surrogates, which UTF-8 cannot carry; ext CPSTR, u32 code points, for a
 * `ConstSurrogateStr`), bytes msgpack bin, None nil, bools
 * true/false. Decoding validates every field's type and range and throws
 * `CacheFormatError`: a cache file is either exactly what was written or
 * rejected.
 *
 * payload_writer.ts writes the payload (the bytes msgpackr's Packr would
 * write, faster); msgpackr's Unpackr, with the reading halves of the
 * extensions registered here, reads it.
 */
import { Unpackr, addExtension } from 'msgpackr';
import { CodeObject } from '../bytecode/code.js';
import type { CodeFields } from '../bytecode/code.js';
import { ConstComplex, ConstFrozenSet, ConstSurrogateStr, ConstTuple, ELLIPSIS } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';
import { EXT_CODE, EXT_COMPLEX, EXT_CPSTR, EXT_ELLIPSIS, EXT_FLOAT, EXT_FROZENSET, EXT_INT, EXT_NAMES, EXT_TUPLE, EXT_WSTR, writePayload } from './payload_writer.js';
import { CacheFormatError, HEADER_SIZE, computeChecksum, corrupt, readHeader, writeHeader } from './header.js';
import type { CacheHeader, InvalidationMode, SourceStat } from './header.js';

export * from './header.js';

/**
 * Encode a complete cache file: the payload of `code` behind a header for
 * `mode` carrying `sourceHash` (xxHash64 of the source bytes), the source's
 * `stat` (timestamp mode; null allowed otherwise) and the compiler build id.
 */
export function encodeCacheFile(
  code: CodeObject,
  mode: InvalidationMode,
  sourceHash: bigint,
  stat: SourceStat | null,
  compilerBuild = 0,
  warnings: readonly CachedWarning[] = [],
): Uint8Array {
  const out = writePayload(code, warnings, HEADER_SIZE);
  writeHeader(out, mode, sourceHash, stat, compilerBuild);
  return out;
}

/**
 * Decode a complete cache file: header checks, payload checksum, then the
 * payload itself. The source stamp is returned in the header for the caller to
 * compare. Throws CacheFormatError on any inconsistency.
 */
export function decodeCacheFile(buf: Uint8Array): { header: CacheHeader; code: CodeObject; warnings: CachedWarning[] } {
  const header = readHeader(buf);
  if (computeChecksum(buf) !== header.checksum) corrupt('checksum mismatch');
  return { header, ...decodePayloadWithWarnings(buf.subarray(HEADER_SIZE)) };
}

/**
 * A compile-time warning kept in the cache file (the third payload value), so
 * that a program run from its cache can show what compiling it showed
 * (`file:lineno: SyntaxWarning: message`; the file is the code's co_filename).
 */
export interface CachedWarning {
  category: 'SyntaxWarning';
  message: string;
  lineno: number;
}

/** The warning categories a cache file may name. */
const WARNING_CATEGORIES: ReadonlySet<string> = new Set(['SyntaxWarning']);

// ---------------------------------------------------------------------------
// Payload codec (msgpackr with extension types)
// ---------------------------------------------------------------------------

/** msgpack extension type codes of the payload (defined beside the writer). 1..10: none collides with msgpackr's built-in extensions. */
export { EXT_CODE, EXT_TUPLE, EXT_FROZENSET, EXT_FLOAT, EXT_COMPLEX, EXT_INT, EXT_ELLIPSIS, EXT_WSTR, EXT_CPSTR, EXT_NAMES } from './payload_writer.js';

/** The two values inside ext CODE, in order. */
export const CODE_ITEMS = ['body', 'co_consts'] as const;

/**
 * The first varints of a code object's body bin, in order: its scalar fields,
 * then its name fields as name-table indices. After them come the name-index
 * lists, each as a count and that many indices (co_names, then
 * co_localsplusnames), then the varints of CODE_BODY_LENGTHS, then the raw
 * bytes: co_localspluskinds (one byte per co_localsplusnames entry) and the
 * fields of CODE_BODY_LENGTHS in that order, and nothing else.
 */
export const CODE_INFO_FIELDS = [
  'co_argcount',
  'co_posonlyargcount',
  'co_kwonlyargcount',
  'co_stacksize',
  'co_flags',
  'co_firstlineno',
  'co_filename',
  'co_name',
  'co_qualname',
] as const satisfies readonly (keyof CodeFields)[];

/** The byte fields stored at the end of a code object's body, each preceded (among the varints) by its length. */
export const CODE_BODY_LENGTHS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const satisfies readonly (keyof CodeFields)[];

// What ext FLOAT, INT and WSTR decode to, for readConst to tell them from plain msgpack numbers and strings.
class FloatBox {
  constructor(readonly value: number) {}
}
class IntBox {
  constructor(readonly value: bigint) {}
}
class WStrBox {
  constructor(readonly value: string) {}
}
/** What ext NAMES decodes to: the table itself is kept in `readNames` for the code objects that follow. */
const NAMES_READ = Symbol('name table');

function bytesToInt(b: Uint8Array): bigint {
  if (b.length === 0) corrupt('empty int');
  let x = 0n;
  for (let i = b.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(b[i]);
  if (b[b.length - 1] & 0x80) x -= 1n << BigInt(8 * b.length);
  return x;
}

let registered = false;

/**
 * Register the reading half of the payload's msgpack extensions (msgpackr
 * keeps them globally; payload_writer.ts writes the payload). "Write"-style
 * extensions (`d4 TYPE 00` then a value) have `read`, byte extensions `unpack`.
 */
function registerExtensions(): void {
  if (registered) return;
  registered = true;
  addExtension({ type: EXT_CODE, read: (data: unknown) => readCode(data) });
  addExtension({
    type: EXT_NAMES,
    read(data: unknown) {
      if (readNames !== null) corrupt('more than one name table');
      readNames = readStrArray(data, 'name table');
      return NAMES_READ;
    },
  });
  addExtension({ type: EXT_TUPLE, read: (data: unknown) => new ConstTuple(readConstArray(data, 'tuple')) });
  addExtension({ type: EXT_FROZENSET, read: (data: unknown) => new ConstFrozenSet(readConstArray(data, 'frozenset')) });
  addExtension({
    type: EXT_FLOAT,
    unpack(b: Uint8Array) {
      if (b.length !== 8) corrupt('float of wrong size');
      return new FloatBox(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true));
    },
  });
  addExtension({
    type: EXT_COMPLEX,
    unpack(b: Uint8Array) {
      if (b.length !== 16) corrupt('complex of wrong size');
      const dv = new DataView(b.buffer, b.byteOffset, 16);
      return new ConstComplex(dv.getFloat64(0, true), dv.getFloat64(8, true));
    },
  });
  addExtension({ type: EXT_INT, unpack: (b: Uint8Array) => new IntBox(bytesToInt(b)) });
  addExtension({
    type: EXT_ELLIPSIS,
    unpack(b: Uint8Array) {
      if (b.length !== 1 || b[0] !== 0) corrupt('bad Ellipsis');
      return ELLIPSIS;
    },
  });
  addExtension({
    type: EXT_CPSTR,
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
    type: EXT_WSTR,
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

/** Read position inside the body bin being decoded (readCode is not re-entered while it runs). */
let infoPos = 0;

/** The next unsigned LEB128 varint (at most 32 bits, no overlong form) of `b` at infoPos. */
function readVarint(b: Uint8Array, what: string): number {
  let p = infoPos;
  if (p >= b.length) corrupt(`code body ends before ${what}`);
  let x = b[p++];
  if (x < 0x80) {
    infoPos = p;
    return x;
  }
  let v = x & 0x7f;
  let scale = 0x80;
  for (;;) {
    if (p >= b.length) corrupt(`code body ends inside ${what}`);
    x = b[p++];
    v += (x & 0x7f) * scale;
    if (x < 0x80) break;
    scale *= 0x80;
    if (scale > 0x10000000) corrupt(`${what} is longer than 32 bits`);
  }
  if (x === 0 || v > 0xffffffff) corrupt(`${what} is not a valid varint`);
  infoPos = p;
  return v;
}

/** The next varint of the body bin as an index into the name table, resolved to its name. */
function readNameAt(b: Uint8Array, names: string[], what: string): string {
  const i = readVarint(b, what);
  if (i >= names.length) corrupt(`${what} is not a valid name index`);
  return names[i];
}

/** A count, then that many name indices, resolved to their names. */
function readNameList(b: Uint8Array, names: string[], what: string): string[] {
  const n = readVarint(b, what);
  if (n > b.length - infoPos) corrupt(`${what} is longer than the code body`);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = readNameAt(b, names, what);
  return out;
}

/**
 * A code object from its ext CODE array (CODE_ITEMS). Bytecode is not checked
 * opcode by opcode: the checksum has vouched for the bytes, and an unknown
 * opcode (a file made by hand) is the eval loop's SystemError, as in CPython.
 */
function readCode(data: unknown): CodeObject {
  if (!Array.isArray(data) || data.length !== CODE_ITEMS.length) corrupt('code object has the wrong shape');
  const names = readNames;
  if (names === null) return corrupt('code object before the name table');
  const body = readBytes(data[0], 'code body');
  infoPos = 0;
  const co_argcount = readVarint(body, 'co_argcount');
  const co_posonlyargcount = readVarint(body, 'co_posonlyargcount');
  const co_kwonlyargcount = readVarint(body, 'co_kwonlyargcount');
  const co_stacksize = readVarint(body, 'co_stacksize');
  const co_flags = readVarint(body, 'co_flags');
  const co_firstlineno = readVarint(body, 'co_firstlineno');
  const co_filename = readNameAt(body, names, 'co_filename');
  const co_name = readNameAt(body, names, 'co_name');
  const co_qualname = readNameAt(body, names, 'co_qualname');
  const co_names = readNameList(body, names, 'co_names');
  const co_localsplusnames = readNameList(body, names, 'co_localsplusnames');
  const codeLen = readVarint(body, 'co_code length');
  const lineLen = readVarint(body, 'co_linetable length');
  const excLen = readVarint(body, 'co_exceptiontable length');
  const nlocals = co_localsplusnames.length;
  const kindsAt = infoPos;
  const codeAt = kindsAt + nlocals;
  const lineAt = codeAt + codeLen;
  const excAt = lineAt + lineLen;
  if (excAt + excLen !== body.length) corrupt('code body lengths do not add up');
  if (codeLen % 2 !== 0) corrupt(`co_code of ${co_name} has odd length`);
  if (co_argcount + co_kwonlyargcount > nlocals) corrupt('more arguments than local slots');
  if (co_posonlyargcount > co_argcount) corrupt('co_posonlyargcount exceeds co_argcount');
  const f: CodeFields = {
    co_argcount,
    co_posonlyargcount,
    co_kwonlyargcount,
    co_stacksize,
    co_flags,
    co_code: body.subarray(codeAt, lineAt),
    co_consts: readConstArray(data[1], 'co_consts'),
    co_names,
    co_localsplusnames,
    co_localspluskinds: body.subarray(kindsAt, codeAt),
    co_filename,
    co_name,
    co_qualname,
    co_firstlineno,
    co_linetable: body.subarray(lineAt, excAt),
    co_exceptiontable: body.subarray(excAt),
  };
  return new CodeObject(f);
}

let unpackr: Unpackr | null = null;

/**
 * Encode a module's code object tree as the payload bytes: [ext NAMES, ext
 * CODE, warnings], the warnings an array of [category, message, lineno]
 * (payload_writer.ts).
 */
export function encodePayload(code: CodeObject, warnings: readonly CachedWarning[] = []): Uint8Array {
  return writePayload(code, warnings, 0);
}

/**
 * Decode payload bytes into a code object, validating every field. Throws
 * CacheFormatError. The bytes fields of the result (co_code, co_linetable,
 * ...) and bytes constants are views of `payload`, not copies: the caller
 * hands the payload over and must not modify it afterwards (the loader's
 * buffers come fresh from readFileSync).
 */
export function decodePayload(payload: Uint8Array): CodeObject {
  return decodePayloadWithWarnings(payload).code;
}

/** decodePayload, with the payload's compile-time warnings. Throws CacheFormatError. */
export function decodePayloadWithWarnings(payload: Uint8Array): { code: CodeObject; warnings: CachedWarning[] } {
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
  if (!Array.isArray(v) || v.length !== 3 || v[0] !== NAMES_READ || !(v[1] instanceof CodeObject)) corrupt('payload is not a name table, a code object and warnings');
  return { code: v[1], warnings: readWarnings(v[2]) };
}

/** The payload's warnings: an array of [category, message, lineno]. */
function readWarnings(data: unknown): CachedWarning[] {
  if (!Array.isArray(data)) return corrupt('warnings are not an array');
  const out: CachedWarning[] = [];
  for (const w of data) {
    if (!Array.isArray(w) || w.length !== 3) corrupt('a warning is not [category, message, lineno]');
    const [category, message, lineno] = w as unknown[];
    if (typeof category !== 'string' || !WARNING_CATEGORIES.has(category)) corrupt('unknown warning category');
    if (typeof lineno !== 'number' || !Number.isInteger(lineno) || lineno < 0 || lineno > 0xffffffff) corrupt('warning line is not a valid number');
    out.push({ category: category as CachedWarning['category'], message: readStr(message, 'warning message'), lineno });
  }
  return out;
}
