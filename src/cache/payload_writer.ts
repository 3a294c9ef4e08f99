/**
 * The payload writer: a module's code object tree as the msgpack payload of
 * docs/cache-format.md, written straight into one growable buffer behind
 * room for the header.
 *
 * The bytes are exactly what msgpackr's Packr writes for the same tree with
 * the extensions of format.ts (minimal msgpack headers; "write" extensions
 * as `d4 TYPE 00` followed by their array; "pack" extensions as fixext or
 * ext 8/16/32 around their bytes), so any msgpack reader that knows the
 * extensions reads them back; payload_reader.ts does, for tspy.
 * Writing them here instead of through Packr skips the intermediate values
 * Packr needs (an array per co_consts with boxed floats, a body bin per code
 * object) and its per-value dispatch: encoding was an eighth of `tspy
 * compile`'s main thread, most of it in those.
 *
 * Two passes over the tree, both in pre-order: the first assigns the name
 * indices (the name table goes first in the payload) and keeps each code
 * object's varint prefix (CODE_INFO_FIELDS, the name lists, CODE_BODY_LENGTHS)
 * in one stream; the second writes the payload, taking the prefixes from that
 * stream in the same order.
 */
import { CodeObject } from '../bytecode/code.js';
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';
import type { CachedWarning } from './format.js';

/** Ext type numbers (docs/cache-format.md); format.ts re-exports them. */
export const EXT_CODE = 1;
export const EXT_TUPLE = 2;
export const EXT_FROZENSET = 3;
export const EXT_FLOAT = 4;
export const EXT_COMPLEX = 5;
export const EXT_INT = 6;
export const EXT_ELLIPSIS = 7;
/** A str holding lone surrogates, as UTF-16 code units (UTF-8 cannot carry them). */
export const EXT_WSTR = 8;
/** A ConstSurrogateStr, as u32 code points. */
export const EXT_CPSTR = 9;
/**
 * The payload's name table, each distinct name once: one str, the names joined
 * by NAME_SEPARATOR (one string decode and one split when loading, instead of
 * a decode per name); or, when some name contains the separator or a lone
 * surrogate, an array of str. Besides names it holds the code objects'
 * top-level str constants (`inNameTable`).
 */
export const EXT_NAMES = 10;

/** What separates the names of a joined name table (no identifier or file name contains it). */
export const NAME_SEPARATOR = '\0';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** String.prototype.isWellFormed (ES2024; in Node 20), much faster than the regular expression it replaces. */
export const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !LONE_SURROGATE.test(s);

/** Ints in this range travel as plain msgpack integers (1-5 bytes, no extension); others as ext INT. */
const SMALL_INT_MIN = -(2n ** 31n);
const SMALL_INT_MAX = 2n ** 31n - 1n;

/** Strings at least this long are encoded by TextEncoder.encodeInto rather than code unit by code unit. */
const LONG_STRING = 64;

const utf8 = new TextEncoder();

