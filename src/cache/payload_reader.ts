/**
 * Reads the cache payload (the reading half of payload_writer.ts; the layout
 * is documented in format.ts and docs/cache-format.md): the msgpack subset
 * that writer produces, with tspy's extension types, straight into code
 * objects in one pass over the bytes. Every value is checked for its type and
 * range; anything else (a truncated value, a msgpack type the writer never
 * writes, an index out of range) is CacheFormatError, never a JS exception.
 *
 * It replaced msgpackr's Unpackr with extension callbacks: loading is done
 * once per module per process, so what counts is the first, cold pass, and a
 * few small functions that know the layout get there sooner than a generic
 * reader (decoding the stdlib's 1,773 cache files in a fresh process: a
 * median 281 ms with msgpackr and format 6, 205 ms with this reader and
 * format 7).
 */
import { CodeObject } from '../bytecode/code.js';
import { ConstComplex, ConstFrozenSet, ConstSurrogateStr, ConstTuple, ELLIPSIS } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';
import { corrupt } from './header.js';
import { EXT_CODE, EXT_COMPLEX, EXT_CPSTR, EXT_ELLIPSIS, EXT_FLOAT, EXT_FROZENSET, EXT_INT, EXT_NAMES, EXT_TUPLE, EXT_WSTR, NAME_SEPARATOR } from './payload_writer.js';

/** A compile-time warning as the payload keeps it (format.ts's CachedWarning). */
export interface PayloadWarning {
  category: string;
  message: string;
  lineno: number;
}

/** Buffer's native slicers (on Buffer.prototype in every Node release; toString(encoding, start, end) wraps them with argument checks). */
interface NativeSlices {
  utf8Slice(start: number, end: number): string;
}

// The payload being read: its bytes (as a Buffer, for the native string slicers), a view, and the position.
const EMPTY = Buffer.alloc(0);
const EMPTY_VIEW = new DataView(new ArrayBuffer(0));
let b: Buffer = EMPTY;
let dv: DataView = EMPTY_VIEW;
let p = 0;
let end = 0;
let names: string[] = [];

// The int constants most code holds, made once (as CPython preallocates -5..256).
const SMALL_LOW = -5;
const SMALL_HIGH = 256;
const SMALL: readonly bigint[] = Array.from({ length: SMALL_HIGH - SMALL_LOW + 1 }, (_, i) => BigInt(i + SMALL_LOW));

function need(n: number, what: string): void {
  if (p + n > end) corrupt(`payload ends inside ${what}`);
}

function byte(what: string): number {
  if (p >= end) corrupt(`payload ends before ${what}`);
  return b[p++];
}

/** Step over the next `n` bytes and return where they start (read them through dv: msgpack is big-endian). */
function take(n: number, what: string): number {
  need(n, what);
  p += n;
  return p - n;
}

/** `d4 TYPE 00`: the header of a "write" extension (the wrapped value follows). */
function expectTag(type: number, what: string): void {
  need(3, what);
  if (b[p] !== 0xd4 || b[p + 1] !== type || b[p + 2] !== 0) corrupt(`${what} expected`);
  p += 3;
}

/** A msgpack array header (fixarray, array 16, array 32); returns its count. */
function arrayHeader(what: string): number {
  const c = byte(what);
  let n: number;
  if (c >= 0x90 && c <= 0x9f) n = c & 0x0f;
  else if (c === 0xdc) n = dv.getUint16(take(2, what));
  else if (c === 0xdd) n = dv.getUint32(take(4, what));
  else return corrupt(`${what} is not an array`);
  // Every item takes at least one byte: a count beyond the rest of the payload is corrupt, not an allocation.
  if (n > end - p) corrupt(`${what} is longer than the payload`);
  return n;
}

/** A str's bytes (p is after its header) as a string. */
function strBody(n: number, what: string): string {
  need(n, what);
  const s = n === 0 ? '' : (b as unknown as NativeSlices).utf8Slice(p, p + n);
  p += n;
  return s;
}

/** The length of a str whose header byte `c` has been read, or -1 when `c` is no str header. */
function strLength(c: number, what: string): number {
  if (c >= 0xa0 && c <= 0xbf) return c & 0x1f;
  if (c === 0xd9) return byte(what);
  if (c === 0xda) return dv.getUint16(take(2, what));
  if (c === 0xdb) return dv.getUint32(take(4, what));
  return -1;
}

