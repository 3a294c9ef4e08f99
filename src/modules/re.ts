/**
 * The `re` module (CPython Lib/re/__init__.py + Modules/_sre/sre.c): Pattern
 * and Match objects, the module functions, flags and `re.error`, on top of
 * the translation layer (re_parse.ts) and engine (re_engine.ts).
 *
 * Positions exposed to Python are code-point indices; the engine works in
 * UTF-16 offsets and `IndexMap` converts. Bytes patterns/subjects are handled
 * as latin-1 strings and converted back to bytes on the way out.
 */
import {
  type PyValue, PyObject, PyType, ObjectType, IntType, ExceptionType, None, NotImplemented,
  TypeErrorType, ValueErrorType, IndexErrorType, PyBaseExceptionObject, PyBuiltinFunction,
  newError, typeName, defineMethods, defineGetSet, defineClassMethods, typeOf,
  TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_LONG_SUBCLASS,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { repr as pyRepr, index as pyIndex, isTrue, hash as pyHash } from '../runtime/abstract.js';
import { call } from '../runtime/attr.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyList } from '../runtime/list.js';
import { PyDict } from '../runtime/dict.js';
import { PyBytes } from '../runtime/bytes.js';
import { PyIntSubclass, intValue } from '../runtime/int.js';
import { strValue } from '../runtime/str.js';
import { makeIteratorType, PyIteratorBase } from '../runtime/iterbase.js';
import { dictSet } from '../vm/rt.js';
import {
  CompiledPattern, RawMatch, RegexError, indexMap, parseTemplate, expandTemplate, escapePattern,
  type TemplatePart, type MatchMode,
} from './re_engine.js';
import {
  F_TEMPLATE, F_IGNORECASE, F_LOCALE, F_MULTILINE, F_DOTALL, F_UNICODE, F_VERBOSE, F_DEBUG, F_ASCII,
} from './re_parse.js';

// ------------------------------------------------------------------ types

/** `re.error` (CPython's re.error, a subclass of Exception with msg/pattern/pos/lineno/colno). */
export const ReErrorType = new PyType('error', [ExceptionType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 're');
export const PatternType = new PyType('Pattern', [ObjectType], 0, 're');
export const MatchType = new PyType('Match', [ObjectType], 0, 're');
export const RegexFlagType = new PyType('RegexFlag', [IntType], TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS, 're');
const ScannerIterType = makeIteratorType('callable_iterator', false);

const errorInfo = new WeakMap<PyBaseExceptionObject, { msg: PyValue; pattern: PyValue; pos: PyValue; lineno: PyValue; colno: PyValue }>();

/** Convert an engine RegexError into a raised `re.error`. */
function reError(e: RegexError, pattern: PyValue): PyBaseExceptionObject {
  const exc = new PyBaseExceptionObject(ReErrorType, [e.message]);
  errorInfo.set(exc, {
    msg: e.msg,
    pattern: e.pos === null ? None : pattern,
    pos: e.pos ?? None,
    lineno: e.lineno ?? None,
    colno: e.colno ?? None,
  });
  return exc;
}

/** Rethrow engine errors as Python exceptions. */
function wrapErr<T>(pattern: PyValue, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RegexError) throw reError(e, pattern);
    if (e && typeof e === 'object' && 'indexError' in e) throw newError(IndexErrorType, (e as { indexError: string }).indexError);
    throw e;
  }
}

/** A compiled pattern object (re.Pattern). */
export class PyPattern extends PyObject {
  templateCache = new Map<string, TemplatePart[]>();
  constructor(readonly compiled: CompiledPattern, readonly source: PyValue) {
    super();
    this.ob_type = PatternType;
  }
  get isBytes(): boolean {
    return this.compiled.isBytes;
  }
}

/** A match object (re.Match). `pos`/`endpos` are code-point indices. */
export class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly string: PyValue,
    readonly subject: string,
    readonly raw: RawMatch,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super();
    this.ob_type = MatchType;
  }
}