/** Minimal two's complement, little-endian, at least one byte (ext INT's data). */
export function intToBytes(v: bigint): Uint8Array {
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

// The output buffer, kept between payloads (a module's payload is copied out of it at its exact size).
let buf = new Uint8Array(1 << 16);
let view = new DataView(buf.buffer);
let pos = 0;

/** Make room for `n` more bytes at `pos`. */
function room(n: number): void {
  if (pos + n <= buf.length) return;
  let size = buf.length * 2;
  while (size < pos + n) size *= 2;
  const grown = new Uint8Array(size);
  grown.set(buf.subarray(0, pos));
  buf = grown;
  view = new DataView(buf.buffer);
}

// The varint prefixes of the code objects of the payload being written, back to back, in pre-order.
let prefixes = new Uint8Array(1 << 12);
let prefixLen = 0;
/** End offset in `prefixes` of each code object's prefix, in pre-order. */
let prefixEnds: number[] = [];

function putVarint(v: number): void {
  if (prefixLen + 5 > prefixes.length) {
    const grown = new Uint8Array(prefixes.length * 2);
    grown.set(prefixes.subarray(0, prefixLen));
    prefixes = grown;
  }
  if (!(v >= 0 && v <= 0xffffffff && Number.isInteger(v))) throw new Error(`tspy cache: cannot encode ${v} as a code body varint`);
  while (v >= 0x80) {
    prefixes[prefixLen++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 0x80);
  }
  prefixes[prefixLen++] = v;
}

// The name table being built by the first pass, and whether it can travel joined into one str.
let nameIndex = new Map<string, number>();
let names: string[] = [];
let joinable = true;

function putName(s: string): void {
  let i = nameIndex.get(s);
  if (i === undefined) {
    i = names.length;
    nameIndex.set(s, i);
    names.push(s);
    if (joinable && (s.includes(NAME_SEPARATOR) || !isWellFormed(s))) joinable = false;
  }
  putVarint(i);
}

/** First pass: name indices and varint prefixes of `c` and the code objects under it. */
function prepareCode(c: CodeObject): void {
  if (c.co_localspluskinds.length !== c.co_localsplusnames.length) throw new Error('tspy cache: co_localspluskinds does not match co_localsplusnames');
  putVarint(c.co_argcount);
  putVarint(c.co_posonlyargcount);
  putVarint(c.co_kwonlyargcount);
  putVarint(c.co_stacksize);
  putVarint(c.co_flags);
  putVarint(c.co_firstlineno);
  putName(c.co_filename);
  putName(c.co_name);
  putName(c.co_qualname);
  const conames = c.co_names;
  putVarint(conames.length);
  for (let i = 0; i < conames.length; i++) putName(conames[i]);
  const locals = c.co_localsplusnames;
  putVarint(locals.length);
  for (let i = 0; i < locals.length; i++) putName(locals[i]);
  const consts = c.co_consts;
  tabled.length = 0;
  for (let i = 0; i < consts.length; i++) if (inNameTable(consts[i])) tabled.push(i);
  putVarint(tabled.length);
  for (const i of tabled) {
    putVarint(i);
    putName(consts[i] as string);
  }
  putVarint(c.co_code.length);
  putVarint(c.co_linetable.length);
  putVarint(c.co_exceptiontable.length);
  prefixEnds.push(prefixLen);
  for (let i = 0; i < consts.length; i++) prepareConst(consts[i]);
}

/** Scratch list of the co_consts indices of prepareCode's code object that go in the name table. */
const tabled: number[] = [];

/**
 * Does this co_consts entry travel in the name table (a str the joined table
 * can carry), leaving nil in the consts array? Constants inside tuples and
 * frozensets always travel inline.
 */
function inNameTable(k: ConstValue): boolean {
  return typeof k === 'string' && !k.includes(NAME_SEPARATOR) && isWellFormed(k);
}

function prepareConst(k: ConstValue): void {
  if (typeof k !== 'object' || k === null) return;
  if (k instanceof CodeObject) prepareCode(k);
  else if (k instanceof ConstTuple || k instanceof ConstFrozenSet) for (const x of k.items) prepareConst(x);
}

function arrayHeader(n: number): void {
  room(5);
  if (n < 16) buf[pos++] = 0x90 | n;
  else if (n < 0x10000) {
    buf[pos++] = 0xdc;
    buf[pos++] = n >> 8;
    buf[pos++] = n & 0xff;
  } else {
    buf[pos++] = 0xdd;
    view.setUint32(pos, n);
    pos += 4;
  }
}

function binHeader(n: number): void {
  room(5);
  if (n < 0x100) {
    buf[pos++] = 0xc4;
    buf[pos++] = n;
  } else if (n < 0x10000) {
    buf[pos++] = 0xc5;
    buf[pos++] = n >> 8;
    buf[pos++] = n & 0xff;
  } else {
    buf[pos++] = 0xc6;
    view.setUint32(pos, n);
    pos += 4;
  }
}

function bin(b: Uint8Array): void {
  binHeader(b.length);
  room(b.length);
  buf.set(b, pos);
  pos += b.length;
}

/** A "write" extension's tag (`d4 TYPE 00`); its value follows. */
function tag(type: number): void {
  room(3);
  buf[pos++] = 0xd4;
  buf[pos++] = type;
  buf[pos++] = 0;
}

/** A "pack" extension's header for `n` bytes of data (fixext 1/2/4/8/16, else ext 8/16/32); the data follows. */
function extHeader(type: number, n: number): void {
  room(6 + n);
  switch (n) {
    case 1:
      buf[pos++] = 0xd4;
      break;
    case 2:
      buf[pos++] = 0xd5;
      break;
    case 4:
      buf[pos++] = 0xd6;
      break;
    case 8:
      buf[pos++] = 0xd7;
      break;
    case 16:
      buf[pos++] = 0xd8;
      break;
    default:
      if (n < 0x100) {
        buf[pos++] = 0xc7;
        buf[pos++] = n;
      } else if (n < 0x10000) {
        buf[pos++] = 0xc8;
        buf[pos++] = n >> 8;
        buf[pos++] = n & 0xff;
      } else {
        buf[pos++] = 0xc9;
        view.setUint32(pos, n);
        pos += 4;
      }
  }
  buf[pos++] = type;
}

/** A msgpack integer in its shortest form (`v` a safe integer in the int32..uint32 range). */
function int(v: number): void {
  room(5);
  if (v >= 0) {
    if (v < 0x80) buf[pos++] = v;
    else if (v < 0x100) {
      buf[pos++] = 0xcc;
      buf[pos++] = v;
    } else if (v < 0x10000) {
      buf[pos++] = 0xcd;
      buf[pos++] = v >> 8;
      buf[pos++] = v & 0xff;
    } else {
      buf[pos++] = 0xce;
      view.setUint32(pos, v);
      pos += 4;
    }
  } else if (v >= -0x20) buf[pos++] = 0x100 + v;
  else if (v >= -0x80) {
    buf[pos++] = 0xd0;
    buf[pos++] = v + 0x100;
  } else if (v >= -0x8000) {
    buf[pos++] = 0xd1;
    view.setInt16(pos, v);
    pos += 2;
  } else {
    buf[pos++] = 0xd2;
    view.setInt32(pos, v);
    pos += 4;
  }
}

/** A str (UTF-8, shortest header), or ext WSTR when `s` holds lone surrogates. */
function str(s: string): void {
  if (!isWellFormed(s)) {
    extHeader(EXT_WSTR, s.length * 2);
    for (let i = 0; i < s.length; i++) {
      view.setUint16(pos, s.charCodeAt(i), true);
      pos += 2;
    }
    return;
  }
  const n = s.length;
  // Room for the longest header and UTF-8 form; the data goes after a header sized for n bytes and moves if it is longer.
  room(5 + n * 3);
  const head = n < 0x20 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5;
  const start = pos + head;
  let end = start;
  if (n < LONG_STRING) {
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) buf[end++] = c;
      else if (c < 0x800) {
        buf[end++] = (c >> 6) | 0xc0;
        buf[end++] = (c & 0x3f) | 0x80;
      } else if ((c & 0xfc00) === 0xd800) {
        // A pair (the string is well formed).
        c = 0x10000 + ((c & 0x3ff) << 10) + (s.charCodeAt(++i) & 0x3ff);
        buf[end++] = (c >> 18) | 0xf0;
        buf[end++] = ((c >> 12) & 0x3f) | 0x80;
        buf[end++] = ((c >> 6) & 0x3f) | 0x80;
        buf[end++] = (c & 0x3f) | 0x80;
      } else {
        buf[end++] = (c >> 12) | 0xe0;
        buf[end++] = ((c >> 6) & 0x3f) | 0x80;
        buf[end++] = (c & 0x3f) | 0x80;
      }
    }
  } else end += utf8.encodeInto(s, buf.subarray(start, start + n * 3)).written;
  const len = end - start;
  const need = len < 0x20 ? 1 : len < 0x100 ? 2 : len < 0x10000 ? 3 : 5;
  if (need !== head) buf.copyWithin(pos + need, start, end);
  if (len < 0x20) buf[pos++] = 0xa0 | len;
  else if (len < 0x100) {
    buf[pos++] = 0xd9;
    buf[pos++] = len;
  } else if (len < 0x10000) {
    buf[pos++] = 0xda;
    buf[pos++] = len >> 8;
    buf[pos++] = len & 0xff;
  } else {
    buf[pos++] = 0xdb;
    view.setUint32(pos, len);
    pos += 4;
  }
  pos += len;
}