/** A str, or ext WSTR (a string with lone surrogates). */
function readStr(what: string): string {
  const c = byte(what);
  const n = strLength(c, what);
  if (n >= 0) return strBody(n, what);
  if ((c >= 0xc7 && c <= 0xc9) || (c >= 0xd4 && c <= 0xd8)) {
    const v = readExt(c, what);
    if (typeof v === 'string') return v;
  }
  return corrupt(`${what} is not a string`);
}

/** The length of a bin whose header byte `c` (bin 8, 16 or 32) has been read. */
function binLength(c: number, what: string): number {
  return c === 0xc4 ? byte(what) : c === 0xc5 ? dv.getUint16(take(2, what)) : dv.getUint32(take(4, what));
}

/** The data length of an ext whose header byte `c` has been read (p then at its type byte), or -1. */
function extLength(c: number, what: string): number {
  switch (c) {
    case 0xd4:
      return 1;
    case 0xd5:
      return 2;
    case 0xd6:
      return 4;
    case 0xd7:
      return 8;
    case 0xd8:
      return 16;
    case 0xc7:
      return byte(what);
    case 0xc8:
      return dv.getUint16(take(2, what));
    case 0xc9:
      return dv.getUint32(take(4, what));
  }
  return -1;
}

/**
 * How deep code objects, tuples and frozensets may nest (CPython's marshal
 * stops at 2000, MAX_MARSHAL_STACK_DEPTH; its parser at 200 nested brackets):
 * deeper is a hand-made file, and reading it would exhaust the JS stack.
 */
const MAX_DEPTH = 2000;
let depth = 0;

/**
 * The value of an ext whose header byte `c` has been read. "Write" extensions
 * (`d4 TYPE 00`, then a value: CODE, TUPLE, FROZENSET) read the value that
 * follows; the others are their data bytes.
 */
function readExt(c: number, what: string): ConstValue {
  const n = extLength(c, what);
  if (n < 0) return corrupt(`${what}: unexpected msgpack type 0x${c.toString(16)}`);
  const type = byte(what);
  need(n, what);
  const at = p;
  if (n === 1 && b[at] === 0 && (type === EXT_CODE || type === EXT_TUPLE || type === EXT_FROZENSET)) {
    p++;
    // No try/finally: an error ends the whole read, and readPayload resets depth.
    if (++depth > MAX_DEPTH) corrupt('constants nested too deeply');
    let v: ConstValue;
    if (type === EXT_CODE) v = readCode();
    else {
      const items = readConsts('tuple');
      v = type === EXT_TUPLE ? new ConstTuple(items) : new ConstFrozenSet(items);
    }
    depth--;
    return v;
  }
  p += n;
  switch (type) {
    case EXT_FLOAT:
      if (n !== 8) corrupt('float of wrong size');
      return dv.getFloat64(at, true);
    case EXT_INT:
      return bytesToInt(at, n);
    case EXT_COMPLEX:
      if (n !== 16) corrupt('complex of wrong size');
      return new ConstComplex(dv.getFloat64(at, true), dv.getFloat64(at + 8, true));
    case EXT_ELLIPSIS:
      if (n !== 1 || b[at] !== 0) corrupt('bad Ellipsis');
      return ELLIPSIS;
    case EXT_WSTR: {
      if (n % 2) corrupt('odd-length UTF-16 string');
      return b.toString('utf16le', at, at + n);
    }
    case EXT_CPSTR: {
      if (n % 4) corrupt('code-point string of wrong size');
      const cps: number[] = [];
      for (let i = at; i < at + n; i += 4) {
        const cp = dv.getUint32(i, true);
        if (cp > 0x10ffff) corrupt('code point out of range');
        cps.push(cp);
      }
      return new ConstSurrogateStr(cps);
    }
  }
  return corrupt(`unknown extension type ${type} in ${what}`);
}

/** ext INT's data: minimal two's complement, little-endian. */
function bytesToInt(at: number, n: number): bigint {
  if (n === 0) corrupt('empty int');
  let x = 0n;
  for (let i = at + n - 1; i >= at; i--) x = (x << 8n) | BigInt(b[i]);
  if (b[at + n - 1] & 0x80) x -= 1n << BigInt(8 * n);
  return x;
}

