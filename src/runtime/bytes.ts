/**
 * `bytes` and `bytearray` (CPython Objects/bytesobject.c, bytearrayobject.c)
 * and the str⇄bytes codecs (utf-8, ascii, latin-1, utf-16/32 with the common
 * error handlers). Most search/split methods work on a latin-1 JS string view
 * of the bytes (one char per byte), which maps the str algorithms 1:1.
 */
import { MemoryViewType, memoryViewBytes } from './memoryview.js';
import {
  type PyValue,
  PyObject,
  PyType,
  BytesType,
  ByteArrayType,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  IndexErrorType,
  LookupErrorType,
  OverflowErrorType,
  UnicodeEncodeErrorType,
  UnicodeDecodeErrorType,
  PyBaseExceptionObject,
  newError,
  typeOf,
  defineMethods,
  defineClassMethods,
  PyBuiltinFunction,
} from './object.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { intValue } from './int.js';
import { iterToArray, sequenceFast, indexToNumber, isTrue, index as pyIndex, callSpecial } from './abstract.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple, repeatCount, seqCompare } from './tuple.js';
import { PyList } from './list.js';
import { strValue, strHash } from './str.js';
import { setExcField } from './exceptions.js';
import { parseArgs } from './args.js';
import { percentFormat, type BytesPercentHooks } from './format_percent.js';
import { PyDict } from './dict.js';

/** An immutable bytes object. */
export class PyBytes extends PyObject {
  constructor(public bytes: Uint8Array, type: PyType = BytesType) {
    super();
    this.ob_type = type;
  }
}

/** A bytearray: `bytes` is replaced on growth (always exactly the contents). */
export class PyByteArray extends PyObject {
  constructor(public bytes: Uint8Array, type: PyType = ByteArrayType) {
    super();
    this.ob_type = type;
  }
}

/** Make a bytes object. */
export function newBytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

/** The bytes of a bytes/bytearray (or subclass instance) or memoryview; undefined otherwise. */
export function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  // Other exporters of the buffer protocol: a memoryview gives a copy of the bytes it shows.
  if (v instanceof PyObject && v.ob_type === MemoryViewType) return memoryViewBytes(v);
  return undefined;
}

function latin1(b: Uint8Array): string {
  let s = '';
  const CH = 8192;
  for (let i = 0; i < b.length; i += CH) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + CH)));
  return s;
}
function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------
// codecs
// ---------------------------------------------------------------------------

/** Canonical codec name (CPython encodings.normalize_encoding + aliases), or undefined. */
export function normalizeEncoding(enc: string): string | undefined {
  const e = enc.toLowerCase().replace(/[-_ ]/g, '');
  if (e === 'utf8' || e === 'u8' || e === 'utf' || e === 'cp65001') return 'utf-8';
  if (e === 'ascii' || e === 'usascii' || e === '646') return 'ascii';
  if (e === 'latin1' || e === 'latin' || e === 'iso88591' || e === 'l1' || e === '8859' || e === 'cp819') return 'latin-1';
  if (e === 'utf16') return 'utf-16';
  if (e === 'utf16le') return 'utf-16-le';
  if (e === 'utf16be') return 'utf-16-be';
  if (e === 'utf32') return 'utf-32';
  if (e === 'utf32le') return 'utf-32-le';
  if (e === 'utf32be') return 'utf-32-be';
  if (e === 'utf8sig') return 'utf-8-sig';
  if (e === 'cp1252' || e === 'windows1252' || e === '1252') return 'cp1252';
  return undefined;
}

/** cp1252's bytes 0x80-0x9F (0 = undefined); the rest is latin-1 (CPython encodings/cp1252.py). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];
let cp1252Enc: Map<number, number> | undefined;
/** The cp1252 byte for code point `c`, or -1. */
function cp1252Byte(c: number): number {
  if (c < 0x80 || (c >= 0xa0 && c < 0x100)) return c;
  if (cp1252Enc === undefined) {
    cp1252Enc = new Map();
    CP1252_HIGH.forEach((u, i) => u && cp1252Enc!.set(u, 0x80 + i));
  }
  return cp1252Enc.get(c) ?? -1;
}