// Read position in `prefixes` / `prefixEnds` of the second pass.
let prefixAt = 0;
let codeAt = 0;

/** Second pass: ext CODE for `c`, [body bin, co_consts], the nested code objects inside. */
function writeCode(c: CodeObject): void {
  const from = prefixAt;
  const to = prefixEnds[codeAt++];
  prefixAt = to;
  const { co_localspluskinds: kinds, co_code: code, co_linetable: lines, co_exceptiontable: excs } = c;
  const n = to - from + kinds.length + code.length + lines.length + excs.length;
  tag(EXT_CODE);
  room(1);
  buf[pos++] = 0x92;
  binHeader(n);
  room(n);
  buf.set(prefixes.subarray(from, to), pos);
  pos += to - from;
  buf.set(kinds, pos);
  pos += kinds.length;
  buf.set(code, pos);
  pos += code.length;
  buf.set(lines, pos);
  pos += lines.length;
  buf.set(excs, pos);
  pos += excs.length;
  const consts = c.co_consts;
  arrayHeader(consts.length);
  for (let i = 0; i < consts.length; i++) {
    const k = consts[i];
    if (inNameTable(k)) {
      room(1);
      buf[pos++] = 0xc0; // nil: the body's list of tabled str constants fills it in
    } else writeConst(k);
  }
}