/** A plain msgpack int (a small Python int) as a bigint. */
function smallInt(v: number): bigint {
  if (v < -0x80000000 || v > 0x7fffffff) corrupt('plain number constant out of the small-int range');
  return v >= SMALL_LOW && v <= SMALL_HIGH ? SMALL[v - SMALL_LOW] : BigInt(v);
}

/** A non-negative msgpack int below 2**32 (a warning's line). */
function readUint(what: string): number {
  const c = byte(what);
  if (c < 0x80) return c;
  if (c === 0xcc) return byte(what);
  if (c === 0xcd) return dv.getUint16(take(2, what));
  if (c === 0xce) return dv.getUint32(take(4, what));
  return corrupt(`${what} is not a valid number`);
}

/** One constant. */
function readConst(): ConstValue {
  const c = byte('a constant');
  if (c < 0x80) return SMALL[c - SMALL_LOW];
  if (c >= 0xe0) return smallInt(c - 0x100);
  const n = strLength(c, 'a string constant');
  if (n >= 0) return strBody(n, 'a string constant');
  switch (c) {
    case 0xc0:
      return null;
    case 0xc2:
      return false;
    case 0xc3:
      return true;
    case 0xc4:
    case 0xc5:
    case 0xc6: {
      const len = binLength(c, 'bytes');
      need(len, 'bytes');
      p += len;
      return plain(b, p - len, p);
    }
    case 0xcc:
      return smallInt(byte('an int'));
    case 0xcd:
      return smallInt(dv.getUint16(take(2, 'an int')));
    case 0xce:
      return smallInt(dv.getUint32(take(4, 'an int')));
    case 0xd0:
      return smallInt(dv.getInt8(take(1, 'an int')));
    case 0xd1:
      return smallInt(dv.getInt16(take(2, 'an int')));
    case 0xd2:
      return smallInt(dv.getInt32(take(4, 'an int')));
  }
  return readExt(c, 'a constant');
}

/** An array of constants (co_consts, or a tuple's or frozenset's items). */
function readConsts(what: string): ConstValue[] {
  const n = arrayHeader(what);
  const out = new Array<ConstValue>(n);
  for (let i = 0; i < n; i++) out[i] = readConst();
  return out;
}

// Varints of the code body being read: [q, qEnd) inside b.
let q = 0;
let qEnd = 0;

function varint(what: string): number {
  if (q >= qEnd) corrupt(`code body ends before ${what}`);
  let x = b[q++];
  if (x < 0x80) return x;
  let v = x & 0x7f;
  let scale = 0x80;
  for (;;) {
    if (q >= qEnd) corrupt(`code body ends inside ${what}`);
    x = b[q++];
    v += (x & 0x7f) * scale;
    if (x < 0x80) break;
    scale *= 0x80;
    if (scale > 0x10000000) corrupt(`${what} is longer than 32 bits`);
  }
  if (x === 0 || v > 0xffffffff) corrupt(`${what} is not a valid varint`);
  return v;
}

function nameAt(what: string): string {
  const i = varint(what);
  if (i >= names.length) corrupt(`${what} is not a valid name index`);
  return names[i];
}

function nameList(what: string): string[] {
  const n = varint(what);
  if (n > qEnd - q) corrupt(`${what} is longer than the code body`);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = nameAt(what);
  return out;
}

/** The name table: one str, the names joined by NAME_SEPARATOR, or an array of str. */
function readNames(): string[] {
  const c = byte('the name table');
  const n = strLength(c, 'the name table');
  if (n >= 0) return strBody(n, 'the name table').split(NAME_SEPARATOR);
  p--;
  const count = arrayHeader('the name table');
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = readStr('the name table');
  return out;
}

