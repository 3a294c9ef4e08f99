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

function writeVarint(out: number[], val: number): void {
  while (val >= 64) {
    out.push(64 | (val & 63));
    val >>>= 6;
  }
  out.push(val);
}
function writeSignedVarint(out: number[], val: number): void {
  writeVarint(out, val < 0 ? ((-val) << 1) | 1 : val << 1);
}

/**
 * Encodes locations into a `co_linetable` (compile.c write_location_info_entry).
 * Call `add(loc, units)` per instruction in order; `finish()` returns the bytes.
 */
export class LineTableWriter {
  private out: number[] = [];
  private prevLine: number;
  constructor(firstLineno: number) { this.prevLine = firstLineno; }

  add(loc: Location, units: number): void {
    while (units > 8) { this.entry(loc, 8); units -= 8; }
    this.entry(loc, units);
  }

  private first(code: number, len: number): void {
    this.out.push(0x80 | (code << 3) | (len - 1));
  }

  private entry(loc: Location, len: number): void {
    const out = this.out;
    if (loc.lineno < 0) { this.first(15, len); return; }
    const delta = loc.lineno - this.prevLine;
    const col = loc.col, endCol = loc.endCol;
    if (col < 0 || endCol < 0) {
      if (loc.endLineno === loc.lineno || loc.endLineno === -1) {
        this.first(13, len);
        writeSignedVarint(out, delta);
        this.prevLine = loc.lineno;
        return;
      }
    } else if (loc.endLineno === loc.lineno) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.first(Math.floor(col / 8), len);
        out.push(((col % 8) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        this.first(10 + delta, len);
        out.push(col, endCol);
        this.prevLine = loc.lineno;
        return;
      }
    }
    this.first(14, len);
    writeSignedVarint(out, delta);
    writeVarint(out, loc.endLineno - loc.lineno);
    writeVarint(out, col + 1);
    writeVarint(out, endCol + 1);
    this.prevLine = loc.lineno;
  }

  /** Number of bytes written so far. */
  get size(): number { return this.out.length; }

  /** Copy the bytes written so far into `dst` from index `at`. */
  copyTo(dst: Uint8Array, at: number): void {
    const out = this.out, n = out.length;
    for (let i = 0; i < n; i++) dst[at + i] = out[i];
  }

  finish(): Uint8Array {
    const out = this.out, n = out.length;
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = out[i];
    return bytes;
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
