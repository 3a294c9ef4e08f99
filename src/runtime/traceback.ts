/**
 * Traceback objects and CPython's exception printing (Python/traceback.c,
 * Python/pythonrun.c `print_exception_recursive`, Python/suggestions.c for
 * the 3.11 "Did you mean: ...?" hints).
 */
import * as fs from 'node:fs';
import {
  type PyValue,
  PyObject,
  PyType,
  PyBaseExceptionObject,
  None,
  TracebackType,
  FrameType,
  NameErrorType,
  AttributeErrorType,
  SyntaxErrorType,
  ImportErrorType,
  TPFLAGS_HEAPTYPE,
  typeOf,
  defineGetSet,
} from './object.js';
import { addr2line } from '../bytecode/linetable.js';
import type { Frame } from '../vm/frame.js';
import { str as pyStr } from './abstract.js';
import { attrErrorInfo, getAttrOpt } from './attr.js';
import { dictGetStr, dictKeys, seqItems, mkDict } from '../vm/rt.js';

/** A traceback entry (CPython `PyTracebackObject`): `next` is the entry of the frame called from this one. */
export class PyTraceback extends PyObject {
  constructor(
    public readonly next: PyObject | null,
    public readonly frame: Frame,
    public readonly lasti: number,
  ) {
    super(TracebackType);
  }
  get lineno(): number {
    return addr2line(this.frame.info.code, this.lasti);
  }
}

/** A Python-visible frame object (`tb_frame`, `sys._getframe()`). */
export class PyFrameObject extends PyObject {
  constructor(public readonly frame: Frame, public readonly lasti: number) {
    super(FrameType);
  }
}

/** Record that `exc` passed through `frame` at instruction `lasti` (CPython `PyTraceBack_Here`). */
export function addTraceback(exc: PyBaseExceptionObject, frame: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback, frame, lasti);
}

/** The frame object for a VM frame (for sys._getframe). */
export function frameObject(frame: Frame): PyFrameObject {
  return new PyFrameObject(frame, frame.lasti);
}

// ---------------------------------------------------------------------------
// Source lines
// ---------------------------------------------------------------------------