/** A code object (p after its `d4 01 00`): [body bin, co_consts] (format.ts CODE_ITEMS, CODE_INFO_FIELDS). */
function readCode(): CodeObject {
  if (byte('a code object') !== 0x92) corrupt('code object has the wrong shape');
  const c = byte('code body');
  if (c < 0xc4 || c > 0xc6) return corrupt('code body is not bytes');
  const len = binLength(c, 'code body');
  need(len, 'code body');
  const bodyAt = p;
  const bodyEnd = p + len;
  p = bodyEnd;
  q = bodyAt;
  qEnd = bodyEnd;
  const co_argcount = varint('co_argcount');
  const co_posonlyargcount = varint('co_posonlyargcount');
  const co_kwonlyargcount = varint('co_kwonlyargcount');
  const co_stacksize = varint('co_stacksize');
  const co_flags = varint('co_flags');
  const co_firstlineno = varint('co_firstlineno');
  const co_filename = nameAt('co_filename');
  const co_name = nameAt('co_name');
  const co_qualname = nameAt('co_qualname');
  const co_names = nameList('co_names');
  const co_localsplusnames = nameList('co_localsplusnames');
  const tabled = varint('the count of tabled str constants');
  const tabledAt = q;
  for (let i = 0; i < tabled; i++) {
    varint('a tabled str constant');
    varint('a tabled str constant');
  }
  const codeLen = varint('co_code length');
  const lineLen = varint('co_linetable length');
  const excLen = varint('co_exceptiontable length');
  const nlocals = co_localsplusnames.length;
  const kindsAt = q;
  const codeAt = kindsAt + nlocals;
  const lineAt = codeAt + codeLen;
  const excAt = lineAt + lineLen;
  if (excAt + excLen !== bodyEnd) corrupt('code body lengths do not add up');
  if (codeLen % 2 !== 0) corrupt(`co_code of ${co_name} has odd length`);
  if (co_argcount + co_kwonlyargcount > nlocals) corrupt('more arguments than local slots');
  if (co_posonlyargcount > co_argcount) corrupt('co_posonlyargcount exceeds co_argcount');
  // Views of the payload, not copies (decodePayload's contract).
  const whole = b;
  const co_consts = readConsts('co_consts');
  if (tabled > 0) {
    // Nested code objects among the constants have moved q: back to this body's list.
    q = tabledAt;
    qEnd = bodyEnd;
    for (let i = 0; i < tabled; i++) {
      const at = varint('a tabled str constant');
      if (at >= co_consts.length || co_consts[at] !== null) corrupt('a tabled str constant does not name a nil in co_consts');
      co_consts[at] = nameAt('a tabled str constant');
    }
  }
  return new CodeObject({
    co_argcount,
    co_posonlyargcount,
    co_kwonlyargcount,
    co_stacksize,
    co_flags,
    co_code: plain(whole, codeAt, lineAt),
    co_consts,
    co_names,
    co_localsplusnames,
    co_localspluskinds: plain(whole, kindsAt, codeAt),
    co_filename,
    co_name,
    co_qualname,
    co_firstlineno,
    co_linetable: plain(whole, lineAt, excAt),
    co_exceptiontable: plain(whole, excAt, bodyEnd),
  });
}

/**
 * A plain Uint8Array view of b[from, to) (the payload's bytes fields are
 * Uint8Array, not Buffer); all empty fields share one empty array (most code
 * objects have no exception table, and a view is some 80 bytes to allocate).
 */
function plain(buf: Buffer, from: number, to: number): Uint8Array {
  return to === from ? NO_BYTES : new Uint8Array(buf.buffer, buf.byteOffset + from, to - from);
}
const NO_BYTES = new Uint8Array(0);

/**
 * Read a payload: [ext NAMES, ext CODE, warnings]. Returns the module's code
 * object and the raw warnings (format.ts checks their categories). Throws
 * CacheFormatError for anything the writer would not have written.
 */
export function readPayload(payload: Uint8Array): { code: CodeObject; warnings: PayloadWarning[] } {
  b = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  dv = new DataView(payload.buffer, payload.byteOffset, payload.length);
  p = 0;
  end = payload.length;
  depth = 0;
  try {
    if (byte('the payload') !== 0x93) corrupt('payload is not a name table, a code object and warnings');
    expectTag(EXT_NAMES, 'the name table');
    names = readNames();
    expectTag(EXT_CODE, 'the module code object');
    const code = readCode();
    const nw = arrayHeader('warnings');
    const warnings: PayloadWarning[] = [];
    for (let i = 0; i < nw; i++) {
      if (arrayHeader('a warning') !== 3) corrupt('a warning is not [category, message, lineno]');
      const category = readStr('a warning category');
      const message = readStr('a warning message');
      warnings.push({ category, message, lineno: readUint('a warning line') });
    }
    if (p !== end) corrupt('bytes after the payload');
    return { code, warnings };
  } finally {
    // Hold on to nothing of this payload.
    names = [];
    b = EMPTY;
    dv = EMPTY_VIEW;
  }
}
