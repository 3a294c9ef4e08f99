/**
 * Traceback objects and CPython's exception printing (Python/traceback.c,
 * Python/pythonrun.c `print_exception_recursive`, Python/suggestions.c for
 * the 3.11 "Did you mean: ...?" hints).
 */
import type { PyDict } from './dict.js';
import * as fs from 'node:fs';
import {
  type PyValue,
  PyObject,
  PyType,
  PyBaseExceptionObject,
  None,
  TracebackType,
  FrameType,
  CodeType,
  NameErrorType,
  AttributeErrorType,
  SyntaxErrorType,
  ImportErrorType,
  BaseExceptionGroupType,
  TPFLAGS_HEAPTYPE,
  typeOf,
  defineGetSet,
  newError,
  TypeErrorType,
  ValueErrorType,
} from './object.js';
import { addr2line, co_positions } from '../bytecode/linetable.js';
import { parse as parseSource } from '../parser/index.js';
import { syntaxErrorBlockC, syntaxErrorBlockModule } from '../parser/error_display.js';
import type { Frame } from '../vm/frame.js';
import { str as pyStr, objectId, getIter as getIterFn } from './abstract.js';
import { attrErrorInfo, getAttrOpt } from './attr.js';
import { dictGetStr, dictKeys, seqItems, mkDict, mkTuple, sysModules } from '../vm/rt.js';
import { defineMethods } from './object.js';
import { exceptionGroupItems } from './exceptions.js';

/** A traceback entry (CPython `PyTracebackObject`): `next` is the entry of the frame called from this one. */
export class PyTraceback extends PyObject {
  constructor(
    public next: PyObject | null,
    public readonly frame: Frame,
    public readonly lasti: number,
  ) {
    super();
    this.ob_type = TracebackType;
  }
  get lineno(): number {
    return addr2line(this.frame.info.code, this.lasti);
  }
}

/**
 * A Python-visible frame object (`tb_frame`, `sys._getframe()`). One per VM
 * frame (cached on `Frame.pyFrame`, so `f.f_back is g` holds like in CPython);
 * `f_lineno`/`f_lasti` read the frame's live `lasti`.
 */
export class PyFrameObject extends PyObject {
  constructor(public readonly frame: Frame) {
    super();
    this.ob_type = FrameType;
  }
  get lasti(): number {
    return this.frame.lasti;
  }
}

/** Record that `exc` passed through `frame` at instruction `lasti` (CPython `PyTraceBack_Here`). */
export function addTraceback(exc: PyBaseExceptionObject, frame: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback, frame, lasti);
}

/** The frame object for a VM frame (for sys._getframe, tb_frame, f_back): created once per frame. */
export function frameObject(frame: Frame): PyFrameObject {
  let fo = frame.pyFrame as PyFrameObject | null;
  if (fo === null) frame.pyFrame = fo = new PyFrameObject(frame);
  return fo;
}

// ---------------------------------------------------------------------------
// Source lines
// ---------------------------------------------------------------------------

const sourceCache = new Map<string, string[] | null>();
/** Register source text for a filename (for `-c` code and tests), so tracebacks can show lines. */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r?\n/));
}
/**
 * The lines of a source file (without line ends; a final newline gives a last
 * empty entry), read once and cached; null when unreadable. Backs `linecache`.
 */