const sourceCache = new Map<string, string[] | null>();
/** Register source text for a filename (for `-c` code and tests), so tracebacks can show lines. */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r?\n/));
}
function sourceLine(filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  if (!lines || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

// ---------------------------------------------------------------------------
// Suggestions (Python/suggestions.c)
// ---------------------------------------------------------------------------

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

function levenshtein(as: Uint8Array, bs: Uint8Array, maxCost: number): number {
  let a0 = 0, a1 = as.length, b0 = 0, b1 = bs.length;
  while (a0 < a1 && b0 < b1 && as[a0] === bs[b0]) { a0++; b0++; }
  while (a0 < a1 && b0 < b1 && as[a1 - 1] === bs[b1 - 1]) { a1--; b1--; }
  let a = as.subarray(a0, a1), b = bs.subarray(b0, b1);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(a.length);
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const enc = new TextEncoder();
function calculateSuggestion(dir: PyValue[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameB = enc.encode(name);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const item of dir) {
    if (typeof item !== 'string' || item === name) continue;
    const itemB = enc.encode(item);
    let maxDist = Math.floor(((nameB.length + itemB.length + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = levenshtein(nameB, itemB, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

function dirOf(o: PyValue): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.dict) for (const k of dictKeys(o.dict)) if (typeof k === 'string') names.add(k);
  if (o instanceof PyType) {
    for (const t of o.tp_mro) for (const k of t.tp_dict.keys()) names.add(k);
  } else if (!(o instanceof PyObject && o.ob_type.tp_name === 'module')) {
    for (const t of typeOf(o).tp_mro) for (const k of t.tp_dict.keys()) names.add(k);
  }
  return [...names].sort();
}

/** Names recorded for NameErrors raised by the VM (the `name` attribute). */
export const nameErrorNames = new WeakMap<PyBaseExceptionObject, string>();

function suggestion(exc: PyBaseExceptionObject): string | null {
  const t = exc.ob_type;
  try {
    if (t.isSubtype(AttributeErrorType)) {
      const info = attrErrorInfo.get(exc);
      if (!info) return null;
      return calculateSuggestion(dirOf(info.obj), info.name);
    }
    if (t.isSubtype(NameErrorType)) {
      let name: PyValue | undefined = nameErrorNames.get(exc);
      if (name === undefined && exc.dict) name = dictGetStr(exc.dict, 'name');
      if (typeof name !== 'string') return null;
      let tb = exc.traceback;
      if (!(tb instanceof PyTraceback)) return null;
      while ((tb as PyTraceback).next instanceof PyTraceback) tb = (tb as PyTraceback).next as PyTraceback;
      const frame = (tb as PyTraceback).frame;
      const code = frame.info.code;
      const s1 = calculateSuggestion(code.co_varnames, name);
      if (s1) return s1;
      const s2 = calculateSuggestion(dictKeys(frame.globals), name);
      if (s2) return s2;
      return calculateSuggestion(dictKeys(frame.builtins), name);
    }
    if (t.isSubtype(ImportErrorType)) return null;
  } catch {
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

function formatTb(tb: PyObject | null, out: string[]): void {
  let last: string | null = null;
  let count = 0;
  const flushRepeat = () => {
    if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`);
  };
  for (let t = tb; t instanceof PyTraceback; t = t.next) {
    const code = t.frame.info.code;
    const lineno = t.lineno;
    const key = `${code.co_filename}\0${lineno}\0${code.co_name}`;
    if (key === last) {
      count++;
      if (count > 3) continue;
    } else {
      flushRepeat();
      last = key;
      count = 1;
    }
    out.push(`  File "${code.co_filename}", line ${lineno}, in ${code.co_name}\n`);
    const src = lineno > 0 ? sourceLine(code.co_filename, lineno) : null;
    if (src !== null && src.trim() !== '') out.push(`    ${src.trim()}\n`);
  }
  flushRepeat();
}

function typeDisplayName(t: PyType): string {
  let mod: PyValue | undefined = t.tp_flags & TPFLAGS_HEAPTYPE ? t.tp_dict.get('__module__') : t.tp_module;
  if (mod === undefined) mod = t.tp_module;
  const q = t.tp_qualname;
  if (typeof mod !== 'string') return `<unknown>.${q}`;
  if (mod === 'builtins' || mod === '__main__') return q;
  return `${mod}.${q}`;
}

function safeStr(v: PyValue): string {
  try {
    return pyStr(v);
  } catch {
    return '<exception str() failed>';
  }
}

/** The final line(s) of a traceback: `TypeError: msg` (CPython `print_exception` / `format_exception_only`). */
export function formatExceptionOnly(exc: PyBaseExceptionObject): string {
  const t = exc.ob_type;
  const out: string[] = [];
  let msg: string;
  if (t.isSubtype(SyntaxErrorType)) {
    const filename = getAttrOpt(exc, 'filename');
    const lineno = getAttrOpt(exc, 'lineno');
    const text = getAttrOpt(exc, 'text');
    const offset = getAttrOpt(exc, 'offset');
    const endOffset = getAttrOpt(exc, 'end_offset');
    const m = getAttrOpt(exc, 'msg');
    if (lineno !== undefined && lineno !== None) {
      out.push(`  File "${filename !== undefined && filename !== None ? safeStr(filename) : '<string>'}", line ${safeStr(lineno)}\n`);
      if (typeof text === 'string') {
        const raw = text.replace(/\n$/, '');
        const stripped = raw.replace(/^[ \t\f]+/, '');
        const removed = raw.length - stripped.length;
        out.push(`    ${stripped.replace(/\s+$/, '')}\n`);
        if (typeof offset === 'number' && offset >= 1) {
          let start = offset - 1 - removed;
          let end = typeof endOffset === 'number' && endOffset > offset ? endOffset - 1 - removed : start + 1;
          if (start < 0) start = 0;
          if (end <= start) end = start + 1;
          out.push(`    ${' '.repeat(start)}${'^'.repeat(end - start)}\n`);
        }
      }
    }
    msg = m !== undefined && m !== None ? safeStr(m) : safeStr(exc);
  } else msg = safeStr(exc);
  const name = typeDisplayName(t);
  let line = msg === '' ? name : `${name}: ${msg}`;
  const sug = suggestion(exc);
  if (sug !== null) line += `. Did you mean: '${sug}'?`;
  out.push(line + '\n');
  // PEP 678 notes
  const notes = exc.dict ? dictGetStr(exc.dict, '__notes__') : undefined;
  if (notes !== undefined) {
    const items = seqItems(notes, true);
    if (items) for (const n of items) out.push(safeStr(n) + '\n');
    else out.push(`${safeStr(notes)}\n`);
  }
  return out.join('');
}

/**
 * Format an exception with its traceback and chained causes/contexts exactly
 * like CPython's default `sys.excepthook`.
 */
export function formatException(exc: PyBaseExceptionObject): string {
  const out: string[] = [];
  const seen = new Set<PyBaseExceptionObject>();
  const rec = (e: PyBaseExceptionObject): void => {
    seen.add(e);
    const cause = e.cause;
    const ctx = e.context;
    if (cause instanceof PyBaseExceptionObject && !seen.has(cause)) {
      rec(cause);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (ctx instanceof PyBaseExceptionObject && !e.suppressContext && !seen.has(ctx)) {
      rec(ctx);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    if (e.traceback instanceof PyTraceback) {
      out.push('Traceback (most recent call last):\n');
      formatTb(e.traceback, out);
    }
    out.push(formatExceptionOnly(e));
  };
  rec(exc);
  return out.join('');
}

let installed = false;
/** Python-visible attributes of traceback and frame objects. Idempotent. */
export function installTraceback(): void {
  if (installed) return;
  installed = true;
  const T = (o: PyValue) => o as PyTraceback;
  defineGetSet(TracebackType, 'tb_next', (o) => T(o).next ?? None);
  defineGetSet(TracebackType, 'tb_lineno', (o) => T(o).lineno);
  defineGetSet(TracebackType, 'tb_lasti', (o) => T(o).lasti * 2);
  defineGetSet(TracebackType, 'tb_frame', (o) => new PyFrameObject(T(o).frame, T(o).lasti));
  const F = (o: PyValue) => o as PyFrameObject;
  defineGetSet(FrameType, 'f_code', (o) => F(o).frame.info.pyCode);
  defineGetSet(FrameType, 'f_lineno', (o) => addr2line(F(o).frame.info.code, Math.max(0, F(o).frame === null ? 0 : F(o).lasti)));
  defineGetSet(FrameType, 'f_globals', (o) => F(o).frame.globals);
  defineGetSet(FrameType, 'f_builtins', (o) => F(o).frame.builtins);
  defineGetSet(FrameType, 'f_back', (o) => {
    const b = F(o).frame.back;
    return b ? new PyFrameObject(b, b.lasti) : None;
  });
  defineGetSet(FrameType, 'f_lasti', (o) => F(o).lasti * 2);
  defineGetSet(FrameType, 'f_locals', (o) => frameLocals(F(o).frame));
}

/** A snapshot dict of a frame's locals (CPython `PyFrame_GetLocals` for function frames). */
export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  const d = mkDict();
  const code = frame.info.code;
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = frame.f[i];
    if (v instanceof PyObject && v.ob_type.tp_name === 'cell' && !(code.co_localspluskinds[i] & 0x20 && !(code.co_localspluskinds[i] & 0x40))) {
      v = (v as unknown as { ref: PyValue | undefined }).ref;
    }
    if (v !== undefined && v !== null) d.table.set(names[i], v as PyValue);
  }
  return d;
}