/** Error handlers codecs know (others raise LookupError when an error needs one). */
const KNOWN_ERRORS = new Set(['strict', 'ignore', 'replace', 'surrogateescape', 'surrogatepass', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']);

/** Codecs that exist in CPython but do not map str to bytes. */
const NON_TEXT_CODECS = new Set(['rot13', 'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'bz2', 'bz2_codec', 'zlib', 'zip', 'zlib_codec', 'quopri', 'quotedprintable', 'quoted_printable', 'quopri_codec', 'uu', 'uu_codec']);

/** LookupError for an encoding str.encode/bytes.decode cannot use. */
function unknownEncoding(encoding: string, op: 'encode' | 'decode'): PyBaseExceptionObject {
  if (NON_TEXT_CODECS.has(encoding.toLowerCase().replace(/[- ]/g, '_'))) {
    return newError(LookupErrorType, `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`);
  }
  return newError(LookupErrorType, `unknown encoding: ${encoding}`);
}

function encodeError(enc: string, s: string, start: number, end: number, reason: string): PyBaseExceptionObject {
  const e = new PyBaseExceptionObject(UnicodeEncodeErrorType, [enc, s, start, end, reason]);
  ['encoding', 'object', 'start', 'end', 'reason'].forEach((k, i) => setExcField(e, k, e.args[i]));
  return e;
}
function decodeError(enc: string, b: Uint8Array, start: number, end: number, reason: string): PyBaseExceptionObject {
  const obj = new PyBytes(b);
  const e = new PyBaseExceptionObject(UnicodeDecodeErrorType, [enc, obj, start, end, reason]);
  ['encoding', 'object', 'start', 'end', 'reason'].forEach((k, i) => setExcField(e, k, e.args[i]));
  return e;
}

/** str → bytes with `encoding`/`errors` (strict, ignore, replace, surrogateescape, backslashreplace, xmlcharrefreplace). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  let enc = normalizeEncoding(encoding);
  if (enc === undefined) throw unknownEncoding(encoding, 'encode');
  const out: number[] = [];
  if (enc === 'utf-8-sig') {
    out.push(0xef, 0xbb, 0xbf);
    enc = 'utf-8';
  }
  const charmap = enc === 'cp1252';
  const limit = enc === 'ascii' ? 0x80 : enc === 'latin-1' ? 0x100 : 0x110000;
  const cps = Array.from(s);
  const name = charmap ? 'charmap' : enc;
  const badReason = charmap ? 'character maps to <undefined>' : enc.startsWith('utf') ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].codePointAt(0)!;
    const isSurr = c >= 0xd800 && c <= 0xdfff;
    if (charmap) {
      const byte = cp1252Byte(c);
      if (byte >= 0) {
        out.push(byte);
        continue;
      }
    } else if (c < limit && !(isSurr && enc.startsWith('utf'))) {
      pushEncoded(out, c, enc);
      continue;
    }
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        pushEncoded(out, 0x3f, enc);
        break;
      case 'surrogateescape':
        if (c >= 0xdc80 && c <= 0xdcff) {
          out.push(c - 0xdc00);
          break;
        }
        throw encodeError(name, s, i, i + 1, badReason);
      case 'backslashreplace': {
        const esc = c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
        for (const ch of esc) pushEncoded(out, ch.charCodeAt(0), enc);
        break;
      }
      case 'xmlcharrefreplace':
        for (const ch of `&#${c};`) pushEncoded(out, ch.charCodeAt(0), enc);
        break;
      case 'surrogatepass':
        if (isSurr && enc.startsWith('utf')) {
          pushEncoded(out, c, enc);
          break;
        }
        throw encodeError(name, s, i, i + 1, badReason);
      default: {
        if (!KNOWN_ERRORS.has(errors)) throw newError(LookupErrorType, `unknown error handler name '${errors}'`);
        // ascii/latin-1/utf errors cover the whole run of bad characters; charmap reports one
        let j = i + 1;
        while (!charmap && j < cps.length && (cps[j].codePointAt(0)! >= limit || (enc.startsWith('utf') && /[\uD800-\uDFFF]/.test(cps[j])))) j++;
        throw encodeError(name, s, i, j, badReason);
      }
    }
  }
  if (enc === 'utf-16' || enc === 'utf-32') {
    const bom = enc === 'utf-16' ? [0xff, 0xfe] : [0xff, 0xfe, 0, 0];
    return Uint8Array.from([...bom, ...out]);
  }
  return Uint8Array.from(out);
}

function pushEncoded(out: number[], c: number, enc: string): void {
  switch (enc) {
    case 'ascii':
    case 'latin-1':
    case 'cp1252':
      out.push(enc === 'cp1252' ? cp1252Byte(c) : c);
      return;
    case 'utf-8':
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      return;
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const units = c >= 0x10000 ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
      for (const u of units) {
        if (enc === 'utf-16-be') out.push(u >> 8, u & 255);
        else out.push(u & 255, u >> 8);
      }
      return;
    }
    default:
      if (enc === 'utf-32-be') out.push((c >>> 24) & 255, (c >> 16) & 255, (c >> 8) & 255, c & 255);
      else out.push(c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >>> 24) & 255);
  }
}

/** bytes → str with `encoding`/`errors` (strict, ignore, replace, surrogateescape, backslashreplace). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  let enc = normalizeEncoding(encoding);
  if (enc === undefined) throw unknownEncoding(encoding, 'decode');
  if (enc === 'latin-1') return latin1(b);
  if (enc === 'utf-8-sig') {
    // one leading BOM is dropped; positions in errors count from after it, as in CPython
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    enc = 'utf-8';
  }
  const bad = (start: number, end: number, reason: string, out: string[]): void => {
    switch (errors) {
      case 'ignore':
        return;
      case 'replace':
        out.push('\ufffd');
        return;
      case 'surrogateescape':
        for (let k = start; k < end; k++) out.push(String.fromCharCode(0xdc00 + b[k]));
        return;
      case 'backslashreplace':
        for (let k = start; k < end; k++) out.push('\\x' + b[k].toString(16).padStart(2, '0'));
        return;
      default:
        if (!KNOWN_ERRORS.has(errors)) throw newError(LookupErrorType, `unknown error handler name '${errors}'`);
        throw decodeError(enc === 'cp1252' ? 'charmap' : enc!, b, start, end, reason);
    }
  };
  const out: string[] = [];
  if (enc === 'cp1252') {
    for (let i = 0; i < b.length; i++) {
      const c = b[i] >= 0x80 && b[i] < 0xa0 ? CP1252_HIGH[b[i] - 0x80] : b[i];
      if (c === 0) bad(i, i + 1, 'character maps to <undefined>', out);
      else out.push(String.fromCharCode(c));
    }
    return out.join('');
  }
  if (enc === 'ascii') {
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 0x80) out.push(String.fromCharCode(b[i]));
      else bad(i, i + 1, 'ordinal not in range(128)', out);
    }
    return out.join('');
  }
  if (enc === 'utf-8') {
    // fast path: valid UTF-8 without surrogates
    let ascii = true;
    for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
    if (ascii) return latin1(b);
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      if (c < 0x80) {
        out.push(String.fromCharCode(c));
        i++;
        continue;
      }
      let need = 0;
      let cp = 0;
      let min = 0;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        cp = c & 31;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        cp = c & 15;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        cp = c & 7;
        min = 0x10000;
      } else {
        bad(i, i + 1, 'invalid start byte', out);
        i++;
        continue;
      }
      if (c === 0xed && errors === 'surrogatepass' && (b[i + 1] & 0xe0) === 0xa0 && (b[i + 2] & 0xc0) === 0x80) {
        out.push(String.fromCharCode(0xd000 | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63)));
        i += 3;
        continue;
      }
      let j = 1;
      for (; j <= need; j++) {
        const d = b[i + j];
        if (d === undefined) break;
        if ((d & 0xc0) !== 0x80) break;
        cp = (cp << 6) | (d & 63);
        // reject overlongs/surrogates/out-of-range as early as CPython does (second byte check)
        if (j === 1) {
          if (c === 0xe0 && d < 0xa0) break;
          if (c === 0xed && d >= 0xa0) break;
          if (c === 0xf0 && d < 0x90) break;
          if (c === 0xf4 && d >= 0x90) break;
        }
      }
      if (j <= need) {
        if (i + j >= b.length && b[i + j] === undefined && j <= need) bad(i, b.length, 'unexpected end of data', out), (i = b.length);
        else {
          bad(i, i + j, j === 1 ? 'invalid continuation byte' : 'invalid continuation byte', out);
          i += j;
        }
        continue;
      }
      void min;
      out.push(String.fromCodePoint(cp));
      i += need + 1;
    }
    return out.join('');
  }
  if (enc.startsWith('utf-16')) {
    let le = enc !== 'utf-16-be';
    let i = 0;
    if (enc === 'utf-16' && b.length >= 2) {
      if (b[0] === 0xff && b[1] === 0xfe) i = 2;
      else if (b[0] === 0xfe && b[1] === 0xff) {
        i = 2;
        le = false;
      }
    }
    let s = '';
    for (; i + 1 < b.length; i += 2) s += String.fromCharCode(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
    if (i < b.length) {
      const o: string[] = [];
      bad(i, b.length, 'truncated data', o);
      s += o.join('');
    }
    return s;
  }
  // utf-32
  let le = enc !== 'utf-32-be';
  let i = 0;
  if (enc === 'utf-32' && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      i = 4;
      le = false;
    }
  }
  for (; i + 3 < b.length; i += 4) {
    const cp = le ? b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24) : (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
    if (cp < 0 || cp > 0x10ffff) bad(i, i + 4, 'code point not in range(0x110000)', out);
    else out.push(String.fromCodePoint(cp));
  }
  if (i < b.length) bad(i, b.length, 'truncated data', out);
  return out.join('');
}

// ---------------------------------------------------------------------------
// repr, construction
// ---------------------------------------------------------------------------

/** `b'...'` repr body with CPython's quote choice and escapes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

function byteValue(v: PyValue, what = 'byte'): number {
  const iv = intValue(v);
  let n: number | bigint;
  if (iv === undefined) {
    if (typeOf(v).lookup('__index__') === undefined) {
      throw newError(TypeErrorType, `'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
    }
    n = pyIndex(v);
  } else n = iv;
  if (n < 0 || n > 255) throw newError(ValueErrorType, `${what} must be in range(0, 256)`);
  return Number(n);
}

const BYTES_NEW_SPEC = ['source?', 'encoding?', 'errors?'];

/** `bytes(x)` / `bytearray(x)` contents: int count, str + encoding, buffer, iterable of ints, `__bytes__`. */
export function bytesFromArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): Uint8Array {
  const a = parseArgs(name, args, kwnames, BYTES_NEW_SPEC);
  const src = a[0];
  if (src === undefined) {
    if (a[1] !== undefined || a[2] !== undefined) throw newError(TypeErrorType, a[1] !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  const s = strValue(src);
  if (s !== undefined) {
    if (a[1] === undefined) throw newError(TypeErrorType, 'string argument without an encoding');
    return encodeStr(s, strValue(a[1]) ?? 'utf-8', a[2] === undefined ? 'strict' : strValue(a[2]) ?? 'strict');
  }
  if (a[1] !== undefined) throw newError(TypeErrorType, 'encoding without a string argument');
  if (a[2] !== undefined) throw newError(TypeErrorType, 'errors without a string argument');
  if (name === 'bytes') {
    const r = callSpecial(src, '__bytes__', []);
    if (r !== undefined) {
      const b = bytesOf(r);
      if (b === undefined) throw newError(TypeErrorType, `__bytes__ returned non-bytes (type ${typeOf(r).tp_name})`);
      return b.slice();
    }
  }
  const b = bytesOf(src);
  if (b !== undefined) return b.slice();
  const iv = intValue(src);
  if (iv !== undefined) {
    if (iv < 0) throw newError(ValueErrorType, 'negative count');
    // CPython reads the count as a Py_ssize_t.
    if (iv >= 2n ** 63n) throw newError(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return new Uint8Array(Number(iv));
  }
  if (typeOf(src).lookup('__index__') !== undefined) return new Uint8Array(indexToNumber(src, OverflowErrorType));
  let items: PyValue[];
  try {
    items = iterToArray(src);
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && e.ob_type === TypeErrorType) {
      throw newError(TypeErrorType, `cannot convert '${typeOf(src).tp_name}' object to ${name}`);
    }
    throw e;
  }
  return Uint8Array.from(items.map((x) => byteValue(x, name === 'bytes' ? 'bytes' : 'byte')));
}

BytesType.tp_new = (type, args, kwnames) => new PyBytes(bytesFromArgs('bytes', args, kwnames), type);
ByteArrayType.tp_new = (type) => new PyByteArray(new Uint8Array(0), type);

// ---------------------------------------------------------------------------
// methods shared by bytes and bytearray
// ---------------------------------------------------------------------------

export const BytesIterType = makeIteratorType('bytes_iterator');
export const ByteArrayIterType = makeIteratorType('bytearray_iterator');

/** Iterator yielding ints. */
export class BytesIterator extends PyIteratorBase {
  i = 0;
  constructor(public src: PyBytes | PyByteArray) {
    super();
    this.ob_type = src instanceof PyBytes ? BytesIterType : ByteArrayIterType;
  }
  next(): PyValue | undefined {
    const b = this.src.bytes;
    return this.i < b.length ? b[this.i++] : undefined;
  }
}

type Bin = PyBytes | PyByteArray;
function selfB(v: PyValue, name: string): Bin {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'bytes' object but received a '${typeOf(v).tp_name}'`);
}
function make(like: Bin, b: Uint8Array): Bin {
  return like instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}
/** A bytes-like argument (bytes/bytearray), or TypeError `a bytes-like object is required, not 'str'`. */
function argB(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `a bytes-like object is required, not '${typeOf(v).tp_name}'`);
  return b;
}
function argBS(v: PyValue): string {
  return latin1(argB(v));
}
function subArg(v: PyValue): string {
  const iv = intValue(v);
  if (iv !== undefined) return String.fromCharCode(byteValue(v));
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `argument should be integer or bytes-like object, not '${typeOf(v).tp_name}'`);
  return latin1(b);
}

/** The prefix/suffix argument of startswith/endswith (a tuple's items are checked by argBS). */
function affixArg(v: PyValue, name: string): string {
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(v).tp_name}`);
  return latin1(b);
}

function getItem(self: Bin, k: PyValue): PyValue {
  const b = self.bytes;
  if (k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k, b.length);
    if (step === 1) return make(self, b.slice(start, start + count));
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j];
    return make(self, out);
  }
  if (intValue(k) === undefined && typeOf(k).lookup('__index__') === undefined) {
    throw newError(TypeErrorType, `byte indices must be integers or slices, not ${typeOf(k).tp_name}`);
  }
  let i = indexToNumber(k);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw newError(IndexErrorType, self instanceof PyBytes ? 'index out of range' : 'bytearray index out of range');
  return b[i];
}

/** A start/end argument (CPython _PyEval_SliceIndex): int or `__index__`, huge values clamped. */
function sliceIdx(v: PyValue): number {
  let iv = intValue(v);
  if (iv === undefined) {
    if (typeOf(v).lookup('__index__') === undefined) throw newError(TypeErrorType, 'slice indices must be integers or None or have an __index__ method');
    iv = pyIndex(v);
  }
  if (typeof iv === 'bigint') return iv > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return iv;
}

/** The fill argument of center/ljust/rjust: exactly one byte (CPython's 'c' converter). */
function fillByte(v: PyValue, name: string): string {
  const b = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined;
  if (b === undefined || b.length !== 1) {
    throw newError(TypeErrorType, `${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).tp_name}`);
  }
  return String.fromCharCode(b[0]);
}

function window(n: number, s: PyValue | undefined, e: PyValue | undefined): [number, number] {
  let a = s === undefined || s === None ? 0 : sliceIdx(s);
  let z = e === undefined || e === None ? n : sliceIdx(e);
  if (a < 0) a = Math.max(0, a + n);
  if (z < 0) z = Math.max(0, z + n);
  if (z > n) z = n;
  return [a, z];
}
function find(args: PyValue[], reverse: boolean): number {
  const s = latin1(selfB(args[0], 'find').bytes);
  const sub = subArg(args[1]);
  const [a, z] = window(s.length, args[2], args[3]);
  if (z - a < sub.length || a > s.length) return -1;
  const w = s.slice(a, z);
  const r = reverse ? w.lastIndexOf(sub) : w.indexOf(sub);
  return r < 0 ? -1 : r + a;
}

const BWS = new Set([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
function strip(args: PyValue[], left: boolean, right: boolean): PyValue {
  const self = selfB(args[0], 'strip');
  const s = latin1(self.bytes);
  const set = args[1] === undefined || args[1] === None ? BWS : new Set(argBS(args[1]));
  let a = 0;
  let z = s.length;
  if (left) while (a < z && set.has(s[a])) a++;
  if (right) while (z > a && set.has(s[z - 1])) z--;
  return make(self, self.bytes.slice(a, z));
}

function splitImpl(args: PyValue[], kw: readonly string[] | null, reverse: boolean): PyValue {
  const self = selfB(args[0], 'split');
  const p = parseArgs(reverse ? 'rsplit' : 'split', args.slice(1), kw, ['sep?', 'maxsplit?']);
  const s = latin1(self.bytes);
  const max = p[1] === undefined ? -1 : indexToNumber(p[1]);
  let parts: string[];
  if (p[0] === undefined || p[0] === None) {
    const words = s.split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w !== '');
    if (max < 0 || words.length <= max + 1) parts = words;
    else if (!reverse) {
      parts = words.slice(0, max);
      let i = 0;
      for (let k = 0; k < max; k++) {
        while (BWS.has(s[i])) i++;
        i += words[k].length;
      }
      while (BWS.has(s[i])) i++;
      parts.push(s.slice(i).replace(/[ \t\n\r\x0b\x0c]+$/, ''));
    } else {
      parts = words.slice(words.length - max);
      let i = s.length;
      for (let k = 0; k < max; k++) {
        while (BWS.has(s[i - 1])) i--;
        i -= parts[parts.length - 1 - k].length;
      }
      parts.unshift(s.slice(0, i).replace(/^[ \t\n\r\x0b\x0c]+/, '').replace(/[ \t\n\r\x0b\x0c]+$/, ''));
    }
  } else {
    const sep = argBS(p[0]);
    if (sep === '') throw newError(ValueErrorType, 'empty separator');
    const all = s.split(sep);
    if (max < 0 || all.length <= max + 1) parts = all;
    else if (!reverse) parts = [...all.slice(0, max), all.slice(max).join(sep)];
    else parts = [all.slice(0, all.length - max).join(sep), ...all.slice(all.length - max)];
  }
  return new PyList(parts.map((x) => make(self, fromLatin1(x))));
}

function cmp(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = selfB(args[0], 'cmp').bytes;
    const bb = bytesOf(args[1]);
    if (bb === undefined) return NotImplemented;
    return seqCompare(Array.from(a), Array.from(bb), op);
  };
}

function mapStr(args: PyValue[], fn: (s: string) => string): PyValue {
  const self = selfB(args[0], 'map');
  return make(self, fromLatin1(fn(latin1(self.bytes))));
}
function testAll(args: PyValue[], re: RegExp): boolean {
  const s = latin1(selfB(args[0], 'is').bytes);
  return s.length > 0 && re.test(s);
}

const shared: Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue> = {
  __len__: (args) => selfB(args[0], '__len__').bytes.length,
  __getitem__: (args) => getItem(selfB(args[0], '__getitem__'), args[1]),
  __iter__: (args) => new BytesIterator(selfB(args[0], '__iter__')),
  __contains__(args) {
    const s = latin1(selfB(args[0], '__contains__').bytes);
    const v = args[1];
    return s.includes(intValue(v) !== undefined ? String.fromCharCode(byteValue(v)) : argBS(v));
  },
  __add__(args) {
    const self = selfB(args[0], '__add__');
    const o = bytesOf(args[1]);
    if (o === undefined) return NotImplemented;
    const r = new Uint8Array(self.bytes.length + o.length);
    r.set(self.bytes);
    r.set(o, self.bytes.length);
    return make(self, r);
  },
  __mul__(args) {
    const self = selfB(args[0], '__mul__');
    const k = repeatCount(args[1], self.bytes.length);
    if (k === undefined) return NotImplemented;
    return make(self, fromLatin1(latin1(self.bytes).repeat(k)));
  },
  __rmul__(args) {
    const self = selfB(args[0], '__rmul__');
    const k = repeatCount(args[1], self.bytes.length);
    if (k === undefined) return NotImplemented;
    return make(self, fromLatin1(latin1(self.bytes).repeat(k)));
  },
  __eq__(args) {
    const o = bytesOf(args[1]);
    if (o === undefined) return NotImplemented;
    return latin1(selfB(args[0], '__eq__').bytes) === latin1(o);
  },
  __ne__(args) {
    const o = bytesOf(args[1]);
    if (o === undefined) return NotImplemented;
    return latin1(selfB(args[0], '__ne__').bytes) !== latin1(o);
  },
  __lt__: cmp(0),
  __le__: cmp(1),
  __gt__: cmp(4),
  __ge__: cmp(5),
  decode(args, kw) {
    const self = selfB(args[0], 'decode');
    const p = parseArgs('decode', args.slice(1), kw, ['encoding?', 'errors?']);
    return decodeBytes(self.bytes, p[0] === undefined ? 'utf-8' : strValue(p[0]) ?? 'utf-8', p[1] === undefined ? 'strict' : strValue(p[1]) ?? 'strict');
  },
  hex(args, kw) {
    return hexWithSep(selfB(args[0], 'hex').bytes, args.slice(1), kw);
  },
  join(args) {
    const self = selfB(args[0], 'join');
    const items = sequenceFast(args[1], 'can only join an iterable');
    const sep = latin1(self.bytes);
    const strs = items.map((it, i) => {
      const b = bytesOf(it);
      if (b === undefined) throw newError(TypeErrorType, `sequence item ${i}: expected a bytes-like object, ${typeOf(it).tp_name} found`);
      return latin1(b);
    });
    return make(self, fromLatin1(strs.join(sep)));
  },
  split: (args, kw) => splitImpl(args, kw, false),
  rsplit: (args, kw) => splitImpl(args, kw, true),
  strip: (args) => strip(args, true, true),
  lstrip: (args) => strip(args, true, false),
  rstrip: (args) => strip(args, false, true),
  startswith(args) {
    const s = latin1(selfB(args[0], 'startswith').bytes);
    const [a, z] = window(s.length, args[2], args[3]);
    if (a > z) return false;
    const w = s.slice(a, z);
    const p = args[1];
    if (p instanceof PyTuple) return p.items.some((x) => w.startsWith(argBS(x)));
    return w.startsWith(affixArg(p, 'startswith'));
  },
  endswith(args) {
    const s = latin1(selfB(args[0], 'endswith').bytes);
    const [a, z] = window(s.length, args[2], args[3]);
    if (a > z) return false;
    const w = s.slice(a, z);
    const p = args[1];
    if (p instanceof PyTuple) return p.items.some((x) => w.endsWith(argBS(x)));
    return w.endsWith(affixArg(p, 'endswith'));
  },
  find: (args) => find(args, false),
  rfind: (args) => find(args, true),
  index(args) {
    const r = find(args, false);
    if (r < 0) throw newError(ValueErrorType, 'subsection not found');
    return r;
  },
  rindex(args) {
    const r = find(args, true);
    if (r < 0) throw newError(ValueErrorType, 'subsection not found');
    return r;
  },
  count(args) {
    const s = latin1(selfB(args[0], 'count').bytes);
    const sub = subArg(args[1]);
    const [a, z] = window(s.length, args[2], args[3]);
    const w = s.slice(a, z);
    if (sub === '') return w.length + 1;
    return w.split(sub).length - 1;
  },
  replace(args) {
    const self = selfB(args[0], 'replace');
    const s = latin1(self.bytes);
    const old = argBS(args[1]);
    const nw = argBS(args[2]);
    let count = args[3] === undefined ? -1 : indexToNumber(args[3]);
    if (count < 0) return make(self, fromLatin1(old === '' ? nw + s.split('').join(nw) + (s ? nw : '') : s.split(old).join(nw)));
    let out = '';
    let i = 0;
    while (count-- > 0) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
    }
    return make(self, fromLatin1(out + s.slice(i)));
  },
  partition(args) {
    const self = selfB(args[0], 'partition');
    const s = latin1(self.bytes);
    const sep = argBS(args[1]);
    const i = s.indexOf(sep);
    const mk = (x: string) => make(self, fromLatin1(x));
    if (i < 0) return new PyTuple([mk(s), mk(''), mk('')]);
    return new PyTuple([mk(s.slice(0, i)), mk(sep), mk(s.slice(i + sep.length))]);
  },
  rpartition(args) {
    const self = selfB(args[0], 'rpartition');
    const s = latin1(self.bytes);
    const sep = argBS(args[1]);
    const i = s.lastIndexOf(sep);
    const mk = (x: string) => make(self, fromLatin1(x));
    if (i < 0) return new PyTuple([mk(''), mk(''), mk(s)]);
    return new PyTuple([mk(s.slice(0, i)), mk(sep), mk(s.slice(i + sep.length))]);
  },
  splitlines(args, kw) {
    const self = selfB(args[0], 'splitlines');
    const p = parseArgs('splitlines', args.slice(1), kw, ['keepends?']);
    const keep = p[0] !== undefined && isTrue(p[0]);
    const s = latin1(self.bytes);
    const out: PyValue[] = [];
    let start = 0;
    let i = 0;
    while (i < s.length) {
      if (s[i] === '\n' || s[i] === '\r') {
        let e = i + 1;
        if (s[i] === '\r' && s[i + 1] === '\n') e++;
        out.push(make(self, fromLatin1(s.slice(start, keep ? e : i))));
        start = i = e;
      } else i++;
    }
    if (start < s.length) out.push(make(self, fromLatin1(s.slice(start))));
    return new PyList(out);
  },
  upper: (args) => mapStr(args, (s) => s.replace(/[a-z]+/g, (m) => m.toUpperCase())),
  lower: (args) => mapStr(args, (s) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase())),
  title: (args) => mapStr(args, (s) => s.replace(/[A-Za-z]+/g, (m) => m[0].toUpperCase() + m.slice(1).toLowerCase())),
  capitalize: (args) => mapStr(args, (s) => (s ? s[0].replace(/[a-z]/, (c) => c.toUpperCase()) + s.slice(1).replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s)),
  swapcase: (args) => mapStr(args, (s) => s.replace(/[A-Za-z]/g, (c) => (c >= 'a' ? c.toUpperCase() : c.toLowerCase()))),
  isdigit: (args) => testAll(args, /^[0-9]+$/),
  isalpha: (args) => testAll(args, /^[A-Za-z]+$/),
  isalnum: (args) => testAll(args, /^[A-Za-z0-9]+$/),
  isspace: (args) => testAll(args, /^[ \t\n\r\x0b\x0c]+$/),
  isupper: (args) => testAll(args, /^[^a-z]*[A-Z][^a-z]*$/),
  islower: (args) => testAll(args, /^[^A-Z]*[a-z][^A-Z]*$/),
  isascii: (args) => /^[\x00-\x7f]*$/.test(latin1(selfB(args[0], 'isascii').bytes)),
  center(args) {
    const self = selfB(args[0], 'center');
    const w = indexToNumber(args[1]);
    const f = args[2] === undefined ? ' ' : fillByte(args[2], 'center');
    const s = latin1(self.bytes);
    if (w <= s.length) return make(self, self.bytes.slice());
    const total = w - s.length;
    const left = Math.floor(total / 2) + (total & w & 1);
    return make(self, fromLatin1(f.repeat(left) + s + f.repeat(total - left)));
  },
  ljust: (args) => mapStr(args, (s) => s.padEnd(indexToNumber(args[1]), args[2] === undefined ? ' ' : fillByte(args[2], 'ljust'))),
  rjust: (args) => mapStr(args, (s) => s.padStart(indexToNumber(args[1]), args[2] === undefined ? ' ' : fillByte(args[2], 'rjust'))),
  zfill: (args) =>
    mapStr(args, (s) => {
      const w = indexToNumber(args[1]);
      if (w <= s.length) return s;
      const fill = '0'.repeat(w - s.length);
      return s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s;
    }),
  removeprefix: (args) => mapStr(args, (s) => (s.startsWith(argBS(args[1])) ? s.slice(argBS(args[1]).length) : s)),
  removesuffix: (args) => mapStr(args, (s) => {
    const p = argBS(args[1]);
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  }),
  __mod__(args) {
    const self = selfB(args[0], '__mod__');
    return make(self, fromLatin1(bytesPercent(latin1(self.bytes), args[1])));
  },
  __rmod__: () => NotImplemented,
  istitle(args) {
    const s = latin1(selfB(args[0], 'istitle').bytes);
    let cased = false;
    let prev = false;
    for (const ch of s) {
      if (ch >= 'A' && ch <= 'Z') {
        if (prev) return false;
        prev = cased = true;
      } else if (ch >= 'a' && ch <= 'z') {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  },
  expandtabs(args) {
    const tab = args[1] === undefined ? 8 : indexToNumber(args[1]);
    return mapStr(args, (s) => {
      let out = '';
      let col = 0;
      for (const ch of s) {
        if (ch === '\t') {
          if (tab > 0) {
            out += ' '.repeat(tab - (col % tab));
            col += tab - (col % tab);
          }
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return out;
    });
  },
  translate(args) {
    const self = selfB(args[0], 'translate');
    const table = args[1] === None ? null : argB(args[1]);
    if (table && table.length !== 256) throw newError(ValueErrorType, 'translation table must be 256 characters long');
    const del = args[2] === undefined ? new Set<number>() : new Set(argB(args[2]));
    const out: number[] = [];
    for (const x of self.bytes) if (!del.has(x)) out.push(table ? table[x] : x);
    return make(self, Uint8Array.from(out));
  },
};

/** The bytes-specific conversions of `bytes % args` (CPython bytesobject.c format_obj / formatchar). */
const bytesPercentHooks: BytesPercentHooks = {
  isBytes: (v) => bytesOf(v) !== undefined,
  key: (name) => new PyBytes(fromLatin1(name)),
  bytesText(v) {
    const bb = bytesOf(v);
    if (bb !== undefined) return latin1(bb);
    const r = callSpecial(v, '__bytes__', []);
    if (r !== undefined) {
      const b = r instanceof PyBytes ? r.bytes : undefined;
      if (b === undefined) throw newError(TypeErrorType, `__bytes__ returned non-bytes (type ${typeOf(r).tp_name})`);
      return latin1(b);
    }
    throw newError(TypeErrorType, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).tp_name}'`);
  },
  charText(v) {
    const bb = bytesOf(v);
    if (bb !== undefined && bb.length === 1) return String.fromCharCode(bb[0]);
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(typeof v === 'object' && v.ob_type.lookup('__index__') !== undefined)) {
      throw newError(TypeErrorType, '%c requires an integer in range(256) or a single byte');
    }
    const r = pyIndex(v);
    const c = typeof r === 'number' ? r : -1;
    if (!(c >= 0 && c <= 255)) throw newError(OverflowErrorType, '%c arg not in range(256)');
    return String.fromCharCode(c);
  },
};

/** `bytes % args` (CPython _PyBytes_FormatEx): the str implementation in bytes mode, on latin-1 text. */
function bytesPercent(fmt: string, args: PyValue): string {
  return percentFormat(fmt, args, bytesPercentHooks);
}

const HEX_SPEC = ['sep?', 'bytes_per_sep?'];

/**
 * `bytes.hex([sep[, bytes_per_sep]])` (CPython Python/pystrhex.c): a one-char
 * ASCII separator every |bytes_per_sep| bytes, counted from the right when
 * positive and from the left when negative.
 */
export function hexWithSep(b: Uint8Array, rest: PyValue[], kw: readonly string[] | null): string {
  const p = parseArgs('hex', rest, kw, HEX_SPEC);
  const parts = Array.from(b, (x) => x.toString(16).padStart(2, '0'));
  if (p[0] === undefined) return parts.join('');
  const sepv = p[0];
  const sepb = bytesOf(sepv);
  const sep = strValue(sepv) ?? (sepb !== undefined ? latin1(sepb) : undefined);
  if (sep === undefined) throw newError(TypeErrorType, `object of type '${typeOf(sepv).tp_name}' has no len()`);
  if (sep.length !== 1) throw newError(ValueErrorType, 'sep must be length 1.');
  if (sep.charCodeAt(0) > 0x7f) throw newError(ValueErrorType, 'sep must be ASCII.');
  const per = p[1] === undefined ? 1 : indexToNumber(p[1], OverflowErrorType);
  const n = Math.abs(per);
  if (n === 0 || parts.length === 0) return parts.join('');
  const groups: string[] = [];
  if (per > 0) {
    for (let end = parts.length; end > 0; end -= n) groups.unshift(parts.slice(Math.max(0, end - n), end).join(''));
  } else {
    for (let i = 0; i < parts.length; i += n) groups.push(parts.slice(i, i + n).join(''));
  }
  return groups.join(sep);
}

function fromhex(args: PyValue[]): PyValue {
  const cls = args[0] as PyType;
  const s = strValue(args[1]);
  if (s === undefined) throw newError(TypeErrorType, `fromhex() argument must be str, not ${typeOf(args[1]).tp_name}`);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i]) && s[i].charCodeAt(0) < 128) {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const pos = /^[0-9a-fA-F]$/.test(s[i]) ? i + 1 : i;
      throw newError(ValueErrorType, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    out.push(parseInt(pair, 16));
    i += 2;
  }
  const b = Uint8Array.from(out);
  return cls.isSubtype(ByteArrayType) ? new PyByteArray(b, cls) : new PyBytes(b, cls);
}