export function sourceLines(filename: string): string[] | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  return lines;
}
/** Forget cached source text (`linecache.clearcache()`); registered sources are kept unless `all`. */
export function clearSourceCache(filename?: string): void {
  if (filename === undefined) {
    for (const [k, v] of sourceCache) if (v === null || !k.startsWith('<')) sourceCache.delete(k);
  } else sourceCache.delete(filename);
}
/** Set during interpreter teardown, when CPython's traceback printer can no longer read source lines. */
let noSourceLines = false;
/** Tracebacks printed from now on show no source lines (CPython after its modules are torn down). */
export function disableSourceLines(): void {
  noSourceLines = true;
}
function sourceLine(filename: string, lineno: number): string | null {
  if (noSourceLines) return null;
  const lines = sourceLines(filename);
  if (!lines || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

// ---------------------------------------------------------------------------
// Position markers (`~~~^^^`, PEP 657)
// ---------------------------------------------------------------------------

const utf8Len = (c: string): number => {
  const cp = c.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};
/** CPython traceback `_byte_offset_to_character_offset` on a code-point array. */
function byteToChar(cps: string[], off: number): number {
  let bytes = 0, n = 0;
  for (const c of cps) {
    if (bytes >= off) break;
    bytes += utf8Len(c);
    n++;
  }
  return n;
}
const isSpace = (c: string | undefined): boolean => c !== undefined && /^\s$/u.test(c);
function isWide(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}
/** Display width of the first `offset` characters (East Asian wide characters count 2, like CPython's `_display_width`). */
function displayWidth(cps: string[], offset: number): number {
  let w = 0;
  for (let i = 0; i < offset && i < cps.length; i++) w += isWide(cps[i]) ? 2 : 1;
  return w + Math.max(0, offset - cps.length);
}

/** The `~`/`^` split of a one-line segment (traceback `_extract_caret_anchors_from_line_segment`): [leftEnd, rightStart] or null. */
function caretAnchors(segment: string): [number, number] | null {
  let tree;
  try {
    tree = parseSource(segment, '<segment>', 'exec') as { body: { _type: string; value?: unknown }[] };
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const cps = Array.from(segment);
  const norm = (o: number) => byteToChar(cps, o);
  type E = { _type: string; col_offset: number; end_col_offset: number; left: E; right: E; value: E; slice: E };
  const expr = tree.body[0].value as E;
  if (expr._type === 'BinOp') {
    const opStr = cps.slice(norm(expr.left.end_col_offset), norm(expr.right.col_offset));
    let lead = 0;
    while (lead < opStr.length && isSpace(opStr[lead])) lead++;
    let left = expr.left.end_col_offset + lead;
    let right = left + 1;
    if (lead + 1 < opStr.length && !isSpace(opStr[lead + 1])) right++;
    while (left < cps.length && (isSpace(cps[left]) || cps[left] === ')' || cps[left] === '#')) {
      left++;
      right++;
    }
    return [norm(left), norm(right)];
  }
  if (expr._type === 'Subscript') {
    let left = norm(expr.value.end_col_offset);
    let right = norm(expr.slice.end_col_offset + 1);
    while (left < cps.length && (isSpace(cps[left]) || cps[left] !== '[')) left++;
    while (right < cps.length && (isSpace(cps[right]) || cps[right] !== ']')) right++;
    if (right < cps.length) right++;
    return [left, right];
  }
  return null;
}

/**
 * The position-marker line printed under a traceback source line (CPython
 * 3.11 `format_frame_summary` / `print_error_location_carets`): `line` is the
 * raw source line (no line end), `lineno..endLineno` and the UTF-8 columns
 * `colno..endColno` the instruction's position, `strippedChars` what the
 * caller removed from the front (the module variant counts the trailing
 * newline too). Returns `'    ~~~^^^\n'`-style text, or '' when the markers
 * would span the whole displayed line or the position is unknown.
 */
export function caretLine(line: string, lineno: number | null, endLineno: number | null, colno: number | null, endColno: number | null, strippedChars: number): string {
  if (colno === null || endColno === null || colno < 0 || endColno < 0) return '';
  const cps = Array.from(line);
  const stripped = line.trim();
  const strippedLen = Array.from(stripped).length;
  const start = byteToChar(cps, colno);
  let end = byteToChar(cps, endColno);
  let anchors: [number, number] | null = null;
  if (lineno === endLineno) {
    anchors = caretAnchors(cps.slice(start, end).join(''));
  } else {
    end = Array.from(line.replace(/\s+$/u, '')).length;
  }
  if (!(end - start < strippedLen || (anchors && anchors[1] - anchors[0] > 0))) return '';
  const dpStart = displayWidth(cps, start) + 1;
  const dpEnd = displayWidth(cps, end) + 1;
  let out = '    ' + ' '.repeat(Math.max(0, dpStart - strippedChars));
  if (anchors) {
    const seg = cps.slice(start, end);
    const l = displayWidth(seg, anchors[0]);
    const r = displayWidth(seg, anchors[1]);
    out += '~'.repeat(Math.max(0, l)) + '^'.repeat(Math.max(0, r - l)) + '~'.repeat(Math.max(0, dpEnd - dpStart - r));
  } else out += '^'.repeat(Math.max(0, dpEnd - dpStart));
  return out + '\n';
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

function formatTb(tb: PyObject | null, out: string[], limit: number): void {
  let last: string | null = null;
  let count = 0;
  const flushRepeat = () => {
    if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`);
  };
  // Like CPython's C printer, show only the newest `limit` entries.
  let depth = 0;
  for (let t = tb; t instanceof PyTraceback; t = t.next) depth++;
  let start = tb;
  for (; depth > limit && start instanceof PyTraceback; depth--) start = start.next;
  for (let t = start; t instanceof PyTraceback; t = t.next) {
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
    if (src !== null && src.trim() !== '') {
      out.push(`    ${src.replace(/^[ \t\f]+/, "")}\n`); // CPython 3.11 keeps trailing whitespace here (the traceback module strips it)
      const p = co_positions(code)[t.lasti];
      if (p) {
        const lead = src.length - src.replace(/^\s+/u, '').length;
        try {
          out.push(caretLine(src, p[0], p[1], p[2], p[3], lead + 1));
        } catch {
          // markers are decoration: never fail the traceback over them
        }
      }
    }
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

/** An int attribute of `exc` as a JS number, or null when it is missing, None or not an int. */
function intAttr(exc: PyBaseExceptionObject, name: string): number | null {
  const v = getAttrOpt(exc, name);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/**
 * The final line(s) of a traceback: `TypeError: msg` (CPython `print_exception` /
 * `format_exception_only`). `suggestions` adds the "Did you mean" hint, which
 * CPython 3.11's C printer shows and its `traceback` module does not.
 */
export function formatExceptionOnly(exc: PyBaseExceptionObject, suggestions = true): string {
  const t = exc.ob_type;
  const out: string[] = [];
  let msg: string;
  if (t.isSubtype(SyntaxErrorType)) {
    const filename = getAttrOpt(exc, 'filename');
    const fname = filename !== undefined && filename !== None ? safeStr(filename) : '<string>';
    const lineno = intAttr(exc, 'lineno');
    const text = getAttrOpt(exc, 'text');
    const m = getAttrOpt(exc, 'msg');
    if (suggestions) {
      // The C printer (pythonrun.c): File line and location block only when lineno is an int.
      if (lineno !== null) {
        out.push(`  File "${fname}", line ${lineno}\n`);
        if (typeof text === 'string') {
          const plain = t === SyntaxErrorType;
          const endLineno = plain ? (intAttr(exc, 'end_lineno') ?? lineno) : lineno;
          const endOffset = plain ? (intAttr(exc, 'end_offset') ?? -1) : -1;
          out.push(syntaxErrorBlockC(text, lineno, intAttr(exc, 'offset') ?? -1, endLineno, endOffset, !plain));
        }
      }
      msg = m !== undefined && m !== None ? safeStr(m) : safeStr(exc);
    } else {
      // The traceback module (traceback.py _format_syntax_error).
      let suffix = '';
      if (lineno !== null) out.push(`  File "${fname}", line ${lineno}\n`);
      else if (filename !== undefined && filename !== None) suffix = ` (${safeStr(filename)})`;
      if (typeof text === 'string') out.push(syntaxErrorBlockModule(text, intAttr(exc, 'offset'), intAttr(exc, 'end_offset')));
      const ms = m !== undefined && m !== None ? safeStr(m) : '';
      msg = (ms === '' ? '<no detail available>' : ms) + suffix;
    }
  } else msg = safeStr(exc);
  const name = typeDisplayName(t);
  let line = msg === '' ? name : `${name}: ${msg}`;
  const sug = suggestions ? suggestion(exc) : null;
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

/** Printing state shared across a chain and the members of exception groups (CPython's `_ExceptionPrintContext`). */
interface PrintCtx {
  out: string[];
  seen: Set<PyBaseExceptionObject>;
  /** Nesting depth inside exception groups; each level indents by two columns plus a margin. */
  depth: number;
  /** Whether the innermost group still owes its closing `+----` line. */
  needClose: boolean;
  /** Most traceback entries to show per exception (`sys.tracebacklimit`, default 1000); <= 0 hides tracebacks. */
  limit: number;
}

/** CPython's PyTraceBack_LIMIT, used when `sys.tracebacklimit` is unset or not an int. */
const DEFAULT_TB_LIMIT = 1000;

function tracebackLimit(): number {
  const sys = sysModules()?.getStr('sys');
  if (sys === undefined) return DEFAULT_TB_LIMIT;
  let v: PyValue | undefined;
  try {
    v = getAttrOpt(sys, 'tracebacklimit');
  } catch {
    return DEFAULT_TB_LIMIT;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  return DEFAULT_TB_LIMIT;
}

/** CPython 3.11's limits: groups wider than this print `and N more exceptions`, deeper ones `... (max_group_depth is 10)`. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function indentOf(ctx: PrintCtx): string {
  return ' '.repeat(2 * ctx.depth);
}

/** Append `text`, prefixing every line with the group indent and margin (`| `, or `+ ` for a top-level group's header). */
function emit(ctx: PrintCtx, text: string, margin = '|'): void {
  if (ctx.depth === 0) {
    ctx.out.push(text);
    return;
  }
  const prefix = `${indentOf(ctx)}${margin} `;
  for (const line of text.split(/(?<=\n)/)) if (line !== '') ctx.out.push(prefix + line);
}

function formatRec(exc: PyBaseExceptionObject, ctx: PrintCtx): void {
  // The chain, newest last: each exception with the message that introduces its successor.
  const chain: [string | null, PyBaseExceptionObject][] = [];
  let e: PyBaseExceptionObject | null = exc;
  ctx.seen.add(exc);
  while (e !== null) {
    let msg: string | null = null;
    let next: PyBaseExceptionObject | null = null;
    const cause: PyValue | null = e.cause;
    const context: PyValue | null = e.context;
    if (cause instanceof PyBaseExceptionObject) {
      msg = '\nThe above exception was the direct cause of the following exception:\n\n';
      next = cause;
    } else if (context instanceof PyBaseExceptionObject && !e.suppressContext) {
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
      next = context;
    }
    if (next !== null && ctx.seen.has(next)) {
      msg = null;
      next = null;
    }
    if (next !== null) ctx.seen.add(next);
    chain.push([msg, e]);
    e = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, cur] = chain[i];
    if (msg !== null) emit(ctx, msg);
    const tbLines = (): string => {
      const lines: string[] = [];
      if (cur.traceback instanceof PyTraceback) formatTb(cur.traceback, lines, ctx.limit);
      return lines.join('');
    };
    if (!cur.ob_type.isSubtype(BaseExceptionGroupType)) {
      if (cur.traceback instanceof PyTraceback && ctx.limit > 0) emit(ctx, 'Traceback (most recent call last):\n' + tbLines());
      emit(ctx, formatExceptionOnly(cur));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const topLevel = ctx.depth === 0;
      if (topLevel) ctx.depth++;
      if (cur.traceback instanceof PyTraceback && ctx.limit > 0) {
        emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
        emit(ctx, tbLines());
      }
      emit(ctx, formatExceptionOnly(cur));
      const members = exceptionGroupItems(cur);
      const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true; // a nested group's last member may print the closing line instead
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : String(k + 1);
        ctx.out.push(`${indentOf(ctx)}${k === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          ctx.seen.add(members[k]);
          formatRec(members[k], ctx);
        } else {
          const remaining = members.length - MAX_GROUP_WIDTH;
          emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
        }
        if (last && ctx.needClose) {
          ctx.out.push(`${indentOf(ctx)}+------------------------------------\n`);
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (topLevel) ctx.depth = 0;
    }
  }
}

/**
 * Format an exception with its traceback and chained causes/contexts exactly
 * like CPython 3.11's default `sys.excepthook`, including the boxed layout of
 * exception groups (`+-+---- 1 ----`, `| ` margins, `and N more exceptions`).
 */
export function formatException(exc: PyBaseExceptionObject): string {
  const ctx: PrintCtx = { out: [], seen: new Set(), depth: 0, needClose: false, limit: tracebackLimit() };
  formatRec(exc, ctx);
  return ctx.out.join('');
}

let installed = false;
/** Python-visible attributes of traceback and frame objects. Idempotent. */
export function installTraceback(): void {
  if (installed) return;
  installed = true;
  const T = (o: PyValue) => o as PyTraceback;
  defineGetSet(
    TracebackType,
    'tb_next',
    (o) => T(o).next ?? None,
    (o, v) => {
      // CPython's tb_next setter: a traceback or None, and no cycles.
      if (v === undefined) throw newError(TypeErrorType, "can't delete tb_next attribute");
      if (v !== None && !(v instanceof PyTraceback)) {
        throw newError(TypeErrorType, `expected traceback object, got '${typeOf(v).tp_name}'`);
      }
      for (let t: PyValue | null = v === None ? null : v; t instanceof PyTraceback; t = t.next) {
        if (t === o) throw newError(ValueErrorType, 'traceback loop detected');
      }
      T(o).next = v === None ? null : (v as PyTraceback);
    },
  );
  defineGetSet(TracebackType, 'tb_lineno', (o) => T(o).lineno);
  defineGetSet(TracebackType, 'tb_lasti', (o) => T(o).lasti * 2);
  defineGetSet(TracebackType, 'tb_frame', (o) => frameObject(T(o).frame));
  const F = (o: PyValue) => o as PyFrameObject;
  const lineOf = (fo: PyFrameObject) => addr2line(fo.frame.info.code, Math.max(0, fo.lasti));
  defineGetSet(FrameType, 'f_code', (o) => F(o).frame.info.pyCode);
  defineGetSet(FrameType, 'f_lineno', (o) => lineOf(F(o)));
  defineGetSet(FrameType, 'f_globals', (o) => F(o).frame.globals);
  defineGetSet(FrameType, 'f_builtins', (o) => F(o).frame.builtins);
  defineGetSet(FrameType, 'f_back', (o) => {
    const b = F(o).frame.back;
    return b ? frameObject(b) : None;
  });
  defineGetSet(FrameType, 'f_lasti', (o) => F(o).lasti * 2);
  defineGetSet(FrameType, 'f_locals', (o) => frameLocals(F(o).frame));
  defineGetSet(FrameType, 'f_trace', () => None);
  defineGetSet(FrameType, 'f_trace_lines', () => true);
  defineGetSet(FrameType, 'f_trace_opcodes', () => false);
  defineMethods(FrameType, {
    __repr__: (args) => {
      const fo = F(args[0]);
      const c = fo.frame.info.code;
      return `<frame at 0x${objectId(fo).toString(16)}, file '${c.co_filename}', line ${lineOf(fo)}, code ${c.co_name}>`;
    },
    clear: () => None,
  });
  const P = (o: PyValue) => (o as unknown as { code: import('../bytecode/code.js').CodeObject }).code;
  defineMethods(CodeType, {
    co_positions: (args) => {
      const ps = co_positions(P(args[0]));
      const items = ps.map((p) => mkTuple([p[0] ?? None, p[1] ?? None, p[2] ?? None, p[3] ?? None]));
      return (getIterFn as (v: PyValue) => PyValue)(mkTuple(items));
    },
  });
}

/** Each function frame's locals dict, kept like CPython's `f_locals` between calls of locals(). */
const localsSnapshots = new WeakMap<Frame, PyDict>();

/**
 * A function frame's locals as a dict (CPython `PyFrame_GetLocals` /
 * `PyFrame_FastToLocals`): one dict per frame, refreshed from the fast locals
 * on every call, so names that exec() stored in it stay there.
 */
export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  let d = localsSnapshots.get(frame);
  if (d === undefined) localsSnapshots.set(frame, (d = mkDict()));
  const code = frame.info.code;
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = frame.f[i];
    if (v instanceof PyObject && v.ob_type.tp_name === 'cell' && !(code.co_localspluskinds[i] & 0x20 && !(code.co_localspluskinds[i] & 0x40))) {
      v = (v as unknown as { ref: PyValue | undefined }).ref;
    }
    if (v !== undefined && v !== null) d.table.set(names[i], v as PyValue);
    else d.table.delete(names[i]);
  }
  return d;
}
