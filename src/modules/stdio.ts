/**
 * Process standard streams: buffered stdout (flushed at exit, before any
 * stderr output, and when large), unbuffered stderr, synchronous stdin lines.
 * Output goes through `fs.writeSync` (DESIGN.md: no async streams on the hot path).
 */
import * as fs from 'node:fs';
import { encodeStr } from '../runtime/bytes.js';

/** A lone (unpaired) surrogate code unit. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** UTF-8 bytes of `s`; lone surrogates U+DC80..U+DCFF become the bytes they escape (surrogateescape). */
function utf8Bytes(s: string): Buffer {
  if (!LONE_SURROGATE.test(s)) return Buffer.from(s, 'utf8');
  return Buffer.from(encodeStr(s, 'utf-8', 'surrogateescape'));
}

let outBuf = '';
const OUT_LIMIT = 1 << 16;

function writeAll(fd: number, s: string): void {
  let data = utf8Bytes(s);
  while (data.length > 0) {
    try {
      const n = fs.writeSync(fd, data);
      data = data.subarray(n);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') continue; // non-blocking pipe: retry
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

let capture: string[] | null = null;

/**
 * Run `fn` with stdout redirected into a string (for tests and embedding);
 * returns everything written. Nested captures are not supported.
 */
export function captureStdout(fn: () => void): string {
  flushStdout();
  const prev = capture;
  capture = [];
  try {
    fn();
    return capture.join('');
  } finally {
    capture = prev;
  }
}

/** Append text to the stdout buffer (written out by `flushStdout`). */
export function stdoutWrite(s: string): void {
  // CPython's stdout encodes with surrogateescape: other lone surrogates raise UnicodeEncodeError
  if (LONE_SURROGATE.test(s)) encodeStr(s, 'utf-8', 'surrogateescape');
  if (capture) {
    capture.push(s);
    return;
  }
  outBuf += s;
  if (outBuf.length > OUT_LIMIT) flushStdout();
}

/** Write buffered stdout text to fd 1. Call before writing to stderr and at exit. */
export function flushStdout(): void {
  if (outBuf.length === 0) return;
  const s = outBuf;
  outBuf = '';
  writeAll(1, s);
}

/** Write to stderr (flushing stdout first so interleaving matches CPython's line-buffered tty behaviour). */
export function stderrWrite(s: string): void {
  flushStdout();
  // stderr's error handler is backslashreplace
  if (LONE_SURROGATE.test(s)) s = s.replace(new RegExp(LONE_SURROGATE.source, 'g'), (c) => '\\u' + c.charCodeAt(0).toString(16));
  writeAll(2, s);
}

process.on('exit', flushStdout);

let stdinBuf: Buffer = Buffer.alloc(0);
let stdinEof = false;

/**
 * Read one line from stdin synchronously, including its '\n' ('' at EOF).
 * Reads in chunks and keeps the remainder for the next call.
 */
export function stdinReadLine(): string {
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl + 1).toString('utf8');
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      const rest = stdinBuf.toString('utf8');
      stdinBuf = Buffer.alloc(0);
      return rest;
    }
    readChunk();
  }
}

/** Read all remaining stdin text. */
export function stdinReadAll(): string {
  while (!stdinEof) readChunk();
  const rest = stdinBuf.toString('utf8');
  stdinBuf = Buffer.alloc(0);
  return rest;
}

function readChunk(): void {
  const chunk = Buffer.alloc(65536);
  let n: number;
  try {
    n = fs.readSync(0, chunk, 0, chunk.length, null);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EAGAIN') {
      // Non-blocking stdin: wait briefly and retry.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      return;
    }
    if (code === 'EOF') n = 0;
    else {
      stdinEof = true;
      return;
    }
  }
  if (n === 0) stdinEof = true;
  else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
}
