/**
 * `posixpath`, published as `os.path` (CPython Lib/posixpath.py and
 * Lib/genericpath.py): pure string manipulation on '/'-separated paths plus
 * the file tests (exists/isfile/isdir/getsize...). Paths may be str, bytes or
 * os.PathLike; a bytes path gives a bytes result (decoded as UTF-8 for the
 * computation), mixing str and bytes is a TypeError as in CPython.
 */
import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import { type PyValue, PyObject, None, TypeErrorType, ValueErrorType, PyBuiltinFunction, PyFloat, newError, typeOf } from '../runtime/object.js';
import { iterToArray } from '../runtime/abstract.js';
import { callMethod } from '../runtime/attr.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyBytes, newBytes } from '../runtime/bytes.js';
import { strValue } from '../runtime/str.js';
import { parseArgs } from '../runtime/args.js';

/** A path argument converted to a JS string, remembering whether it was bytes. */
export interface PathArg {
  s: string;
  bytes: boolean;
}

const utf8 = new TextDecoder('utf-8');
const enc = new TextEncoder();

/**
 * `os.fspath` semantics: str/bytes pass through, objects with `__fspath__`
 * are asked; anything else raises TypeError with `what` as the message prefix
 * (default: `expected str, bytes or os.PathLike object, not int`).
 */
export function fspathArg(v: PyValue, what?: string): PathArg {
  const s = strValue(v);
  if (s !== undefined) return { s, bytes: false };
  if (v instanceof PyBytes) return { s: utf8.decode(v.bytes), bytes: true };
  if (v instanceof PyObject && typeOf(v).lookup('__fspath__') !== undefined) {
    const r = callMethod(v, '__fspath__', []);
    const rs = strValue(r);
    if (rs !== undefined) return { s: rs, bytes: false };
    if (r instanceof PyBytes) return { s: utf8.decode(r.bytes), bytes: true };
    throw newError(
      TypeErrorType,
      `expected ${typeOf(v).tp_name}.__fspath__() to return str or bytes, not ${typeOf(r).tp_name}`,
    );
  }
  throw newError(TypeErrorType, what ?? `expected str, bytes or os.PathLike object, not ${typeOf(v).tp_name}`);
}

/** Back to a Python value of the argument's kind. */
export function pathResult(s: string, bytes: boolean): PyValue {
  return bytes ? newBytes(enc.encode(s)) : s;
}

function rstripSlash(s: string): string {
  let e = s.length;
  while (e > 0 && s[e - 1] === '/') e--;
  return s.slice(0, e);
}
function allSlashes(s: string): boolean {
  for (const c of s) if (c !== '/') return false;
  return true;
}

/** posixpath.join. */
export function joinPaths(parts: string[]): string {
  let path = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const b = parts[i];
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

/** posixpath.split: (head, tail). */
export function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && !allSlashes(head)) head = rstripSlash(head);
  return [head, tail];
}

/** genericpath._splitext with '/' and '.'. */
export function splitExt(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    for (let f = sepIndex + 1; f < dotIndex; f++) {
      if (p[f] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
    }
  }
  return [p, ''];
}

/** posixpath.normpath. */
export function normPath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const out: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const r = '/'.repeat(initial) + out.join('/');
  return r || '.';
}

/** posixpath.abspath. */
export function absPath(p: string): string {
  return normPath(p.startsWith('/') ? p : joinPaths([process.cwd(), p]));
}

function expandUser(path: string): string {
  if (!path.startsWith('~')) return path;
  let i = path.indexOf('/', 1);
  if (i < 0) i = path.length;
  let home: string;
  if (i === 1) home = process.env.HOME ?? nodeos.homedir();
  else {
    const name = path.slice(1, i);
    let info: nodeos.UserInfo<string> | null = null;
    try {
      info = nodeos.userInfo();
    } catch {
      info = null;
    }
    if (!info || info.username !== name) return path;
    home = info.homedir;
  }
  home = rstripSlash(home);
  return home + path.slice(i) || '/';
}

function expandVars(path: string): string {
  if (!path.includes('$')) return path;
  return path.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    const v = process.env[key];
    return v === undefined ? m : v;
  });
}