// ------------------------------------------------------------------ conversions

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function toBytes(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

/** The subject of a match call as a JS string, checking str/bytes agreement with the pattern. */
function subjectOf(p: PyPattern, v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) {
    if (p.isBytes) throw newError(TypeErrorType, 'cannot use a bytes pattern on a string-like object');
    return s;
  }
  if (v instanceof PyBytes || (v instanceof PyObject && 'bytes' in v && (v as PyBytes).bytes instanceof Uint8Array)) {
    if (!p.isBytes) throw newError(TypeErrorType, 'cannot use a string pattern on a bytes-like object');
    return latin1((v as PyBytes).bytes);
  }
  throw newError(TypeErrorType, `expected string or bytes-like object, got '${typeName(v)}'`);
}

function outStr(p: PyPattern, s: string): PyValue {
  return p.isBytes ? toBytes(s) : s;
}

function flagsOf(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  const n = intValue(v);
  if (n === undefined) throw newError(TypeErrorType, `unsupported operand type(s) for &: '${typeName(v)}' and 'int'`);
  return Number(n);
}

function toPos(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = pyIndex(v);
  if (typeof n === 'bigint') return n < 0n ? -Infinity : Infinity;
  return n;
}

// ------------------------------------------------------------------ compile + cache

const cache = new Map<string, PyPattern>();
const MAXCACHE = 512;

/** re.compile semantics: a Pattern passes through (flags must then be 0). */
export function compilePattern(pattern: PyValue, flags: number): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags) throw newError(ValueErrorType, 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const s = strValue(pattern);
  let src: string;
  let isBytes = false;
  if (s !== undefined) src = s;
  else if (pattern instanceof PyBytes) {
    src = latin1(pattern.bytes);
    isBytes = true;
  } else throw newError(TypeErrorType, 'first argument must be string or compiled pattern');
  const key = `${isBytes ? 'b' : 's'}${flags}:${src}`;
  let p = cache.get(key);
  if (p) return p;
  p = wrapErr(pattern, () => new PyPattern(new CompiledPattern(src, flags, isBytes), isBytes ? pattern : src));
  if (cache.size >= MAXCACHE) cache.delete(cache.keys().next().value as string);
  cache.set(key, p);
  return p;
}

// ------------------------------------------------------------------ matching

/** Clamp pos/endpos (code points) like sre's state_init and run one match attempt. */
function doMatch(p: PyPattern, mode: MatchMode, string: PyValue, posV?: PyValue, endV?: PyValue): PyValue {
  const s = subjectOf(p, string);
  const im = indexMap(s);
  const n = im.cpLength;
  let pos = toPos(posV, 0);
  let endpos = toPos(endV, n);
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos < 0) endpos = 0;
  if (endpos > n) endpos = n;
  if (endpos < pos) endpos = pos;
  const raw = p.compiled.exec(mode, s, im.toU16(pos), im.toU16(endpos));
  return raw ? new PyMatch(p, string, s, raw, pos, endpos) : None;
}

function* matches(p: PyPattern, string: PyValue, posV?: PyValue, endV?: PyValue): Generator<PyMatch> {
  const s = subjectOf(p, string);
  const im = indexMap(s);
  const n = im.cpLength;
  let pos = Math.min(Math.max(toPos(posV, 0), 0), n);
  let endpos = Math.min(Math.max(toPos(endV, n), 0), n);
  if (endpos < pos) endpos = pos;
  for (const raw of p.compiled.iterate(s, im.toU16(pos), im.toU16(endpos))) {
    yield new PyMatch(p, string, s, raw, pos, endpos);
  }
}

function findall(p: PyPattern, string: PyValue, posV?: PyValue, endV?: PyValue): PyList {
  const s = subjectOf(p, string);
  const im = indexMap(s);
  const n = im.cpLength;
  let pos = Math.min(Math.max(toPos(posV, 0), 0), n);
  let endpos = Math.min(Math.max(toPos(endV, n), 0), n);
  if (endpos < pos) endpos = pos;
  const out: PyValue[] = [];
  const ng = p.compiled.groups;
  for (const raw of p.compiled.iterate(s, im.toU16(pos), im.toU16(endpos))) {
    if (ng === 0) out.push(outStr(p, raw.group(0)!));
    else if (ng === 1) out.push(outStr(p, raw.group(1) ?? ''));
    else {
      const t: PyValue[] = [];
      for (let g = 1; g <= ng; g++) t.push(outStr(p, raw.group(g) ?? ''));
      out.push(new PyTuple(t));
    }
  }
  return new PyList(out);
}

