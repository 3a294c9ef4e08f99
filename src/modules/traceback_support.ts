/**
 * Native support for the Python-written `traceback` module (src/lib/traceback.py)
 * and the `linecache` module, both reading source text through the one cache
 * that the VM's own traceback printer uses (src/runtime/traceback.ts), so
 * `traceback.print_exc()` and an uncaught exception print the same lines and
 * the same `~~~^^^` position markers.
 */
import { type PyValue, PyBuiltinFunction, PyBaseExceptionObject, None, TypeErrorType, newError, typeName } from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyList } from '../runtime/list.js';
import { PyDict } from '../runtime/dict.js';
import { index as pyIndex, getItem, len as pyLen } from '../runtime/abstract.js';
import { caretLine, formatExceptionOnly, sourceLines, clearSourceCache } from '../runtime/traceback.js';

const intOrNull = (v: PyValue | undefined): number | null => (v === undefined || v === None ? null : Number(pyIndex(v)));

const CARET_SPEC = ['line', 'lineno', 'end_lineno', 'colno', 'end_colno', 'stripped'];
const EXC_ONLY_SPEC = ['exc'];

/** `_tspy_traceback`: helpers shared with the VM's traceback printer. */
export function tracebackSupportEntries(): [string, PyValue][] {
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue): [string, PyValue] => [
    name,
    new PyBuiltinFunction(name, f, null, name, '_tspy_traceback'),
  ];
  return [
    // caret_line(line, lineno, end_lineno, colno, end_colno, stripped) -> str ('' when no markers)
    fn('caret_line', (a, k) => {
      const [line, lineno, endLineno, colno, endColno, stripped] = parseArgs('caret_line', a, k, CARET_SPEC);
      if (typeof line !== 'string') throw newError(TypeErrorType, `caret_line() argument 1 must be str, not ${typeName(line!)}`);
      try {
        return caretLine(line, intOrNull(lineno), intOrNull(endLineno), intOrNull(colno), intOrNull(endColno), Number(pyIndex(stripped!)));
      } catch {
        return '';
      }
    }),
    // exception_only(exc) -> list of lines, as the uncaught-exception printer writes them minus the
    // "Did you mean" hint (the 3.11 traceback module has none)
    fn('exception_only', (a, k) => {
      const [exc] = parseArgs('exception_only', a, k, EXC_ONLY_SPEC);
      if (!(exc instanceof PyBaseExceptionObject)) throw newError(TypeErrorType, `exception_only() argument must be an exception, not ${typeName(exc!)}`);
      return new PyList(splitLines(formatExceptionOnly(exc, false)));
    }),
  ];
}

function splitLines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n') {
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

const GETLINE_SPEC = ['filename', 'lineno', 'module_globals?'];
const GETLINES_SPEC = ['filename', 'module_globals?'];
const CHECK_SPEC = ['filename?'];
const LAZY_SPEC = ['filename', 'module_globals'];

/**
 * `linecache`: `getline`, `getlines`, `clearcache`, `checkcache`, `lazycache`,
 * `updatecache` and the `cache` dict. Lines keep their `\n` (the last line gets
 * one added, as CPython does). Entries a program puts in `linecache.cache`
 * (`(size, mtime, lines, fullname)`) are honoured by `getlines`; files read by
 * tspy itself are cached natively and do not appear in that dict.
 */
export function linecacheModuleEntries(): [string, PyValue][] {
  const cache = new PyDict();
  const getlines = (filename: PyValue): string[] => {
    if (typeof filename !== 'string') return [];
    const entry = cache.get(filename);
    if (entry !== undefined && pyLen(entry) >= 3) {
      const lines = getItem(entry, 2);
      if (lines instanceof PyList) return lines.items.filter((x): x is string => typeof x === 'string');
    }
    const raw = sourceLines(filename);
    if (!raw) return [];
    const lines = raw.map((l) => l + '\n');
    if (raw.length && raw[raw.length - 1] === '') lines.pop();
    return lines;
  };
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue): [string, PyValue] => [
    name,
    new PyBuiltinFunction(name, f, null, name, 'linecache'),
  ];
  return [
    ['cache', cache],
    fn('getline', (a, k) => {
      const [filename, lineno] = parseArgs('getline', a, k, GETLINE_SPEC);
      const lines = getlines(filename!);
      const n = Number(pyIndex(lineno!));
      return n >= 1 && n <= lines.length ? lines[n - 1] : '';
    }),
    fn('getlines', (a, k) => {
      const [filename] = parseArgs('getlines', a, k, GETLINES_SPEC);
      return new PyList(getlines(filename!));
    }),
    fn('updatecache', (a, k) => {
      const [filename] = parseArgs('updatecache', a, k, GETLINES_SPEC);
      if (typeof filename === 'string') clearSourceCache(filename);
      return new PyList(getlines(filename!));
    }),
    fn('clearcache', (a, k) => {
      parseArgs('clearcache', a, k, []);
      cache.table.clear();
      clearSourceCache();
      return None;
    }),
    // tspy reads a file once per run; there is nothing stale to check.
    fn('checkcache', (a, k) => {
      parseArgs('checkcache', a, k, CHECK_SPEC);
      return None;
    }),
    fn('lazycache', (a, k) => {
      parseArgs('lazycache', a, k, LAZY_SPEC);
      return false;
    }),
    ['__all__', new PyList(['getline', 'clearcache', 'checkcache', 'lazycache'])],
  ];
}
