/**
 * Text files opened by `open()` (CPython Modules/_io/textio.c, simplified):
 * the file's bytes are decoded with its encoding and errors handler on first
 * read (with universal newlines when `newline` is None), writes are encoded
 * and newline-translated and land at the current position, and `tell()`
 * cookies are byte offsets into the file.
 *
 * Between a write or seek and the next read the position is kept as a byte
 * offset (`cookie`) and the decoded text is dropped, so sequences of writes
 * never re-read the file.
 */
import * as fs from 'node:fs';
import { newError, ValueErrorType } from '../runtime/object.js';
import { osErrorFromNode } from '../runtime/exceptions.js';
import { decodeBytes, encodeStr } from '../runtime/bytes.js';
import { UnsupportedOperationType } from './io_binary.js';

/** The per-file state a text file keeps (fields of io.ts's PyTextIO). */
export interface TextFileState {
  fd: number;
  /** Codec name for encodeStr/decodeBytes. */
  codec: string;
  errors: string;
  /** open()'s newline argument: null (universal), '', '\n', '\r' or '\r\n'. */
  newline: string | null;
  /** Opened in an 'a' mode: every write goes to the end. */
  append: boolean;
  /** Decoded (and newline-translated) text of the whole file, or null when not loaded. */
  content: string | null;
  /** Position in `content` (code units), valid while content is loaded. */
  pos: number;
  /** Byte offset of the position while `content` is null. */
  cookie: number;
  /** Indices in `content` where '\r\n' was read as one '\n'. */
  crlf: number[];
}

function fileSize(fd: number): number {
  try {
    return fs.fstatSync(fd).size;
  } catch (e) {
    throw osErrorFromNode(e);
  }
}

function readAllBytes(fd: number): Uint8Array {
  try {
    const size = fileSize(fd);
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const k = fs.readSync(fd, buf, got, size - got, got);
      if (k === 0) break;
      got += k;
    }
    return buf.subarray(0, got);
  } catch (e) {
    throw osErrorFromNode(e);
  }
}

/** Bytes that text `s` occupies in the file (before newline translation on write). */
function byteLength(f: TextFileState, s: string): number {
  if (f.codec === 'utf-8' && f.errors === 'strict') return Buffer.byteLength(s, 'utf8');
  if (f.codec === 'latin-1' || f.codec === 'ascii') return s.length;
  return encodeStr(s, f.codec, f.errors).length;
}

/** Byte offset of text position `pos` of the loaded content. */
function tellAt(f: TextFileState, pos: number): number {
  const c = f.content!;
  let n = byteLength(f, c.slice(0, pos));
  if (f.crlf.length > 0) {
    let lo = 0;
    let hi = f.crlf.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f.crlf[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    n += lo;
  }
  return n;
}

/** Decode the whole file (once per read after a write or seek) and place the position at `cookie`. */
export function loadTextFile(f: TextFileState): string {
  if (f.content !== null) return f.content;
  let text = decodeBytes(readAllBytes(f.fd), f.codec, f.errors);
  f.crlf = [];
  if (f.newline === null && text.includes('\r')) {
    const crlf = f.crlf;
    let removed = 0;
    text = text.replace(/\r\n?/g, (m: string, off: number) => {
      if (m.length === 2) {
        crlf.push(off - removed);
        removed += 1;
      }
      return '\n';
    });
  }
  f.content = text;
  // the text position whose byte offset is the cookie (tellAt grows with pos)
  let lo = 0;
  let hi = text.length;
  if (f.cookie >= tellAt(f, hi)) lo = hi;
  else {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tellAt(f, mid) < f.cookie) lo = mid + 1;
      else hi = mid;
    }
  }
  f.pos = lo;
  return text;
}

/** Encode and write `s` at the current position (at the end in append modes). */
export function writeTextFile(f: TextFileState, s: string): void {
  if (f.newline === '\r' || f.newline === '\r\n') s = s.replace(/\n/g, f.newline);
  const data = encodeStr(s, f.codec, f.errors);
  try {
    if (f.append) {
      fs.writeSync(f.fd, data);
      f.cookie = fileSize(f.fd);
    } else {
      const at = f.content === null ? f.cookie : tellAt(f, f.pos);
      fs.writeSync(f.fd, data, 0, data.length, at);
      f.cookie = at + data.length;
    }
  } catch (e) {
    throw osErrorFromNode(e);
  }
  f.content = null;
}

/** `tell()`: the byte offset of the position. */
export function tellTextFile(f: TextFileState): number {
  return f.content === null ? f.cookie : tellAt(f, f.pos);
}

/** `seek(cookie, whence)` with CPython's limits on relative seeks of text files. */
export function seekTextFile(f: TextFileState, off: number, whence: number): number {
  if (whence === 1) {
    if (off !== 0) throw newError(UnsupportedOperationType, "can't do nonzero cur-relative seeks");
    return tellTextFile(f);
  }
  if (whence === 2) {
    if (off !== 0) throw newError(UnsupportedOperationType, "can't do nonzero end-relative seeks");
    f.content = null;
    f.cookie = fileSize(f.fd);
    return f.cookie;
  }
  if (whence !== 0) throw newError(ValueErrorType, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (off < 0) throw newError(ValueErrorType, `negative seek position ${off}`);
  f.content = null;
  f.cookie = off;
  return off;
}

/** End index of the line starting at `start` in `c` (after its terminator), by the file's newline mode. */
export function lineEnd(c: string, start: number, newline: string | null): number {
  if (newline === '') {
    for (let i = start; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10) return i + 1;
      if (ch === 13) return c.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return c.length;
  }
  const sep = newline === null ? '\n' : newline;
  const e = c.indexOf(sep, start);
  return e < 0 ? c.length : e + sep.length;
}
