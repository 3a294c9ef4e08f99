/**
 * The cache file format: magic number, header layout and the payload codec.
 * This file is the single source of truth for the format; docs/cache-format.md
 * documents it byte by byte and scripts/example-cache.mjs regenerates
 * `__pycache__.example/` from it.
 *
 * Layout (all integers little-endian, like CPython's .pyc header, PEP 552):
 *
 *   offset size field
 *        0    4 magic            u16 MAGIC_NUMBER, then b'\r\n' (catches text-mode mangling)
 *        4    4 flags            u32: bit 0 hash-based, bit 1 check-source; other bits must be 0
 *        8    8 source key       hash-based: xxHash64 of the source bytes (u64)
 *                                timestamp:  source mtime in seconds (u32), source size (u32)
 *       16    4 compiler build   u32 id of the compiler build that wrote the file (0: unknown, not checked);
 *                                a cache whose source is at hand is recompiled when it differs
 *       20    4 payload length   u32, bytes after the header; the file is exactly 32 + length bytes
 *       24    8 checksum         xxHash64 (seed 0) of header bytes 4..23 (flags, source key,
 *                                compiler build, payload length) followed by the payload (u64)
 *       32    … payload          msgpack (msgpackr) encoding of the module's CodeObject tree
 *
 * Payload: msgpack values with tspy extension types (see EXT_*), so that the
 * Python constant types survive exactly: a code object is ext CODE wrapping an
 * array of its 16 fields in `CODE_FIELDS` order; ints are ext INT (two's
 * complement, little-endian, any size), floats ext FLOAT (IEEE-754 binary64,
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
import { xxh64, xxh64Parts } from './hash.js';

/** `sys.implementation.cache_tag`: cache files are `<stem>.tspy-311.pyc`. */
export const CACHE_TAG = 'tspy-311';

/**
 * Version of the cache format *and* of the bytecode the compiler emits. Bump it
 * whenever the header, the payload encoding, the instruction set or the
 * compiler's output conventions change: every existing cache file then fails
 * the magic check and is recompiled (CPython bumps MAGIC_NUMBER the same way,
 * Lib/importlib/_bootstrap_external.py).
 */
export const FORMAT_VERSION = 2;

/** The 16-bit magic number: far above CPython's (3495 for 3.11) so the two can never be confused. */
export const MAGIC_NUMBER = 24000 + FORMAT_VERSION;

/** The four magic bytes at offset 0. */
export const MAGIC: Uint8Array = Uint8Array.of(MAGIC_NUMBER & 0xff, MAGIC_NUMBER >>> 8, 0x0d, 0x0a);

/** Size of the fixed header in bytes. */
export const HEADER_SIZE = 32;

/** PEP 552 flag bits. */
export const FLAG_HASH_BASED = 0b01;
export const FLAG_CHECK_SOURCE = 0b10;

/** How a cache file is validated against its source (PEP 552 / `py_compile.PycInvalidationMode`). */
export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

/** The flags word for an invalidation mode. */
export function flagsForMode(mode: InvalidationMode): number {
  switch (mode) {
    case 'timestamp':
      return 0;
    case 'checked-hash':
      return FLAG_HASH_BASED | FLAG_CHECK_SOURCE;
    case 'unchecked-hash':
      return FLAG_HASH_BASED;
  }
}

/** The invalidation mode a flags word denotes, or null for an invalid word (unknown bits, or check-source without hash-based). */
export function modeFromFlags(flags: number): InvalidationMode | null {
  switch (flags) {
    case 0:
      return 'timestamp';
    case FLAG_HASH_BASED | FLAG_CHECK_SOURCE:
      return 'checked-hash';
    case FLAG_HASH_BASED:
      return 'unchecked-hash';
    default:
      return null;
  }
}

/** What ties a cache file to its source. */
export type SourceKey =
  | { kind: 'hash'; hash: bigint }
  | { kind: 'timestamp'; mtime: number; size: number };