/** Follow symlinks as far as they exist (posixpath.realpath, non-strict). */
function realPath(p: string): string {
  const abs = absPath(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    const [head, tail] = splitPath(abs);
    if (head === abs || tail === '') return abs;
    return joinPaths([realPath(head), tail]);
  }
}

function relPath(path: string, start: string): string {
  if (!path) throw newError(ValueErrorType, 'no path specified');
  const s = absPath(start).split('/').filter((x) => x);
  const p = absPath(path).split('/').filter((x) => x);
  let i = 0;
  while (i < s.length && i < p.length && s[i] === p[i]) i++;
  const rel = [...new Array<string>(s.length - i).fill('..'), ...p.slice(i)];
  return rel.length ? joinPaths(rel) : '.';
}

/** fs.statSync without throwing (undefined when missing or invalid). */
function statOpt(p: string, follow = true): fs.Stats | undefined {
  try {
    return follow ? fs.statSync(p) : fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

type Fn = (args: PyValue[], kw: readonly string[] | null) => PyValue;
const fns: [string, Fn][] = [];
function def(name: string, fn: Fn): void {
  fns.push([name, fn]);
}

/** A one-argument path → path function. */
function unary(name: string, f: (s: string) => string): void {
  const spec = ['p', '/'];
  def(name, (args, kw) => {
    const a = fspathArg(parseArgs(name, args, kw, spec)[0]!);
    return pathResult(f(a.s), a.bytes);
  });
}
/** A one-argument path → (path, path) function. */
function pair(name: string, f: (s: string) => [string, string]): void {
  const spec = ['p', '/'];
  def(name, (args, kw) => {
    const a = fspathArg(parseArgs(name, args, kw, spec)[0]!);
    const [x, y] = f(a.s);
    return new PyTuple([pathResult(x, a.bytes), pathResult(y, a.bytes)]);
  });
}
/** A file test: false for missing files or invalid paths (OSError/ValueError), TypeError for wrong types. */
function test(name: string, f: (s: string) => boolean): void {
  const spec = ['path', '/'];
  def(name, (args, kw) => {
    const v = parseArgs(name, args, kw, spec)[0]!;
    if (typeof v === 'number') return f(`/proc/self/fd/${v}`);
    const a = fspathArg(v, `stat: path should be string, bytes, os.PathLike or integer, not ${typeOf(v).tp_name}`);
    if (a.s.includes('\0')) return false;
    return f(a.s);
  });
}
/** A stat-based getter raising OSError for missing files. */
function statGetter(name: string, f: (st: fs.Stats) => PyValue): void {
  const spec = ['filename', '/'];
  def(name, (args, kw) => {
    const a = fspathArg(parseArgs(name, args, kw, spec)[0]!, undefined);
    let st: fs.Stats;
    try {
      st = fs.statSync(a.s);
    } catch (e) {
      throw osErrorFor(e, pathResult(a.s, a.bytes));
    }
    return f(st);
  });
}

/** Hook set by os.ts: builds the OSError for a failed Node fs call. */
let osErrorFor: (e: unknown, filename: PyValue) => PyObject = () => newError(ValueErrorType, 'os not initialised');
/** Install the OSError builder (os.ts owns the errno tables). */
export function setOsErrorBuilder(f: (e: unknown, filename: PyValue) => PyObject): void {
  osErrorFor = f;
}

def('join', (args, kw) => {
  if (kw && kw.length) throw newError(TypeErrorType, 'join() takes no keyword arguments');
  if (args.length === 0) throw newError(TypeErrorType, 'join() missing 1 required positional argument: \'a\'');
  const parts: string[] = [];
  let bytes: boolean | null = null;
  for (const v of args) {
    const a = fspathArg(v, `join() argument must be str, bytes, or os.PathLike object, not '${typeOf(v).tp_name}'`);
    if (bytes !== null && bytes !== a.bytes) throw newError(TypeErrorType, "Can't mix strings and bytes in path components");
    bytes = a.bytes;
    parts.push(a.s);
  }
  return pathResult(joinPaths(parts), bytes!);
});
pair('split', splitPath);
pair('splitext', splitExt);
pair('splitdrive', (s) => ['', s]);
unary('basename', (s) => s.slice(s.lastIndexOf('/') + 1));
unary('dirname', (s) => splitPath(s)[0]);
unary('normpath', normPath);
unary('normcase', (s) => s);
unary('abspath', absPath);
unary('realpath', realPath);
unary('expanduser', expandUser);
unary('expandvars', expandVars);
def('isabs', (args, kw) => fspathArg(parseArgs('isabs', args, kw, ['s', '/'])[0]!).s.startsWith('/'));
def('relpath', (args, kw) => {
  const p = parseArgs('relpath', args, kw, ['path', 'start?']);
  const a = fspathArg(p[0]!);
  const start = p[1] === undefined || p[1] === None ? { s: '.', bytes: a.bytes } : fspathArg(p[1]);
  if (start.bytes !== a.bytes) throw newError(TypeErrorType, "Can't mix strings and bytes in path components");
  return pathResult(relPath(a.s, start.s), a.bytes);
});
def('commonprefix', (args, kw) => {
  const m = iterToArray(parseArgs('commonprefix', args, kw, ['m', '/'])[0]!);
  if (m.length === 0) return '';
  if (m.every((x) => typeof x === 'string')) {
    const ss = m as string[];
    let s1 = ss[0];
    let s2 = ss[0];
    for (const s of ss) {
      if (s < s1) s1 = s;
      if (s > s2) s2 = s;
    }
    let i = 0;
    while (i < s1.length && s1[i] === s2[i]) i++;
    return s1.slice(0, i);
  }
  const as = m.map((x) => fspathArg(x));
  let prefix = as[0].s;
  for (const a of as) {
    let i = 0;
    while (i < prefix.length && prefix[i] === a.s[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return pathResult(prefix, as[0].bytes);
});
def('commonpath', (args, kw) => {
  const m = iterToArray(parseArgs('commonpath', args, kw, ['paths', '/'])[0]!).map((x) => fspathArg(x));
  if (m.length === 0) throw newError(ValueErrorType, 'commonpath() arg is an empty sequence');
  if (m.some((a) => a.bytes !== m[0].bytes)) throw newError(TypeErrorType, "Can't mix strings and bytes in path components");
  const abs = m[0].s.startsWith('/');
  if (m.some((a) => a.s.startsWith('/') !== abs)) throw newError(ValueErrorType, "Can't mix absolute and relative paths");
  const split = m.map((a) => a.s.split('/').filter((c) => c && c !== '.'));
  let common = split[0];
  for (const s of split) {
    let i = 0;
    while (i < common.length && i < s.length && common[i] === s[i]) i++;
    common = common.slice(0, i);
  }
  return pathResult((abs ? '/' : '') + common.join('/'), m[0].bytes);
});
test('exists', (s) => statOpt(s) !== undefined);
test('lexists', (s) => statOpt(s, false) !== undefined);
test('isfile', (s) => statOpt(s)?.isFile() ?? false);
test('isdir', (s) => statOpt(s)?.isDirectory() ?? false);
test('islink', (s) => statOpt(s, false)?.isSymbolicLink() ?? false);
test('ismount', (s) => {
  const st = statOpt(s, false);
  if (!st || st.isSymbolicLink()) return false;
  const parent = statOpt(joinPaths([s, '..']), false);
  if (!parent) return false;
  return parent.dev !== st.dev || parent.ino === st.ino;
});
statGetter('getsize', (st) => st.size);
statGetter('getmtime', (st) => new PyFloat(st.mtimeMs / 1000));
statGetter('getatime', (st) => new PyFloat(st.atimeMs / 1000));
statGetter('getctime', (st) => new PyFloat(st.ctimeMs / 1000));
def('samefile', (args, kw) => {
  const p = parseArgs('samefile', args, kw, ['f1', 'f2', '/']);
  const sts = [p[0]!, p[1]!].map((v) => {
    const a = fspathArg(v);
    try {
      return fs.statSync(a.s);
    } catch (e) {
      throw osErrorFor(e, v);
    }
  });
  return sts[0].ino === sts[1].ino && sts[0].dev === sts[1].dev;
});

/** Attributes of the `posixpath` module (`os.path`). */
export function posixpathModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'posixpath')]);
  out.push(
    ['sep', '/'],
    ['altsep', None],
    ['extsep', '.'],
    ['pathsep', ':'],
    ['curdir', '.'],
    ['pardir', '..'],
    ['defpath', '/bin:/usr/bin'],
    ['devnull', '/dev/null'],
    ['supports_unicode_filenames', false],
  );
  return out;
}
