/**
 * `binascii` (CPython Modules/binascii.c) and `base64` (Lib/base64.py):
 * hex, base64 (standard, URL-safe, MIME line-wrapped), base32, base16 and
 * base85 codecs with CPython's error messages (`binascii.Error`, a
 * ValueError subclass). Decoders accept bytes-like objects or ASCII str.
 * Quoted-printable (`a2b_qp` / `b2a_qp`) backs the `quopri` module.
 * Ascii85 (`a85encode`) is not provided.
 */
import {
  type PyValue, PyType, PyBuiltinFunction, None, TypeErrorType, ValueErrorType, ExceptionType,
  TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, newError, typeName,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyBytes, bytesOf } from '../runtime/bytes.js';
import { index as pyIndex, isTrue } from '../runtime/abstract.js';
import { callMethod } from '../runtime/attr.js';

/** `binascii.Error` (subclass of ValueError). */
export const BinasciiErrorType = new PyType('Error', [ValueErrorType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 'binascii');
/** `binascii.Incomplete`. */
export const BinasciiIncompleteType = new PyType('Incomplete', [ExceptionType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 'binascii');

const err = (msg: string) => newError(BinasciiErrorType, msg);

/** A bytes-like argument (TypeError for str and others, as CPython's `y*` converter). */
function buf(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}
/** An ASCII-or-bytes argument (CPython's `ascii_buffer` converter of the decoders). */
function asciiBuf(v: PyValue): Uint8Array {
  if (typeof v === 'string') {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 127) throw newError(ValueErrorType, 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
  return b;
}
const bytes = (a: Uint8Array | number[]) => new PyBytes(a instanceof Uint8Array ? a : Uint8Array.from(a));
const ascii = (s: string) => {
  const o = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) o[i] = s.charCodeAt(i);
  return o;
};

// ---------------------------------------------------------------- hex

const HEX = '0123456789abcdef';
function hexlify(data: Uint8Array, sep: string | null, perSep: number): string {
  let s = '';
  for (const b of data) s += HEX[b >> 4] + HEX[b & 15];
  if (sep === null || perSep === 0 || data.length === 0) return s;
  const n = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    let end = data.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(s.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let i = 0; i < data.length; i += n) groups.push(s.slice(i * 2, Math.min(data.length, i + n) * 2));
  }
  return groups.join(sep);
}
function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2) throw err('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  const val = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  for (let i = 0; i < out.length; i++) {
    const hi = val(data[2 * i]), lo = val(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw err('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// ---------------------------------------------------------------- base64

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64REV = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64REV[B64.charCodeAt(i)] = i;

function b64encode(data: Uint8Array, newline: boolean): Uint8Array {
  let s = Buffer.from(data.buffer, data.byteOffset, data.length).toString('base64');
  if (newline) s += '\n';
  return ascii(s);
}

/** binascii.a2b_base64 (non-strict: skips characters outside the alphabet; strict: CPython's strict_mode errors). */
function b64decode(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quad = 0, left = 0, pads = 0, padStarted = false, dataChars = 0;
  if (strict && data.length > 0 && data[0] === 61) throw err('Leading padding not allowed');
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 61) {
      padStarted = true;
      if (strict && quad === 0) throw err('Excess padding not allowed');
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw err('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64REV[c];
    if (v < 0) {
      if (strict) throw err('Only base64 data is allowed');
      continue;
    }
    if (strict && padStarted) throw err('Discontinuous padding not allowed');
    pads = 0;
    dataChars++;
    switch (quad) {
      case 0: quad = 1; left = v; break;
      case 1: quad = 2; out.push((left << 2) | (v >> 4)); left = v & 0x0f; break;
      case 2: quad = 3; out.push((left << 4) | (v >> 2)); left = v & 0x03; break;
      default: quad = 0; out.push((left << 6) | v); left = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) throw err(`Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`);
    throw err('Incorrect padding');
  }
  return Uint8Array.from(out);
}

function translate(data: Uint8Array, from: Uint8Array, to: Uint8Array): Uint8Array {
  const out = Uint8Array.from(data);
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < from.length; j++) if (out[i] === from[j]) { out[i] = to[j]; break; }
  }
  return out;
}

// ---------------------------------------------------------------- crc

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(data: Uint8Array, crc: number): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (const b of data) {
    c ^= b << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

// ---------------------------------------------------------------- base32 / base16 / base85

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
function b32encode(data: Uint8Array, alphabet = B32): string {
  let s = '';
  for (let i = 0; i < data.length; i += 5) {
    const chunk = new Uint8Array(5);
    chunk.set(data.subarray(i, i + 5));
    let bits = 0n;
    for (const b of chunk) bits = (bits << 8n) | BigInt(b);
    let part = '';
    for (let k = 7; k >= 0; k--) part += alphabet[Number((bits >> BigInt(k * 5)) & 31n)];
    const n = Math.min(5, data.length - i);
    const keep = [0, 2, 4, 5, 7, 8][n];
    s += part.slice(0, keep) + '='.repeat(8 - keep);
  }
  return s;
}
function b32decode(data: Uint8Array, casefold: boolean, map01: number | null, alphabet = B32): Uint8Array {
  let s = Array.from(data, (c) => String.fromCharCode(c)).join('');
  if (map01 !== null) s = s.replace(/0/g, 'O').replace(/1/g, String.fromCharCode(map01));
  if (casefold) s = s.toUpperCase();
  const stripped = s.replace(/=+$/, '');
  const padchars = s.length - stripped.length;
  const out: number[] = [];
  for (let i = 0; i < stripped.length; i += 8) {
    let acc = 0n;
    const quanta = stripped.slice(i, i + 8);
    for (const ch of quanta) {
      const v = alphabet.indexOf(ch);
      if (v < 0) throw err('Non-base32 digit found');
      acc = (acc << 5n) | BigInt(v);
    }
    acc <<= BigInt(5 * (8 - quanta.length));
    for (let k = 4; k >= 0; k--) out.push(Number((acc >> BigInt(8 * k)) & 0xffn));
  }
  if (s.length % 8 || ![0, 1, 3, 4, 6].includes(padchars)) throw err('Incorrect padding');
  if (padchars && out.length) out.length -= 5 - ((43 - 5 * padchars) >> 3);
  return Uint8Array.from(out);
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const B85REV = new Int16Array(256).fill(-1);
for (let i = 0; i < 85; i++) B85REV[B85.charCodeAt(i)] = i;
function b85encode(data: Uint8Array, pad: boolean): string {
  const padding = (4 - (data.length % 4)) % 4;
  const buf4 = new Uint8Array(data.length + padding);
  buf4.set(data);
  let s = '';
  for (let i = 0; i < buf4.length; i += 4) {
    let w = ((buf4[i] << 24) | (buf4[i + 1] << 16) | (buf4[i + 2] << 8) | buf4[i + 3]) >>> 0;
    const chars = new Array<string>(5);
    for (let k = 4; k >= 0; k--) {
      chars[k] = B85[w % 85];
      w = Math.floor(w / 85);
    }
    s += chars.join('');
  }
  if (padding && !pad) s = s.slice(0, s.length - padding);
  return s;
}
function b85decode(data: Uint8Array): Uint8Array {
  const padding = (5 - (data.length % 5)) % 5;
  const b = new Uint8Array(data.length + padding).fill(126);
  b.set(data);
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 5) {
    let acc = 0;
    for (let k = 0; k < 5; k++) {
      const v = B85REV[b[i + k]];
      if (v < 0) throw newError(ValueErrorType, `bad base85 character at position ${i + k}`);
      acc = acc * 85 + v;
    }
    if (acc > 0xffffffff) throw newError(ValueErrorType, `base85 overflow in hunk starting at byte ${i}`);
    out.push((acc >>> 24) & 255, (acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255);
  }
  if (padding) out.length -= padding;
  return Uint8Array.from(out);
}

/** Ascii85 (base64.a85encode): '!'..'u' digits, 'z' for a zero word, 'y' for four spaces with foldspaces. */
function a85encode(data: Uint8Array, foldspaces: boolean, wrapcol: number, pad: boolean, adobe: boolean): string {
  const padding = (4 - (data.length % 4)) % 4;
  const b = new Uint8Array(data.length + padding);
  b.set(data);
  const chunks: string[] = [];
  for (let i = 0; i < b.length; i += 4) {
    const w = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (w === 0) chunks.push('z');
    else if (foldspaces && w === 0x20202020) chunks.push('y');
    else {
      let rest = w;
      const digits = new Array<string>(5);
      for (let k = 4; k >= 0; k--) {
        digits[k] = String.fromCharCode(33 + (rest % 85));
        rest = Math.floor(rest / 85);
      }
      chunks.push(digits.join(''));
    }
  }
  if (padding && !pad && chunks.length) {
    let last = chunks[chunks.length - 1];
    if (last === 'z') last = '!!!!!';
    chunks[chunks.length - 1] = last.slice(0, last.length - padding);
  }
  let result = chunks.join('');
  if (adobe) result = '<~' + result;
  if (wrapcol) {
    const width = Math.max(adobe ? 2 : 1, wrapcol);
    const lines: string[] = [];
    for (let i = 0; i < result.length; i += width) lines.push(result.slice(i, i + width));
    if (adobe && (lines.length === 0 || lines[lines.length - 1].length + 2 > width)) lines.push('');
    result = lines.join('\n');
  }
  if (adobe) result += '~>';
  return result;
}
function a85decode(input: Uint8Array, foldspaces: boolean, adobe: boolean, ignore: Uint8Array): Uint8Array {
  let b = input;
  if (adobe) {
    const n = b.length;
    if (n < 2 || b[n - 2] !== 0x7e || b[n - 1] !== 0x3e) throw newError(ValueErrorType, "Ascii85 encoded byte sequences must end with b'~>'");
    b = n >= 4 && b[0] === 0x3c && b[1] === 0x7e ? b.subarray(2, n - 2) : b.subarray(0, n - 2);
  }
  const out: number[] = [];
  const cur: number[] = [];
  const all = new Uint8Array(b.length + 4);
  all.set(b);
  all.fill(0x75, b.length);
  for (const x of all) {
    if (x >= 0x21 && x <= 0x75) {
      cur.push(x);
      if (cur.length === 5) {
        let acc = 0;
        for (const c of cur) acc = acc * 85 + (c - 33);
        if (acc > 0xffffffff) throw newError(ValueErrorType, 'Ascii85 overflow');
        out.push((acc >>> 24) & 255, (acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255);
        cur.length = 0;
      }
    } else if (x === 0x7a) {
      if (cur.length) throw newError(ValueErrorType, 'z inside Ascii85 5-tuple');
      out.push(0, 0, 0, 0);
    } else if (foldspaces && x === 0x79) {
      if (cur.length) throw newError(ValueErrorType, 'y inside Ascii85 5-tuple');
      out.push(32, 32, 32, 32);
    } else if (!ignore.includes(x)) {
      throw newError(ValueErrorType, `Non-Ascii85 digit found: ${String.fromCharCode(x)}`);
    }
  }
  const padding = 4 - cur.length;
  if (padding) out.length -= padding;
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- modules

// ---------------------------------------------------------------- quoted-printable

/** Longest encoded line of b2a_qp (RFC 1521), before its soft line break. */
const QP_MAXLINE = 76;
const HEX_UPPER = '0123456789ABCDEF';
const isHexDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hexValue = (c: number) => c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;

/**
 * Decode quoted-printable data: `=XX` escapes, soft line breaks (`=` before a
 * line end, anything between it and the `\n` dropped), `==` as one `=`, a lone
 * `=` kept as is, and `_` as a space in header mode.
 */
function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const d = data[i];
      if (d === 0x0a || d === 0x0d) {
        while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (d === 0x3d) {
        out.push(0x3d);
        i++;
      } else if (i + 1 < n && isHexDigit(d) && isHexDigit(data[i + 1])) {
        out.push((hexValue(d) << 4) | hexValue(data[i + 1]));
        i += 2;
      } else {
        out.push(0x3d);
      }
    } else if (header && c === 0x5f) {
      out.push(0x20);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

/**
 * Encode data as quoted-printable the way CPython's binascii.b2a_qp does: line
 * ends follow the first line end's style (CRLF or LF), lines are broken with
 * soft breaks at 76 columns, a space or tab at a line end is escaped, and with
 * `istext` false CR and LF are escaped too.
 */
function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = data.length;
  const firstNl = data.indexOf(0x0a);
  const crlf = firstNl > 0 && data[firstNl - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = () => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const escape = (c: number) => out.push(0x3d, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  let lineLen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const last = i + 1 === n;
    const next = last ? -1 : data[i + 1];
    const quote = c > 126 || c === 0x3d || (header && c === 0x5f)
      || (c === 0x2e && lineLen === 0 && (last || next === 0x0a || next === 0x0d || next === 0))
      || (!istext && (c === 0x0d || c === 0x0a))
      || ((c === 0x09 || c === 0x20) && last)
      || (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (quote) {
      if (lineLen + 3 >= QP_MAXLINE) {
        softBreak();
        lineLen = 0;
      }
      escape(c);
      lineLen += 3;
      i++;
    } else if (istext && (c === 0x0a || (c === 0x0d && next === 0x0a))) {
      lineLen = 0;
      const prev = out.length ? out[out.length - 1] : -1;
      if (prev === 0x20 || prev === 0x09) {
        out.pop();
        escape(prev);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (!last && next !== 0x0a && lineLen + 1 >= QP_MAXLINE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

const HEXLIFY_SPEC = ['data', 'sep?', 'bytes_per_sep?'];
const ONE = ['data', '/'];
const CRC_SPEC = ['data', 'crc?', '/'];
const B2A64_SPEC = ['data', '/', '*', 'newline?'];
const A2B64_SPEC = ['data', '/', '*', 'strict_mode?'];

function sepArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = typeof v === 'string' ? v : bytesOf(v) ? String.fromCharCode(...bytesOf(v)!) : null;
  if (s === null) throw newError(TypeErrorType, `sep must be str or bytes.`);
  if (s.length !== 1) throw newError(ValueErrorType, 'sep must be length 1.');
  return s;
}

function fnMaker(mod: string, out: [string, PyValue][]) {
  return (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, mod)]);
}

/** The attributes of the `binascii` module. */
export function binasciiModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [['Error', BinasciiErrorType], ['Incomplete', BinasciiIncompleteType]];
  const fn = fnMaker('binascii', out);
  const hex = (name: string) => fn(name, (a, k) => {
    const [d, sep, per] = parseArgs(name, a, k, HEXLIFY_SPEC);
    return bytes(ascii(hexlify(buf(d!), sepArg(sep), per === undefined ? 1 : Number(pyIndex(per)))));
  });
  hex('hexlify');
  hex('b2a_hex');
  fn('unhexlify', (a, k) => bytes(unhexlify(asciiBuf(parseArgs('unhexlify', a, k, ONE)[0]!))));
  fn('a2b_hex', (a, k) => bytes(unhexlify(asciiBuf(parseArgs('a2b_hex', a, k, ONE)[0]!))));
  fn('crc32', (a, k) => {
    const [d, c] = parseArgs('crc32', a, k, CRC_SPEC);
    return crc32(buf(d!), c === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(pyIndex(c)))));
  });
  fn('crc_hqx', (a, k) => {
    const [d, c] = parseArgs('crc_hqx', a, k, CRC_SPEC);
    return crcHqx(buf(d!), Number(BigInt.asUintN(32, BigInt(pyIndex(c!)))));
  });
  fn('b2a_base64', (a, k) => {
    const [d, nl] = parseArgs('b2a_base64', a, k, B2A64_SPEC);
    return bytes(b64encode(buf(d!), nl === undefined ? true : isTrue(nl)));
  });
  fn('a2b_base64', (a, k) => {
    const [d, strict] = parseArgs('a2b_base64', a, k, A2B64_SPEC);
    return bytes(b64decode(asciiBuf(d!), strict !== undefined && isTrue(strict)));
  });
  fn('a2b_qp', (a, k) => {
    const [d, header] = parseArgs('a2b_qp', a, k, ['data', 'header?']);
    return bytes(a2bQp(asciiBuf(d!), header !== undefined && isTrue(header)));
  });
  fn('b2a_qp', (a, k) => {
    const [d, qt, text, header] = parseArgs('b2a_qp', a, k, ['data', 'quotetabs?', 'istext?', 'header?']);
    const flag = (v: PyValue | undefined, dflt: boolean) => v === undefined ? dflt : isTrue(v);
    return bytes(b2aQp(buf(d!), flag(qt, false), flag(text, true), flag(header, false)));
  });
  return out;
}

const ENC_ALT = ['s', 'altchars?'];
const DEC_ALT = ['s', 'altchars?', 'validate?'];
const S_ONLY = ['s'];
const B32DEC = ['s', 'casefold?', 'map01?'];
const B16DEC = ['s', 'casefold?'];
const B85ENC = ['b', 'pad?'];
const B85DEC = ['b'];
const A85ENC = ['b', '*', 'foldspaces?', 'wrapcol?', 'pad?', 'adobe?'];
const A85DEC = ['b', '*', 'foldspaces?', 'adobe?', 'ignorechars?'];
const FILE_SPEC = ['input', 'output'];

/** The attributes of the `base64` module (Lib/base64.py's functions over the codecs above). */
export function base64ModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = fnMaker('base64', out);
  const alt = (v: PyValue | undefined): Uint8Array | null => {
    if (v === undefined || v === None) return null;
    const b = asciiBuf(v);
    if (b.length !== 2) throw newError(ValueErrorType, `${v instanceof PyBytes ? 'b' : ''}altchars must be a length-2 bytes-like object`);
    return b;
  };
  const plusSlash = ascii('+/'), dashUnder = ascii('-_');
  fn('b64encode', (a, k) => {
    const [s, ac] = parseArgs('b64encode', a, k, ENC_ALT);
    let r = b64encode(buf(s!), false);
    const al = alt(ac);
    if (al) r = translate(r, plusSlash, al);
    return bytes(r);
  });
  fn('b64decode', (a, k) => {
    const [s, ac, validate] = parseArgs('b64decode', a, k, DEC_ALT);
    let d = asciiBuf(s!);
    const al = alt(ac);
    if (al) d = translate(d, al, plusSlash);
    return bytes(b64decode(d, validate !== undefined && isTrue(validate)));
  });
  fn('standard_b64encode', (a, k) => bytes(b64encode(buf(parseArgs('standard_b64encode', a, k, S_ONLY)[0]!), false)));
  fn('standard_b64decode', (a, k) => bytes(b64decode(asciiBuf(parseArgs('standard_b64decode', a, k, S_ONLY)[0]!), false)));
  fn('urlsafe_b64encode', (a, k) =>
    bytes(translate(b64encode(buf(parseArgs('urlsafe_b64encode', a, k, S_ONLY)[0]!), false), plusSlash, dashUnder)));
  fn('urlsafe_b64decode', (a, k) =>
    bytes(b64decode(translate(asciiBuf(parseArgs('urlsafe_b64decode', a, k, S_ONLY)[0]!), dashUnder, plusSlash), false)));
  fn('encodebytes', (a, k) => {
    const d = buf(parseArgs('encodebytes', a, k, S_ONLY)[0]!);
    const parts: number[] = [];
    for (let i = 0; i < d.length; i += 57) parts.push(...b64encode(d.subarray(i, i + 57), true));
    return bytes(parts);
  });
  fn('decodebytes', (a, k) => bytes(b64decode(buf(parseArgs('decodebytes', a, k, S_ONLY)[0]!), false)));
  fn('b32encode', (a, k) => bytes(ascii(b32encode(buf(parseArgs('b32encode', a, k, S_ONLY)[0]!)))));
  fn('b32decode', (a, k) => {
    const [s, cf, m] = parseArgs('b32decode', a, k, B32DEC);
    let map01: number | null = null;
    if (m !== undefined && m !== None) map01 = asciiBuf(m)[0];
    return bytes(b32decode(asciiBuf(s!), cf !== undefined && isTrue(cf), map01));
  });
  fn('b16encode', (a, k) => bytes(ascii(hexlify(buf(parseArgs('b16encode', a, k, S_ONLY)[0]!), null, 1).toUpperCase())));
  fn('b16decode', (a, k) => {
    const [s, cf] = parseArgs('b16decode', a, k, B16DEC);
    let d = asciiBuf(s!);
    if (cf !== undefined && isTrue(cf)) d = ascii(String.fromCharCode(...d).toUpperCase());
    if (/[^0-9A-F]/.test(String.fromCharCode(...d))) throw err('Non-base16 digit found');
    return bytes(unhexlify(d));
  });
  fn('b85encode', (a, k) => {
    const [b, pad] = parseArgs('b85encode', a, k, B85ENC);
    return bytes(ascii(b85encode(buf(b!), pad !== undefined && isTrue(pad))));
  });
  fn('b85decode', (a, k) => bytes(b85decode(asciiBuf(parseArgs('b85decode', a, k, B85DEC)[0]!))));
  const flag = (v: PyValue | undefined) => v !== undefined && isTrue(v);
  fn('a85encode', (a, k) => {
    const [b, fold, wrap, pad, adobe] = parseArgs('a85encode', a, k, A85ENC);
    return bytes(ascii(a85encode(buf(b!), flag(fold), wrap === undefined ? 0 : Number(pyIndex(wrap)), flag(pad), flag(adobe))));
  });
  fn('a85decode', (a, k) => {
    const [b, fold, adobe, ignore] = parseArgs('a85decode', a, k, A85DEC);
    return bytes(a85decode(asciiBuf(b!), flag(fold), flag(adobe), ignore === undefined ? ascii(' \t\n\r\v') : buf(ignore)));
  });
  fn('b32hexencode', (a, k) => bytes(ascii(b32encode(buf(parseArgs('b32hexencode', a, k, S_ONLY)[0]!), B32HEX))));
  fn('b32hexdecode', (a, k) => {
    const [s, cf] = parseArgs('b32hexdecode', a, k, B16DEC);
    return bytes(b32decode(asciiBuf(s!), flag(cf), null, B32HEX));
  });
  // The file versions: 57-byte chunks become 76-character lines.
  fn('encode', (a, k) => {
    const [input, output] = parseArgs('encode', a, k, FILE_SPEC);
    for (;;) {
      let chunk = buf(callMethod(input!, 'read', [57]));
      if (!chunk.length) break;
      while (chunk.length < 57) {
        const more = buf(callMethod(input!, 'read', [57 - chunk.length]));
        if (!more.length) break;
        const joined = new Uint8Array(chunk.length + more.length);
        joined.set(chunk);
        joined.set(more, chunk.length);
        chunk = joined;
      }
      callMethod(output!, 'write', [bytes(b64encode(chunk, true))]);
    }
    return None;
  });
  fn('decode', (a, k) => {
    const [input, output] = parseArgs('decode', a, k, FILE_SPEC);
    for (;;) {
      const line = buf(callMethod(input!, 'readline', []));
      if (!line.length) break;
      callMethod(output!, 'write', [bytes(b64decode(line, false))]);
    }
    return None;
  });
  out.push(['MAXLINESIZE', 76], ['MAXBINSIZE', 57]);
  return out;
}