function getTemplate(p: PyPattern, tpl: string): TemplatePart[] {
  let parts = p.templateCache.get(tpl);
  if (!parts) {
    parts = wrapErr(tpl, () => parseTemplate(tpl, p.compiled.groups, p.compiled.groupindex, p.isBytes));
    if (p.templateCache.size > 64) p.templateCache.clear();
    p.templateCache.set(tpl, parts);
  }
  return parts;
}

function subn(p: PyPattern, repl: PyValue, string: PyValue, countV: PyValue | undefined): [PyValue, number] {
  const s = subjectOf(p, string);
  let count = countV === undefined ? 0 : Number(pyIndex(countV));
  if (count < 0) count = 0;
  let parts: TemplatePart[] | null = null;
  let fn: PyValue | null = null;
  const rs = strValue(repl);
  if (rs !== undefined) {
    if (p.isBytes) throw newError(TypeErrorType, `expected a bytes-like object, str found`);
    parts = rs.includes('\\') ? getTemplate(p, rs) : [rs];
  } else if (repl instanceof PyBytes) {
    if (!p.isBytes) throw newError(TypeErrorType, `expected str instance, bytes found`);
    const t = latin1(repl.bytes);
    parts = t.includes('\\') ? getTemplate(p, t) : [t];
  } else {
    fn = repl;
  }
  let out = '';
  let last = 0;
  let n = 0;
  // CPython collects the pieces in a list and joins it at the end, so a bad
  // replacement is reported after every match, by its index in that list.
  let pieces = 0;
  let bad: string | null = null;
  for (const raw of p.compiled.iterate(s, 0, s.length)) {
    if (raw.start > last) pieces++;
    out += s.slice(last, raw.start);
    if (parts) {
      out += expandTemplate(parts, raw);
      pieces++;
    } else {
      const m = new PyMatch(p, string, s, raw, 0, indexMap(s).cpLength);
      const r = call(fn!, [m]);
      if (r !== None) {
        const rstr = strValue(r);
        if (rstr !== undefined && !p.isBytes) out += rstr;
        else if (r instanceof PyBytes && p.isBytes) out += latin1(r.bytes);
        else bad ??= `sequence item ${pieces}: expected ${p.isBytes ? 'a bytes-like object' : 'str instance'}, ${typeName(r)} found`;
        pieces++;
      }
    }
    last = raw.end;
    n++;
    if (count && n >= count) break;
  }
  if (bad !== null) throw newError(TypeErrorType, bad);
  if (n === 0 && typeof string === 'string') return [string, 0];
  out += s.slice(last);
  return [outStr(p, out), n];
}

function split(p: PyPattern, string: PyValue, maxsplitV: PyValue | undefined): PyList {
  const s = subjectOf(p, string);
  let maxsplit = maxsplitV === undefined ? 0 : Number(pyIndex(maxsplitV));
  const out: PyValue[] = [];
  if (maxsplit < 0) return new PyList([outStr(p, s)]);
  let last = 0;
  let n = 0;
  const ng = p.compiled.groups;
  for (const raw of p.compiled.iterate(s, 0, s.length)) {
    out.push(outStr(p, s.slice(last, raw.start)));
    for (let g = 1; g <= ng; g++) {
      const v = raw.group(g);
      out.push(v === undefined ? None : outStr(p, v));
    }
    last = raw.end;
    n++;
    if (maxsplit && n >= maxsplit) break;
  }
  out.push(outStr(p, s.slice(last)));
  return new PyList(out);
}

// ------------------------------------------------------------------ Match helpers

function groupIndex(m: PyMatch, v: PyValue): number {
  const name = strValue(v);
  if (name !== undefined) {
    const g = m.pattern.compiled.groupindex.get(name);
    if (g === undefined) throw newError(IndexErrorType, 'no such group');
    return g;
  }
  const n = intValue(v);
  if (n === undefined || n < 0 || n > m.pattern.compiled.groups) throw newError(IndexErrorType, 'no such group');
  return Number(n);
}