/** The decoded fixed header. */
export interface CacheHeader {
  magicNumber: number;
  flags: number;
  mode: InvalidationMode;
  key: SourceKey;
  /** Id of the compiler build that wrote the file (0 when unknown). */
  compilerBuild: number;
  payloadLength: number;
  checksum: bigint;
}

/** Why a cache file was rejected. `kind` groups reasons for `-v` and tests; `message` is the human-readable reason. */
export type CacheRejectKind = 'missing' | 'stale' | 'bad-magic' | 'corrupt' | 'unreadable';

/** A cache file that cannot be used; thrown by the decoders, caught by pycache.ts (which then recompiles). */
export class CacheFormatError extends Error {
  constructor(public readonly kind: CacheRejectKind, message: string) {
    super(message);
    this.name = 'CacheFormatError';
  }
}

function corrupt(msg: string): never {
  throw new CacheFormatError('corrupt', `corrupt: ${msg}`);
}

/** The source key for `source` in `mode` (`mtimeMs`/`size` are only used in timestamp mode). */
export function sourceKey(mode: InvalidationMode, source: Uint8Array, mtimeMs: number, size: number): SourceKey {
  if (mode === 'timestamp') return { kind: 'timestamp', mtime: Math.floor(mtimeMs / 1000) >>> 0, size: size >>> 0 };
  return { kind: 'hash', hash: xxh64(source) };
}

/** Do two source keys agree? */
export function sameKey(a: SourceKey, b: SourceKey): boolean {
  if (a.kind === 'hash') return b.kind === 'hash' && a.hash === b.hash;
  return b.kind === 'timestamp' && a.mtime === b.mtime && a.size === b.size;
}

// ---------------------------------------------------------------------------
// Header
// ---------------------------------------------------------------------------

/**
 * Decode and check the fixed header: magic, flags, and that the payload length
 * matches the file size exactly. Does not check the source key or checksum.
 * Throws CacheFormatError ('bad-magic' or 'corrupt').
 */
export function readHeader(buf: Uint8Array): CacheHeader {
  if (buf.length === 0) corrupt('empty file');
  if (buf.length < 4) corrupt(`truncated header (${buf.length} bytes)`);
  for (let i = 0; i < 4; i++) {
    if (buf[i] !== MAGIC[i]) {
      const n = buf[0] | (buf[1] << 8);
      throw new CacheFormatError('bad-magic', `bad magic number ${n} (expected ${MAGIC_NUMBER})`);
    }
  }
  if (buf.length < HEADER_SIZE) corrupt(`truncated header (${buf.length} bytes)`);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const flags = dv.getUint32(4, true);
  const mode = modeFromFlags(flags);
  if (mode === null) corrupt(`invalid flags 0x${flags.toString(16)}`);
  const key: SourceKey =
    mode === 'timestamp'
      ? { kind: 'timestamp', mtime: dv.getUint32(8, true), size: dv.getUint32(12, true) }
      : { kind: 'hash', hash: dv.getBigUint64(8, true) };
  const compilerBuild = dv.getUint32(16, true);
  const payloadLength = dv.getUint32(20, true);
  const checksum = dv.getBigUint64(24, true);
  const actual = buf.length - HEADER_SIZE;
  if (actual < payloadLength) corrupt(`truncated payload (${actual} of ${payloadLength} bytes)`);
  if (actual > payloadLength) corrupt(`trailing data (${actual - payloadLength} bytes after the payload)`);
  return { magicNumber: MAGIC_NUMBER, flags, mode, key, compilerBuild, payloadLength, checksum };
}