defineMethods(BytesType, {
  ...shared,
  __hash__: (args) => strHash(latin1(selfB(args[0], '__hash__').bytes)),
  __repr__: (args) => bytesRepr(selfB(args[0], '__repr__').bytes),
  __bytes__: (args) => new PyBytes(selfB(args[0], '__bytes__').bytes),
  __getnewargs__: (args) => new PyTuple([new PyBytes(selfB(args[0], '__getnewargs__').bytes)]),
});
defineClassMethods(BytesType, { fromhex });

/** `bytes.maketrans(from, to)` (a staticmethod: stored as a plain builtin, which never binds). */
const maketrans = new PyBuiltinFunction('maketrans', (args) => {
  if (args.length !== 2) throw newError(TypeErrorType, `maketrans expected 2 arguments, got ${args.length}`);
  const a = argB(args[0]);
  const z = argB(args[1]);
  if (a.length !== z.length) throw newError(ValueErrorType, 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < a.length; i++) t[a[i]] = z[i];
  return new PyBytes(t);
});
BytesType.tp_dict.set('maketrans', maketrans);
ByteArrayType.tp_dict.set('maketrans', maketrans);

/** The new contents for `bytearray[a:b] = v` when v is not bytes-like (CPython bytearray_setslice). */
function sliceSource(v: PyValue): Uint8Array {
  const t = typeOf(v);
  // numbers and str are rejected outright rather than iterated or converted
  if (typeof v !== 'object' || t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined || t.lookup('__complex__') !== undefined || strValue(v) !== undefined) {
    throw newError(TypeErrorType, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw newError(TypeErrorType, `cannot convert '${t.tp_name}' object to bytearray`);
  }
  return Uint8Array.from(iterToArray(v).map((x) => byteValue(x)));
}

function selfBA(v: PyValue, name: string): PyByteArray {
  if (v instanceof PyByteArray) return v;
  throw newError(TypeErrorType, `descriptor '${name}' requires a 'bytearray' object but received a '${typeOf(v).tp_name}'`);
}
function setBytes(ba: PyByteArray, arr: number[] | Uint8Array): void {
  ba.bytes = Uint8Array.from(arr);
}

defineMethods(ByteArrayType, {
  ...shared,
  __init__(args, kw) {
    const ba = selfBA(args[0], '__init__');
    ba.bytes = bytesFromArgs('bytearray', args.slice(1), kw);
    return None;
  },
  __repr__: (args) => {
    const ba = selfBA(args[0], '__repr__');
    return `${ba.ob_type.tp_name}(${bytesRepr(ba.bytes)})`;
  },
  __setitem__(args) {
    const ba = selfBA(args[0], '__setitem__');
    const k = args[1];
    if (k instanceof PySlice) {
      const src = bytesOf(args[2]) ?? sliceSource(args[2]);
      const arr = Array.from(ba.bytes);
      const [start, stop, step, count] = sliceIndices(k, arr.length);
      if (step === 1) arr.splice(start, Math.max(0, stop - start), ...src);
      else {
        if (src.length !== count) throw newError(ValueErrorType, `attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
        for (let i = 0, j = start; i < count; i++, j += step) arr[j] = src[i];
      }
      setBytes(ba, arr);
      return None;
    }
    let i = indexToNumber(k);
    if (i < 0) i += ba.bytes.length;
    if (i < 0 || i >= ba.bytes.length) throw newError(IndexErrorType, 'bytearray index out of range');
    ba.bytes[i] = byteValue(args[2]);
    return None;
  },
  __delitem__(args) {
    const ba = selfBA(args[0], '__delitem__');
    const arr = Array.from(ba.bytes);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, arr.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      setBytes(ba, arr.filter((_, i) => !drop.has(i)));
      return None;
    }
    let i = indexToNumber(k);
    if (i < 0) i += arr.length;
    if (i < 0 || i >= arr.length) throw newError(IndexErrorType, 'bytearray index out of range');
    arr.splice(i, 1);
    setBytes(ba, arr);
    return None;
  },
  __iadd__(args) {
    const ba = selfBA(args[0], '__iadd__');
    const o = bytesOf(args[1]);
    if (o === undefined) return NotImplemented;
    setBytes(ba, [...ba.bytes, ...o]);
    return ba;
  },
  append(args) {
    const ba = selfBA(args[0], 'append');
    const n = new Uint8Array(ba.bytes.length + 1);
    n.set(ba.bytes);
    n[ba.bytes.length] = byteValue(args[1]);
    ba.bytes = n;
    return None;
  },
  extend(args) {
    const ba = selfBA(args[0], 'extend');
    const o = bytesOf(args[1]) ?? Uint8Array.from(iterToArray(args[1]).map((x) => byteValue(x)));
    setBytes(ba, [...ba.bytes, ...o]);
    return None;
  },
  insert(args) {
    const ba = selfBA(args[0], 'insert');
    const arr = Array.from(ba.bytes);
    let i = indexToNumber(args[1]);
    if (i < 0) i = Math.max(0, i + arr.length);
    arr.splice(Math.min(i, arr.length), 0, byteValue(args[2]));
    setBytes(ba, arr);
    return None;
  },
  pop(args) {
    const ba = selfBA(args[0], 'pop');
    const arr = Array.from(ba.bytes);
    if (arr.length === 0) throw newError(IndexErrorType, 'pop from empty bytearray');
    let i = args.length > 1 ? indexToNumber(args[1]) : arr.length - 1;
    if (i < 0) i += arr.length;
    if (i < 0 || i >= arr.length) throw newError(IndexErrorType, 'pop index out of range');
    const [v] = arr.splice(i, 1);
    setBytes(ba, arr);
    return v;
  },
  remove(args) {
    const ba = selfBA(args[0], 'remove');
    const v = byteValue(args[1]);
    const i = ba.bytes.indexOf(v);
    if (i < 0) throw newError(ValueErrorType, 'value not found in bytearray');
    const arr = Array.from(ba.bytes);
    arr.splice(i, 1);
    setBytes(ba, arr);
    return None;
  },
  reverse(args) {
    selfBA(args[0], 'reverse').bytes.reverse();
    return None;
  },
  clear(args) {
    selfBA(args[0], 'clear').bytes = new Uint8Array(0);
    return None;
  },
  copy: (args) => new PyByteArray(selfBA(args[0], 'copy').bytes.slice()),
});
ByteArrayType.tp_dict.set('__hash__', None);
ByteArrayType.modified();
defineClassMethods(ByteArrayType, { fromhex });