function groupValue(m: PyMatch, g: number, dflt: PyValue = None): PyValue {
  const v = m.raw.group(g);
  return v === undefined ? dflt : outStr(m.pattern, v);
}

function spanOf(m: PyMatch, g: number): [number, number] {
  const sp = m.raw.span(g);
  if (!sp) return [-1, -1];
  const im = indexMap(m.subject);
  return [im.toCp(sp[0]), im.toCp(sp[1])];
}

function lastIndex(m: PyMatch): number {
  return m.pattern.compiled.lastIndex(m.raw);
}

function flagsRepr(flags: number, isBytes: boolean): string {
  const names: [number, string][] = [
    [F_TEMPLATE, 're.TEMPLATE'], [F_IGNORECASE, 're.IGNORECASE'], [F_LOCALE, 're.LOCALE'], [F_MULTILINE, 're.MULTILINE'],
    [F_DOTALL, 're.DOTALL'], [F_UNICODE, 're.UNICODE'], [F_VERBOSE, 're.VERBOSE'], [F_DEBUG, 're.DEBUG'], [F_ASCII, 're.ASCII'],
  ];
  let f = flags;
  if (!isBytes) f &= ~F_UNICODE;
  const parts: string[] = [];
  for (const [bit, name] of names) {
    if (f & bit) {
      parts.push(name);
      f &= ~bit;
    }
  }
  if (f) parts.push(`0x${f.toString(16)}`);
  return parts.join('|');
}

// ------------------------------------------------------------------ method tables

const P_MATCH = ['string', 'pos?', 'endpos?'];
const P_SUB = ['repl', 'string', 'count?'];
const P_SPLIT = ['string', 'maxsplit?'];
const M_GROUPS = ['default?'];
const F_MATCH = ['pattern', 'string', 'flags?'];
const F_SUB = ['pattern', 'repl', 'string', 'count?', 'flags?'];
const F_SPLIT = ['pattern', 'string', 'maxsplit?', 'flags?'];
const F_COMPILE = ['pattern', 'flags?'];

function selfPattern(v: PyValue): PyPattern {
  if (v instanceof PyPattern) return v;
  throw newError(TypeErrorType, `descriptor requires a 're.Pattern' object but received a '${typeName(v)}'`);
}
function selfMatch(v: PyValue): PyMatch {
  if (v instanceof PyMatch) return v;
  throw newError(TypeErrorType, `descriptor requires a 're.Match' object but received a '${typeName(v)}'`);
}

class ScannerIter extends PyIteratorBase {
  constructor(private gen: Generator<PyMatch>) {
    super();
    this.ob_type = ScannerIterType;
  }
  next(): PyValue | undefined {
    const r = this.gen.next();
    return r.done ? undefined : r.value;
  }
}

function matchMethod(mode: MatchMode, name: string) {
  return (args: PyValue[], kw: readonly string[] | null): PyValue => {
    const p = selfPattern(args[0]);
    const a = parseArgs(name, args.slice(1), kw, P_MATCH);
    return doMatch(p, mode, a[0]!, a[1], a[2]);
  };
}