/** Encode a complete cache file: header for `mode`/`key` (and the id of the compiler build), then the payload of `code`. */
export function encodeCacheFile(code: CodeObject, mode: InvalidationMode, key: SourceKey, compilerBuild = 0): Uint8Array {
  const payload = encodePayload(code);
  const out = new Uint8Array(HEADER_SIZE + payload.length);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint32(4, flagsForMode(mode), true);
  if (key.kind === 'hash') {
    if (mode === 'timestamp') throw new Error('timestamp mode needs a timestamp key');
    dv.setBigUint64(8, key.hash, true);
  } else {
    if (mode !== 'timestamp') throw new Error('hash modes need a hash key');
    dv.setUint32(8, key.mtime >>> 0, true);
    dv.setUint32(12, key.size >>> 0, true);
  }
  dv.setUint32(16, compilerBuild >>> 0, true);
  dv.setUint32(20, payload.length, true);
  out.set(payload, HEADER_SIZE);
  dv.setBigUint64(24, computeChecksum(out), true);
  return out;
}

/**
 * Decode a complete cache file: header checks, payload checksum, then the
 * payload itself. The source key is returned in the header for the caller to
 * compare. Throws CacheFormatError on any inconsistency.
 */
export function decodeCacheFile(buf: Uint8Array): { header: CacheHeader; code: CodeObject } {
  const header = readHeader(buf);
  if (computeChecksum(buf) !== header.checksum) corrupt('checksum mismatch');
  return { header, code: decodePayload(buf.subarray(HEADER_SIZE)) };
}

/**
 * The checksum of a complete cache file: it covers the flags, the source key,
 * the compiler build and the payload length as well as the payload, so that a damaged header
 * (say checked-hash flipped to unchecked-hash) cannot pass either.
 */
export function computeChecksum(buf: Uint8Array): bigint {
  return xxh64Parts(buf.subarray(4, 24), buf.subarray(HEADER_SIZE));
}

/** Is the checksum right? (For `tspy cache info`; never throws on a valid header.) */
export function checksumValid(buf: Uint8Array, header: CacheHeader): boolean {
  return computeChecksum(buf) === header.checksum;
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
/** A tuple/frozenset/code read from the wire, before its owner has checked it (never escapes this module). */
class WireTuple {
  constructor(readonly items: ConstValue[]) {}
}
class WireFrozenSet {
  constructor(readonly items: ConstValue[]) {}
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function wireStr(s: string): string | WStrBox {
  return LONE_SURROGATE.test(s) ? new WStrBox(s) : s;
}

function wireConst(v: ConstValue): unknown {
  switch (typeof v) {
    case 'number':
      return new FloatBox(v);
    case 'bigint':
      return new IntBox(v);
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
      return CODE_FIELDS.map((f) => {
        const v = code[f];
        if (f === 'co_consts') return (v as ConstValue[]).map(wireConst);
        if (f === 'co_names' || f === 'co_localsplusnames') return (v as string[]).map(wireStr);
        if (typeof v === 'string') return wireStr(v);
        return v;
      });
    },
    read(data: unknown) {
      return readCode(data);
    },
  });
  addExtension({
    Class: ConstTuple,
    type: EXT_TUPLE,
    write: (t: ConstTuple) => t.items.map(wireConst),
    read: (data: unknown) => new WireTuple(readConstArray(data, 'tuple')),
  });
  addExtension({
    Class: ConstFrozenSet,
    type: EXT_FROZENSET,
    write: (t: ConstFrozenSet) => t.items.map(wireConst),
    read: (data: unknown) => new WireFrozenSet(readConstArray(data, 'frozenset')),
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

function readBytes(v: unknown, what: string): Uint8Array {
  // msgpackr returns Buffers that view the input: copy so the code object owns its bytes.
  if (v instanceof Uint8Array) return new Uint8Array(v);
  return corrupt(`${what} is not bytes`);
}

function readUint(v: unknown, what: string, max = 0xffffffff): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) corrupt(`${what} is not a valid count`);
  return v;
}

function readConst(v: unknown): ConstValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof FloatBox) return v.value;
  if (v instanceof IntBox) return v.value;
  if (v instanceof WStrBox) return v.value;
  if (v instanceof WireTuple) return new ConstTuple(v.items);
  if (v instanceof WireFrozenSet) return new ConstFrozenSet(v.items);
  if (v instanceof CodeObject || v instanceof ConstComplex || v instanceof ConstSurrogateStr || v === ELLIPSIS) return v;
  if (v instanceof Uint8Array) return new Uint8Array(v);
  return corrupt(`invalid constant (${typeof v === 'object' ? Object.prototype.toString.call(v) : typeof v})`);
}

