/**
 * CPython 3.11's location table (Objects/locations.md): per run of 1..8 code
 * units, a first byte 0x80 | code<<3 | (length-1) and a payload. Codes 0-9:
 * short form (same line, col < 80); 10-12: one-line form (line delta 0..2);
 * 13: line only; 14: long form; 15: no location. Columns are 0-based UTF-8
 * byte offsets.
 */
import type { CodeObject } from './code.js';

/** A source location as the compiler tracks it: line -1 means "no location"; columns -1 mean unknown. */
export interface Location { lineno: number; endLineno: number; col: number; endCol: number; }

/** Position of one code unit: [line, endLine, col, endCol], any part null when unknown. */
export type Position = [number | null, number | null, number | null, number | null];

/**
 * Encodes locations into a `co_linetable` (compile.c write_location_info_entry).
 * Call `add(loc, units)` per instruction in order; `finish()` returns the bytes
 * (or `size` and `copyTo` place them in caller-owned memory). The bytes go into
 * a growable Uint8Array rather than a number[] (whose growth copies 8-byte
 * slots): the table is the compiler's largest transient allocation. `reset`
 * lets one writer serve many code objects.
 */
export class LineTableWriter {
  private buf = new Uint8Array(256);
  private n = 0;
  private prevLine: number;
  constructor(firstLineno: number) { this.prevLine = firstLineno; }

  /** Start a new table (the bytes written so far are dropped; the buffer is kept). */
  reset(firstLineno: number): void {
    this.n = 0;
    this.prevLine = firstLineno;
  }

  add(loc: Location, units: number): void {
    // An entry takes at most 1 + 4 varints of 6 bytes: make room for two of them per call.
    if (this.n + 64 > this.buf.length) this.grow();
    while (units > 8) {
      this.entry(loc, 8);
      units -= 8;
      if (this.n + 64 > this.buf.length) this.grow();
    }
    this.entry(loc, units);
  }

  private grow(): void {
    const nb = new Uint8Array(this.buf.length * 2);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }

  private varint(val: number): void {
    const buf = this.buf;
    let n = this.n;
    while (val >= 64) {
      buf[n++] = 64 | (val & 63);
      val >>>= 6;
    }
    buf[n++] = val;
    this.n = n;
  }

  private signedVarint(val: number): void {
    this.varint(val < 0 ? ((-val) << 1) | 1 : val << 1);
  }

  private entry(loc: Location, len: number): void {
    const buf = this.buf;
    const lineno = loc.lineno;
    if (lineno < 0) { buf[this.n++] = 0x80 | (15 << 3) | (len - 1); return; }
    const delta = lineno - this.prevLine;
    const col = loc.col, endCol = loc.endCol, endLineno = loc.endLineno;
    if (col < 0 || endCol < 0) {
      if (endLineno === lineno || endLineno === -1) {
        buf[this.n++] = 0x80 | (13 << 3) | (len - 1);
        this.signedVarint(delta);
        this.prevLine = lineno;
        return;
      }
    } else if (endLineno === lineno) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        buf[this.n++] = 0x80 | ((col >> 3) << 3) | (len - 1);
        buf[this.n++] = ((col & 7) << 4) | (endCol - col);
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        const n = this.n;
        buf[n] = 0x80 | ((10 + delta) << 3) | (len - 1);
        buf[n + 1] = col;
        buf[n + 2] = endCol;
        this.n = n + 3;
        this.prevLine = lineno;
        return;
      }
    }
    buf[this.n++] = 0x80 | (14 << 3) | (len - 1);
    this.signedVarint(delta);
    this.varint(endLineno - lineno);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.prevLine = lineno;
  }

  /** Number of bytes written so far. */
  get size(): number { return this.n; }

  /** Copy the bytes written so far into `dst` from index `at`. */
  copyTo(dst: Uint8Array, at: number): void {
    const buf = this.buf, n = this.n;
    for (let i = 0; i < n; i++) dst[at + i] = buf[i];
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** Decode a location table into one entry per code unit (Objects/codeobject.c, `code.co_positions()`). */
export function decodePositions(table: Uint8Array, firstLineno: number): Position[] {
  const res: Position[] = [];
  let pos = 0;
  let line = firstLineno;
  const varint = (): number => {
    let b = table[pos++];
    let val = b & 63, shift = 0;
    while (b & 64) { b = table[pos++]; shift += 6; val |= (b & 63) << shift; }
    return val;
  };
  const svarint = (): number => { const u = varint(); return u & 1 ? -(u >>> 1) : u >>> 1; };
  while (pos < table.length) {
    const first = table[pos++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let p: Position;
    if (code === 15) p = [null, null, null, null];
    else if (code === 14) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1, endCol = varint() - 1;
      p = [line, endLine, col < 0 ? null : col, endCol < 0 ? null : endCol];
    } else if (code === 13) {
      line += svarint();
      p = [line, line, null, null];
    } else if (code >= 10) {
      line += code - 10;
      const col = table[pos++], endCol = table[pos++];
      p = [line, line, col, endCol];
    } else {
      const b2 = table[pos++];
      const col = code * 8 + (b2 >> 4);
      p = [line, line, col, col + (b2 & 15)];
    }
    for (let i = 0; i < len; i++) res.push(p);
  }
  return res;
}

const positionsCache = new WeakMap<CodeObject, Position[]>();
const linesCache = new WeakMap<CodeObject, Int32Array>();

/** Positions of every code unit of `code` (CPython's `co_positions()`), cached per code object. */
export function co_positions(code: CodeObject): Position[] {
  let p = positionsCache.get(code);
  if (!p) {
    p = decodePositions(code.co_linetable, code.co_firstlineno);
    positionsCache.set(code, p);
  }
  return p;
}

/**
 * Line number of the instruction at code unit `unit` (CPython's PyCode_Addr2Line with a
 * code-unit index instead of a byte offset); -1 when the instruction has no line.
 */
export function addr2line(code: CodeObject, unit: number): number {
  let lines = linesCache.get(code);
  if (!lines) {
    const p = co_positions(code);
    lines = new Int32Array(p.length);
    for (let i = 0; i < p.length; i++) lines[i] = p[i][0] ?? -1;
    linesCache.set(code, lines);
  }
  if (unit < 0 || unit >= lines.length) return -1;
  return lines[unit];
}