function writeConsts(a: readonly ConstValue[]): void {
  arrayHeader(a.length);
  for (let i = 0; i < a.length; i++) writeConst(a[i]);
}

function writeConst(v: ConstValue): void {
  switch (typeof v) {
    case 'number':
      extHeader(EXT_FLOAT, 8);
      view.setFloat64(pos, v, true);
      pos += 8;
      return;
    case 'bigint':
      // A plain msgpack integer always means a Python int: floats travel as ext FLOAT.
      if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) int(Number(v));
      else {
        const b = intToBytes(v);
        extHeader(EXT_INT, b.length);
        buf.set(b, pos);
        pos += b.length;
      }
      return;
    case 'string':
      str(v);
      return;
    case 'boolean':
      room(1);
      buf[pos++] = v ? 0xc3 : 0xc2;
      return;
    case 'object':
      if (v === null) {
        room(1);
        buf[pos++] = 0xc0;
        return;
      }
      if (v instanceof CodeObject) return writeCode(v);
      if (v instanceof ConstTuple) {
        tag(EXT_TUPLE);
        return writeConsts(v.items);
      }
      if (v instanceof Uint8Array) return bin(v);
      if (v instanceof ConstFrozenSet) {
        tag(EXT_FROZENSET);
        return writeConsts(v.items);
      }
      if (v instanceof ConstComplex) {
        extHeader(EXT_COMPLEX, 16);
        view.setFloat64(pos, v.real, true);
        view.setFloat64(pos + 8, v.imag, true);
        pos += 16;
        return;
      }
      if (v instanceof ConstEllipsis) {
        extHeader(EXT_ELLIPSIS, 1);
        buf[pos++] = 0;
        return;
      }
      if (v instanceof ConstSurrogateStr) {
        const cps = v.codePoints;
        extHeader(EXT_CPSTR, cps.length * 4);
        for (let i = 0; i < cps.length; i++) {
          view.setUint32(pos, cps[i], true);
          pos += 4;
        }
        return;
      }
  }
  throw new Error(`tspy cache: cannot encode constant of type ${typeof v}`);
}

/**
 * Encode `code` (and the code objects under it) with `warnings` as the
 * payload bytes, [ext NAMES, ext CODE, warnings], after `reserve` zero bytes
 * (room for the header). Returns a fresh array of exactly reserve + payload
 * bytes. Throws Error for a constant the format cannot carry (a compiler bug).
 */
export function writePayload(code: CodeObject, warnings: readonly CachedWarning[], reserve: number): Uint8Array {
  prefixLen = 0;
  prefixEnds = [];
  nameIndex = new Map();
  names = [];
  joinable = true;
  try {
    prepareCode(code);
    pos = 0;
    room(reserve + 1);
    buf.fill(0, 0, reserve);
    pos = reserve;
    buf[pos++] = 0x93;
    tag(EXT_NAMES);
    if (joinable) str(names.join(NAME_SEPARATOR));
    else {
      arrayHeader(names.length);
      for (let i = 0; i < names.length; i++) str(names[i]);
    }
    prefixAt = 0;
    codeAt = 0;
    writeCode(code);
    arrayHeader(warnings.length);
    for (const w of warnings) {
      arrayHeader(3);
      str(w.category);
      str(w.message);
      int(w.lineno);
    }
    return buf.slice(0, pos);
  } finally {
    nameIndex = new Map();
    names = [];
    prefixEnds = [];
  }
}