function readConstArray(data: unknown, what: string): ConstValue[] {
  if (!Array.isArray(data)) corrupt(`${what} is not an array`);
  return data.map(readConst);
}

function readStrArray(data: unknown, what: string): string[] {
  if (!Array.isArray(data)) corrupt(`${what} is not an array`);
  return data.map((s) => readStr(s, what));
}

function checkBytecode(code: Uint8Array, name: string): void {
  if (code.length % 2 !== 0) corrupt(`co_code of ${name} has odd length`);
  for (let i = 0; i < code.length; i += 2) {
    if (!OPCODES[code[i]]) corrupt(`unknown opcode ${code[i]} in ${name}`);
  }
}

function readCode(data: unknown): CodeObject {
  if (!Array.isArray(data) || data.length !== CODE_FIELDS.length) corrupt('code object has the wrong shape');
  const [argc, posonly, kwonly, stack, flags, code, consts, names, lpnames, lpkinds, filename, name, qualname, firstlineno, linetable, exctable] = data;
  const f: CodeFields = {
    co_argcount: readUint(argc, 'co_argcount'),
    co_posonlyargcount: readUint(posonly, 'co_posonlyargcount'),
    co_kwonlyargcount: readUint(kwonly, 'co_kwonlyargcount'),
    co_stacksize: readUint(stack, 'co_stacksize'),
    co_flags: readUint(flags, 'co_flags'),
    co_code: readBytes(code, 'co_code'),
    co_consts: readConstArray(consts, 'co_consts'),
    co_names: readStrArray(names, 'co_names'),
    co_localsplusnames: readStrArray(lpnames, 'co_localsplusnames'),
    co_localspluskinds: readBytes(lpkinds, 'co_localspluskinds'),
    co_filename: readStr(filename, 'co_filename'),
    co_name: readStr(name, 'co_name'),
    co_qualname: readStr(qualname, 'co_qualname'),
    co_firstlineno: readUint(firstlineno, 'co_firstlineno'),
    co_linetable: readBytes(linetable, 'co_linetable'),
    co_exceptiontable: readBytes(exctable, 'co_exceptiontable'),
  };
  if (f.co_localspluskinds.length !== f.co_localsplusnames.length) corrupt('co_localspluskinds does not match co_localsplusnames');
  if (f.co_argcount + f.co_kwonlyargcount > f.co_localsplusnames.length) corrupt('more arguments than local slots');
  if (f.co_posonlyargcount > f.co_argcount) corrupt('co_posonlyargcount exceeds co_argcount');
  checkBytecode(f.co_code, f.co_name);
  return new CodeObject(f);
}

let packr: Packr | null = null;
let unpackr: Unpackr | null = null;

/** Encode a module's code object tree as the payload bytes. */
export function encodePayload(code: CodeObject): Uint8Array {
  registerExtensions();
  packr ??= new Packr({ useRecords: false, moreTypes: false, structuredClone: false });
  return packr.pack(code);
}

/** Decode payload bytes into a code object, validating every field. Throws CacheFormatError. */
export function decodePayload(payload: Uint8Array): CodeObject {
  registerExtensions();
  unpackr ??= new Unpackr({ useRecords: false, moreTypes: false, structuredClone: false, mapsAsObjects: true });
  let v: unknown;
  try {
    v = unpackr.unpack(payload);
  } catch (e) {
    if (e instanceof CacheFormatError) throw e;
    corrupt(`bad payload (${(e as Error)?.message ?? String(e)})`);
  }
  if (!(v instanceof CodeObject)) corrupt('payload is not a code object');
  return v;
}
