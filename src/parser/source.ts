/**
 * Source decoding as CPython's tokenizer does it (Parser/tokenizer.c
 * `check_bom`, `check_coding_spec`): a UTF-8 BOM, or a PEP 263 coding
 * cookie on line 1 or 2; the default is UTF-8.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { PySyntaxError } from './errors.js';

/**
 * UTF-8 bytes to text when they are known to be valid: ASCII as latin1 (a
 * copy), otherwise through Buffer's decoder. Node's fatal TextDecoder, which
 * would validate as it goes, is several times slower; `isUtf8` validates with
 * the same strictness (no overlongs, no surrogates). Unlike TextDecoder it
 * keeps a second BOM after the one already stripped, as CPython does (which
 * then rejects it as a character: U+FEFF).
 */
function decodeValidUtf8(b: Uint8Array): string | null {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (isAscii(buf)) return buf.toString('latin1');
  if (!isUtf8(buf)) return null;
  return buf.toString('utf8');
}

/** A source-decoding failure; `tokenizeMsg` is Lib/tokenize.py's wording (detect_encoding) for the same problem. */
export class EncodingError extends PySyntaxError {
  constructor(msg: string, filename: string, public tokenizeMsg: string, lineno = 0, offset = -1, text: string | null = null) {
    super('SyntaxError', msg, filename, lineno, offset, text);
  }
}

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

function normEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (n === 'latin-1' || n === 'iso-8859-1' || n === 'iso-latin-1' || n.startsWith('latin-1-') || n.startsWith('iso-8859-1-')) return 'iso-8859-1';
  return n;
}

/** Finds the encoding declared by a coding cookie in the first two lines of `bytes`, or null. */
export function findCookie(bytes: Uint8Array): string | null {
  let start = 0;
  for (let line = 0; line < 2 && start < bytes.length; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 10) end++;
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
    const m = COOKIE_RE.exec(s);
    if (m) return m[1];
    // only a blank or comment-only first line allows a cookie on line 2
    if (!/^[ \t\f]*(#.*)?\r?$/.test(s)) break;
    start = end + 1;
  }
  return null;
}

/**
 * Decodes source bytes to text. Returns the text and the encoding name as
 * `tokenize.detect_encoding` reports it ('utf-8', 'utf-8-sig', 'iso-8859-1', ...).
 * @throws PySyntaxError for an unknown encoding or undecodable bytes
 */
export function decodeSource(bytes: Uint8Array, filename = '<unknown>', opts: { surrogateEscape?: boolean } = {}): { text: string; encoding: string; escaped?: boolean } {
  let bom = false;
  let b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    bom = true;
    b = b.subarray(3);
  }
  const cookie = findCookie(b);
  let enc = 'utf-8';
  if (cookie) {
    enc = normEncoding(cookie);
    if (bom && enc !== 'utf-8') {
      throw new EncodingError(`encoding problem: ${cookie} with BOM`, filename, `encoding problem for '${filename}': utf-8`);
    }
  }
  if (enc === 'utf-8') {
    try {
      const text = decodeValidUtf8(b) ?? new TextDecoder('utf-8', { fatal: true }).decode(b);
      return { text, encoding: bom ? 'utf-8-sig' : cookie ? cookie.toLowerCase().replace(/_/g, '-') === 'utf-8' ? 'utf-8' : cookie : 'utf-8' };
    } catch {
      if (opts.surrogateEscape && !cookie) {
        // compile()/ast.parse of bytes: undecodable bytes only fail where a token needs decoding
        return { text: decodeSurrogateEscape(b), encoding: 'utf-8', escaped: true };
      }
      // locate the first undecodable byte: its line, and its position within the line
      const dec = new TextDecoder('utf-8', { fatal: true });
      let ls = 0;
      let lineno = 1;
      for (;;) {
        let le = b.indexOf(10, ls);
        if (le < 0) le = b.length - 1;
        const line = b.subarray(ls, le + 1);
        try {
          dec.decode(line);
        } catch {
          let k = 0;
          while (k < line.length) {
            const c = line[k];
            const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
            if (n === 0) break;
            try {
              dec.decode(line.subarray(k, k + n));
            } catch {
              break;
            }
            k += n;
          }
          const c0 = line[k];
          const n0 = c0 < 0x80 ? 1 : c0 >= 0xc2 && c0 < 0xe0 ? 2 : c0 >= 0xe0 && c0 < 0xf0 ? 3 : c0 >= 0xf0 && c0 < 0xf5 ? 4 : 0;
          const why = n0 === 0 ? 'invalid start byte' : k + n0 > line.length ? 'unexpected end of data' : 'invalid continuation byte';
          const text = new TextDecoder('utf-8').decode(line);
          const msg = `(unicode error) 'utf-8' codec can't decode byte 0x${line[k].toString(16).padStart(2, '0')} in position ${k}: ${why}`;
          throw new EncodingError(msg, filename, `invalid or missing encoding declaration for '${filename}'`, lineno, text.replace(/\n$/, '').length, text);
        }
        if (le >= b.length - 1) break;
        ls = le + 1;
        lineno++;
      }
      throw new EncodingError("(unicode error) 'utf-8' codec can't decode", filename, `invalid or missing encoding declaration for '${filename}'`);
    }
  }
  if (enc === 'iso-8859-1') {
    let text = '';
    for (let i = 0; i < b.length; i += 8192) text += String.fromCharCode(...b.subarray(i, i + 8192));
    return { text, encoding: 'iso-8859-1' };
  }
  try {
    const text = new TextDecoder(enc, { fatal: true }).decode(b);
    return { text, encoding: cookie! };
  } catch {
    throw new EncodingError(`unknown encoding: ${cookie}`, filename, `unknown encoding for '${filename}': ${cookie}`);
  }
}

/** UTF-8 decoding with Python's "surrogateescape": each undecodable byte b becomes U+DC00+b. */
export function decodeSurrogateEscape(b: Uint8Array): string {
  let out = '';
  const n = b.length;
  let i = 0;
  let chunk = '';
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      chunk += String.fromCharCode(c);
      i++;
    } else {
      const len = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
      let ok = len > 0 && i + len <= n;
      let cp = len === 2 ? c & 0x1f : len === 3 ? c & 0x0f : c & 0x07;
      for (let k = 1; ok && k < len; k++) {
        const d = b[i + k];
        if ((d & 0xc0) !== 0x80) ok = false;
        else cp = (cp << 6) | (d & 0x3f);
      }
      if (ok && ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))) ok = false;
      if (ok) {
        chunk += String.fromCodePoint(cp);
        i += len;
      } else {
        chunk += String.fromCharCode(0xdc00 + c);
        i++;
      }
    }
    if (chunk.length > 4096) {
      out += chunk;
      chunk = '';
    }
  }
  return out + chunk;
}
