/**
 * `zlib` (CPython Modules/zlibmodule.c) on Node's zlib: compress/decompress
 * in the zlib, raw-deflate and gzip formats chosen by `wbits` (as CPython:
 * 9..15 zlib, -9..-15 raw, 25..31 gzip, 40+ automatic on decompression),
 * compressobj/decompressobj, and crc32/adler32 computed here. Node bundles
 * its own zlib build: at the default level and at level 9 it writes the
 * same bytes as CPython's zlib 1.2.13; at the fast levels the output may
 * differ (it always decompresses to the same data).
 */
import * as zlib from 'node:zlib';
import {
  type PyValue, PyObject, PyType, PyBuiltinFunction, None, TypeErrorType, ValueErrorType, ObjectType, ExceptionType,
  TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, newError, typeName, defineMethods, defineGetSet,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { index as pyIndex } from '../runtime/abstract.js';
import { PyBytes, PyByteArray } from '../runtime/bytes.js';

export const ZlibErrorType = new PyType('error', [ExceptionType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 'zlib');
const CompressType = new PyType('Compress', [ObjectType], 0, 'zlib');
const DecompressType = new PyType('Decompress', [ObjectType], 0, 'zlib');

function data(fn: string, v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  throw newError(TypeErrorType, `a bytes-like object is required, not '${typeName(v ?? None)}'`);
}

function intArg(v: PyValue | undefined, dflt: number): number {
  return v === undefined || v === None ? dflt : Number(pyIndex(v));
}

/** Node's error for a bad stream, as zlib.error with CPython's wording. */
function zlibError(e: unknown, what: string): never {
  const code = (e as { errno?: number }).errno;
  const msg = (e as Error).message ?? String(e);
  const detail = /incorrect header check/.test(msg) ? 'incorrect header check' : /invalid|unknown/.test(msg) ? msg.replace(/^.*?: /, '') : msg;
  throw newError(ZlibErrorType, `Error ${code ?? -3} while ${what}: ${detail}`);
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (the zlib/PNG polynomial) of `b`, continuing from `value`. */
export function crc32(b: Uint8Array, value: number): number {
  let c = ~value;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Adler-32 of `b`, continuing from `value`. */
export function adler32(b: Uint8Array, value: number): number {
  let a = value & 0xffff;
  let s = (value >>> 16) & 0xffff;
  for (let i = 0; i < b.length;) {
    const end = Math.min(b.length, i + 3800);
    for (; i < end; i++) {
      a += b[i];
      s += a;
    }
    a %= 65521;
    s %= 65521;
  }
  return ((s << 16) | a) >>> 0;
}

type Format = 'zlib' | 'raw' | 'gzip' | 'auto';

function formatOf(wbits: number, decompress: boolean): { format: Format; windowBits: number } {
  if (wbits >= 9 && wbits <= 15) return { format: 'zlib', windowBits: wbits };
  if (wbits === 0 && decompress) return { format: 'zlib', windowBits: 15 };
  if (wbits <= -9 && wbits >= -15) return { format: 'raw', windowBits: -wbits };
  if (wbits >= 25 && wbits <= 31) return { format: 'gzip', windowBits: wbits - 16 };
  if (decompress && wbits >= 40 && wbits <= 47) return { format: 'auto', windowBits: wbits - 32 };
  throw newError(ValueErrorType, 'Invalid initialization option');
}

function deflate(input: Uint8Array, level: number, wbits: number, memLevel = 8, strategy = 0): Uint8Array {
  const { format, windowBits } = formatOf(wbits, false);
  const opts = { level, windowBits, memLevel, strategy };
  try {
    if (format === 'raw') return zlib.deflateRawSync(input, opts);
    if (format === 'gzip') return zlib.gzipSync(input, opts);
    return zlib.deflateSync(input, opts);
  } catch (e) {
    return zlibError(e, 'compressing data');
  }
}

/** Inflate one stream at the start of `input`; returns the data and how many input bytes it used. */
function inflate(input: Uint8Array, wbits: number): { out: Uint8Array; used: number } {
  const { format, windowBits } = formatOf(wbits, true);
  const opts = { windowBits, info: true } as zlib.ZlibOptions & { info: true };
  try {
    const r = (format === 'raw' ? zlib.inflateRawSync(input, opts) : format === 'gzip' ? zlib.gunzipSync(input, opts) : format === 'auto' ? zlib.unzipSync(input, opts) : zlib.inflateSync(input, opts)) as unknown as { buffer: Uint8Array; engine: { bytesWritten: number } };
    return { out: r.buffer, used: r.engine.bytesWritten };
  } catch (e) {
    const msg = (e as Error).message ?? '';
    if (/unexpected end of file/.test(msg)) throw newError(ZlibErrorType, 'Error -5 while decompressing data: incomplete or truncated stream');
    return zlibError(e, 'decompressing data');
  }
}

class PyCompress extends PyObject {
  chunks: Uint8Array[] = [];
  finished = false;
  constructor(
    public level: number,
    public wbits: number,
    public memLevel: number,
    public strategy: number,
  ) {
    super();
    this.ob_type = CompressType;
  }
}

class PyDecompress extends PyObject {
  pending: Uint8Array = new Uint8Array(0);
  eof = false;
  unusedData: Uint8Array = new Uint8Array(0);
  constructor(public wbits: number) {
    super();
    this.ob_type = DecompressType;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The attributes of the `zlib` module. */
export function zlibModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, 'zlib')]);
  fn('crc32', (a, k) => {
    const [d, v] = parseArgs('crc32', a, k, ['data', 'value?', '/']);
    return crc32(data('crc32', d), intArg(v, 0) >>> 0);
  });
  fn('adler32', (a, k) => {
    const [d, v] = parseArgs('adler32', a, k, ['data', 'value?', '/']);
    return adler32(data('adler32', d), intArg(v, 1) >>> 0);
  });
  fn('compress', (a, k) => {
    const [d, level, wbits] = parseArgs('compress', a, k, ['data', '/', 'level?', 'wbits?']);
    return new PyBytes(deflate(data('compress', d), intArg(level, -1), intArg(wbits, 15)));
  });
  fn('decompress', (a, k) => {
    const [d, wbits] = parseArgs('decompress', a, k, ['data', '/', 'wbits?', 'bufsize?']);
    return new PyBytes(inflate(data('decompress', d), intArg(wbits, 15)).out);
  });
  fn('compressobj', (a, k) => {
    const p = parseArgs('compressobj', a, k, ['level?', 'method?', 'wbits?', 'memLevel?', 'strategy?', 'zdict?']);
    if (p[5] !== undefined && p[5] !== None) throw newError(TypeErrorType, 'zlib.compressobj(zdict=...) is not supported by tspy');
    const c = new PyCompress(intArg(p[0], -1), intArg(p[2], 15), intArg(p[3], 8), intArg(p[4], 0));
    formatOf(c.wbits, false);
    return c;
  });
  fn('decompressobj', (a, k) => {
    const p = parseArgs('decompressobj', a, k, ['wbits?', 'zdict?']);
    const d = new PyDecompress(intArg(p[0], 15));
    formatOf(d.wbits, true);
    return d;
  });
  defineMethods(CompressType, {
    // Compressed data comes out of flush(); compress() keeps the input (the concatenation is one valid stream).
    compress(args) {
      const c = args[0] as PyCompress;
      if (c.finished) throw newError(ZlibErrorType, 'Error -2 while compressing data: inconsistent stream state');
      c.chunks.push(data('compress', args[1]).slice());
      return new PyBytes(new Uint8Array(0));
    },
    flush(args) {
      const c = args[0] as PyCompress;
      const mode = intArg(args[1], 4);
      if (mode === 0) return new PyBytes(new Uint8Array(0));
      if (c.finished) return new PyBytes(new Uint8Array(0));
      if (mode !== 4) throw newError(TypeErrorType, 'zlib Compress.flush() with a mode other than Z_FINISH or Z_NO_FLUSH is not supported by tspy');
      c.finished = true;
      const all = c.chunks.reduce(concat, new Uint8Array(0));
      c.chunks = [];
      return new PyBytes(deflate(all, c.level, c.wbits, c.memLevel, c.strategy));
    },
  });
  defineMethods(DecompressType, {
    decompress(args, kw) {
      const d = args[0] as PyDecompress;
      const p = parseArgs('decompress', args.slice(1), kw, ['data', '/', 'max_length?']);
      if (d.eof) {
        d.unusedData = concat(d.unusedData, data('decompress', p[0]));
        return new PyBytes(new Uint8Array(0));
      }
      d.pending = concat(d.pending, data('decompress', p[0]));
      try {
        const { out, used } = inflate(d.pending, d.wbits);
        d.eof = true;
        d.unusedData = d.pending.slice(used);
        d.pending = new Uint8Array(0);
        return new PyBytes(out);
      } catch (e) {
        // An incomplete stream: wait for more input (flush() reports what is missing).
        if (e instanceof PyObject && /incomplete or truncated/.test(String((e as { args?: PyValue[] }).args?.[0] ?? ''))) return new PyBytes(new Uint8Array(0));
        throw e;
      }
    },
    flush(args) {
      const d = args[0] as PyDecompress;
      if (d.eof || d.pending.length === 0) return new PyBytes(new Uint8Array(0));
      return new PyBytes(inflate(d.pending, d.wbits).out);
    },
  });
  defineGetSet(DecompressType, 'eof', (o) => (o as PyDecompress).eof);
  defineGetSet(DecompressType, 'unused_data', (o) => new PyBytes((o as PyDecompress).unusedData));
  defineGetSet(DecompressType, 'unconsumed_tail', () => new PyBytes(new Uint8Array(0)));
  out.push(['error', ZlibErrorType]);
  const consts: [string, number][] = [
    ['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8], ['DEF_BUF_SIZE', 16384],
    ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
    ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
    ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4], ['Z_BLOCK', 5], ['Z_TREES', 6],
  ];
  for (const c of consts) out.push(c);
  out.push(['ZLIB_VERSION', '1.2.13'], ['ZLIB_RUNTIME_VERSION', '1.2.13']);
  return out;
}