defineMethods(PatternType, {
  match: matchMethod('match', 'match'),
  fullmatch: matchMethod('fullmatch', 'fullmatch'),
  search: matchMethod('search', 'search'),
  findall(args, kw) {
    const p = selfPattern(args[0]);
    const a = parseArgs('findall', args.slice(1), kw, P_MATCH);
    return findall(p, a[0]!, a[1], a[2]);
  },
  finditer(args, kw) {
    const p = selfPattern(args[0]);
    const a = parseArgs('finditer', args.slice(1), kw, P_MATCH);
    subjectOf(p, a[0]!);
    return new ScannerIter(matches(p, a[0]!, a[1], a[2]));
  },
  sub(args, kw) {
    const p = selfPattern(args[0]);
    const a = parseArgs('sub', args.slice(1), kw, P_SUB);
    return subn(p, a[0]!, a[1]!, a[2])[0];
  },
  subn(args, kw) {
    const p = selfPattern(args[0]);
    const a = parseArgs('subn', args.slice(1), kw, P_SUB);
    const [r, n] = subn(p, a[0]!, a[1]!, a[2]);
    return new PyTuple([r, n]);
  },
  split(args, kw) {
    const p = selfPattern(args[0]);
    const a = parseArgs('split', args.slice(1), kw, P_SPLIT);
    return split(p, a[0]!, a[1]);
  },
  __repr__(args) {
    const p = selfPattern(args[0]);
    let r = pyRepr(p.source);
    if (r.length > 200) r = r.slice(0, 200);
    const f = flagsRepr(p.compiled.flags, p.isBytes);
    return f ? `re.compile(${r}, ${f})` : `re.compile(${r})`;
  },
  __eq__(args) {
    const a = selfPattern(args[0]);
    const b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    return a === b || (a.compiled.flags === b.compiled.flags && a.isBytes === b.isBytes && a.compiled.pattern === b.compiled.pattern);
  },
  __ne__(args) {
    const a = selfPattern(args[0]);
    const b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    return !(a === b || (a.compiled.flags === b.compiled.flags && a.isBytes === b.isBytes && a.compiled.pattern === b.compiled.pattern));
  },
  __hash__(args) {
    const p = selfPattern(args[0]);
    const h = pyHash(p.compiled.pattern);
    return typeof h === 'bigint' ? h : (h ^ (p.compiled.flags * 1000003)) | 0;
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
});
defineGetSet(PatternType, 'pattern', (o) => selfPattern(o).source);
defineGetSet(PatternType, 'flags', (o) => selfPattern(o).compiled.flags);
defineGetSet(PatternType, 'groups', (o) => selfPattern(o).compiled.groups);
defineGetSet(PatternType, 'groupindex', (o) => {
  const d = new PyDict();
  for (const [k, v] of selfPattern(o).compiled.groupindex) dictSet(d, k, v);
  return d;
});
defineClassMethods(PatternType, { __class_getitem__: (args) => args[0] });

defineMethods(MatchType, {
  group(args) {
    const m = selfMatch(args[0]);
    if (args.length <= 1) return groupValue(m, 0);
    if (args.length === 2) return groupValue(m, groupIndex(m, args[1]));
    return new PyTuple(args.slice(1).map((g) => groupValue(m, groupIndex(m, g))));
  },
  __getitem__(args) {
    const m = selfMatch(args[0]);
    return groupValue(m, groupIndex(m, args[1]));
  },
  groups(args, kw) {
    const m = selfMatch(args[0]);
    const a = parseArgs('groups', args.slice(1), kw, M_GROUPS);
    const d = a[0] ?? None;
    const out: PyValue[] = [];
    for (let g = 1; g <= m.pattern.compiled.groups; g++) out.push(groupValue(m, g, d));
    return new PyTuple(out);
  },
  groupdict(args, kw) {
    const m = selfMatch(args[0]);
    const a = parseArgs('groupdict', args.slice(1), kw, M_GROUPS);
    const d = a[0] ?? None;
    const out = new PyDict();
    for (const [name, g] of m.pattern.compiled.groupindex) dictSet(out, name, groupValue(m, g, d));
    return out;
  },
  start(args) {
    const m = selfMatch(args[0]);
    return spanOf(m, args.length > 1 ? groupIndex(m, args[1]) : 0)[0];
  },
  end(args) {
    const m = selfMatch(args[0]);
    return spanOf(m, args.length > 1 ? groupIndex(m, args[1]) : 0)[1];
  },
  span(args) {
    const m = selfMatch(args[0]);
    const [a, b] = spanOf(m, args.length > 1 ? groupIndex(m, args[1]) : 0);
    return new PyTuple([a, b]);
  },
  expand(args) {
    const m = selfMatch(args[0]);
    const t = args[1];
    const ts = strValue(t) ?? (t instanceof PyBytes ? latin1(t.bytes) : undefined);
    if (ts === undefined) throw newError(TypeErrorType, `expected str instance, ${typeName(t)} found`);
    return outStr(m.pattern, expandTemplate(getTemplate(m.pattern, ts), m.raw));
  },
  __repr__(args) {
    const m = selfMatch(args[0]);
    const [a, b] = spanOf(m, 0);
    let r = pyRepr(groupValue(m, 0));
    if (r.length > 50) r = r.slice(0, 50);
    return `<re.Match object; span=(${a}, ${b}), match=${r}>`;
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
  __bool__: () => true,
});
defineGetSet(MatchType, 'string', (o) => selfMatch(o).string);
defineGetSet(MatchType, 're', (o) => selfMatch(o).pattern);
defineGetSet(MatchType, 'pos', (o) => selfMatch(o).pos);
defineGetSet(MatchType, 'endpos', (o) => selfMatch(o).endpos);
defineGetSet(MatchType, 'lastindex', (o) => {
  const g = lastIndex(selfMatch(o));
  return g < 0 ? None : g;
});
defineGetSet(MatchType, 'lastgroup', (o) => {
  const m = selfMatch(o);
  const g = lastIndex(m);
  if (g < 0) return None;
  for (const [name, i] of m.pattern.compiled.groupindex) if (i === g) return name;
  return None;
});
defineGetSet(MatchType, 'regs', (o) => {
  const m = selfMatch(o);
  const out: PyValue[] = [];
  for (let g = 0; g <= m.pattern.compiled.groups; g++) {
    const [a, b] = spanOf(m, g);
    out.push(new PyTuple([a, b]));
  }
  return new PyTuple(out);
});
defineClassMethods(MatchType, { __class_getitem__: (args) => args[0] });

for (const f of ['msg', 'pattern', 'pos', 'lineno', 'colno'] as const) {
  defineGetSet(ReErrorType, f, (o) => {
    const info = o instanceof PyBaseExceptionObject ? errorInfo.get(o) : undefined;
    return info ? info[f] : None;
  });
}

// RegexFlag: an int subclass whose repr names the flags (re.IGNORECASE|re.MULTILINE)
function flagValue(v: PyValue): number | undefined {
  const n = intValue(v);
  return n === undefined ? undefined : Number(n);
}
function mkFlag(n: number): PyValue {
  return new PyIntSubclass(RegexFlagType, n);
}
function flagOp(op: (a: number, b: number) => number) {
  return (args: PyValue[]): PyValue => {
    const a = flagValue(args[0]);
    const b = flagValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    const r = op(a, b);
    return typeOf(args[1]) === RegexFlagType || typeof args[1] !== 'object' ? mkFlag(r) : r;
  };
}
/** RegexFlag repr (enum.IntFlag style, in RegexFlag's member definition order). */
function regexFlagRepr(args: PyValue[]): PyValue {
  let n = flagValue(args[0]) ?? 0;
  if (n === 0) return 're.NOFLAG';
  // ~flag keeps only the defined bits, as IntFlag inversion does
  if (n < 0) n &= F_ALL;
  const order: [number, string][] = [
    [F_ASCII, 'ASCII'], [F_IGNORECASE, 'IGNORECASE'], [F_LOCALE, 'LOCALE'], [F_UNICODE, 'UNICODE'],
    [F_MULTILINE, 'MULTILINE'], [F_DOTALL, 'DOTALL'], [F_VERBOSE, 'VERBOSE'], [F_TEMPLATE, 'TEMPLATE'], [F_DEBUG, 'DEBUG'],
  ];
  const parts: string[] = [];
  let rest = n;
  for (const [bit, name] of order) {
    if (rest & bit) {
      parts.push(`re.${name}`);
      rest &= ~bit;
    }
  }
  if (!parts.length) return `re.RegexFlag(${n})`;
  if (rest) parts.push(`0x${rest.toString(16)}`);
  return parts.join('|');
}
const F_ALL = F_ASCII | F_IGNORECASE | F_LOCALE | F_UNICODE | F_MULTILINE | F_DOTALL | F_VERBOSE | F_TEMPLATE | F_DEBUG;
defineMethods(RegexFlagType, {
  __repr__: regexFlagRepr,
  __str__: regexFlagRepr,
  __or__: flagOp((a, b) => a | b),
  __ror__: flagOp((a, b) => a | b),
  __and__: flagOp((a, b) => a & b),
  __rand__: flagOp((a, b) => a & b),
  __xor__: flagOp((a, b) => a ^ b),
  __rxor__: flagOp((a, b) => a ^ b),
  __invert__: (args) => mkFlag(~(flagValue(args[0]) ?? 0) & F_ALL),
});

// ------------------------------------------------------------------ module functions

function moduleFn(name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null, name, 're');
}

function moduleMatch(mode: MatchMode, name: string) {
  return moduleFn(name, (args, kw) => {
    const a = parseArgs(name, args, kw, F_MATCH);
    return doMatch(compilePattern(a[0]!, flagsOf(a[2])), mode, a[1]!);
  });
}

/** The attributes of the `re` module (for the native module registry). */
export function reModuleEntries(): [string, PyValue][] {
  const entries: [string, PyValue][] = [
    ['compile', moduleFn('compile', (args, kw) => {
      const a = parseArgs('compile', args, kw, F_COMPILE);
      return compilePattern(a[0]!, flagsOf(a[1]));
    })],
    ['match', moduleMatch('match', 'match')],
    ['fullmatch', moduleMatch('fullmatch', 'fullmatch')],
    ['search', moduleMatch('search', 'search')],
    ['findall', moduleFn('findall', (args, kw) => {
      const a = parseArgs('findall', args, kw, F_MATCH);
      return findall(compilePattern(a[0]!, flagsOf(a[2])), a[1]!);
    })],
    ['finditer', moduleFn('finditer', (args, kw) => {
      const a = parseArgs('finditer', args, kw, F_MATCH);
      const p = compilePattern(a[0]!, flagsOf(a[2]));
      subjectOf(p, a[1]!);
      return new ScannerIter(matches(p, a[1]!));
    })],
    ['sub', moduleFn('sub', (args, kw) => {
      const a = parseArgs('sub', args, kw, F_SUB);
      return subn(compilePattern(a[0]!, flagsOf(a[4])), a[1]!, a[2]!, a[3])[0];
    })],
    ['subn', moduleFn('subn', (args, kw) => {
      const a = parseArgs('subn', args, kw, F_SUB);
      const [r, n] = subn(compilePattern(a[0]!, flagsOf(a[4])), a[1]!, a[2]!, a[3]);
      return new PyTuple([r, n]);
    })],
    ['split', moduleFn('split', (args, kw) => {
      const a = parseArgs('split', args, kw, F_SPLIT);
      return split(compilePattern(a[0]!, flagsOf(a[3])), a[1]!, a[2]);
    })],
    ['escape', moduleFn('escape', (args, kw) => {
      const a = parseArgs('escape', args, kw, ['pattern']);
      const v = a[0]!;
      const s = strValue(v);
      if (s !== undefined) return escapePattern(s);
      if (v instanceof PyBytes) return toBytes(escapePattern(latin1(v.bytes)));
      throw newError(TypeErrorType, `expected str or bytes, got '${typeName(v)}'`);
    })],
    ['purge', moduleFn('purge', () => {
      cache.clear();
      return None;
    })],
    ['error', ReErrorType],
    ['Pattern', PatternType],
    ['Match', MatchType],
    ['RegexFlag', RegexFlagType],
    ['__version__', '2.2.1'],
  ];
  const flags: [string[], number][] = [
    [['A', 'ASCII'], F_ASCII], [['I', 'IGNORECASE'], F_IGNORECASE], [['L', 'LOCALE'], F_LOCALE],
    [['M', 'MULTILINE'], F_MULTILINE], [['S', 'DOTALL'], F_DOTALL], [['U', 'UNICODE'], F_UNICODE],
    [['X', 'VERBOSE'], F_VERBOSE], [['T', 'TEMPLATE'], F_TEMPLATE], [['DEBUG'], F_DEBUG], [['NOFLAG'], 0],
  ];
  for (const [names, v] of flags) for (const n of names) entries.push([n, mkFlag(v)]);
  void isTrue;
  return entries;
}
