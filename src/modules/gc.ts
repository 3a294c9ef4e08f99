/**
 * `gc` (CPython Modules/gcmodule.c). tspy's objects are JS objects reclaimed
 * by V8's own collector, which a program can neither trigger nor observe, so
 * this module is mostly a facade: `collect()` runs the finalizers and weakref
 * callbacks of unreachable objects (vm/lifecycle.ts) and returns 0 (the number
 * of freed objects is not knowable), `enable/disable/isenabled` and the thresholds keep the
 * state a program sets and reads back without influencing V8, `freeze` and
 * `unfreeze` are no-ops with `get_freeze_count()` 0, `garbage` and `callbacks`
 * are plain lists that tspy never fills or calls. `get_objects`,
 * `get_referrers` and `get_referents` raise NotImplementedError.
 */
import {
  type PyValue, PyObject, PyBuiltinFunction, None, NotImplementedErrorType, ValueErrorType, newError,
} from '../runtime/object.js';
import { parseArgs, checkPositional, oneArg } from '../runtime/args.js';
import { index as pyIndex } from '../runtime/abstract.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { collectGarbage } from '../vm/lifecycle.js';

const COLLECT_SPEC = ['generation?'];
const THRESH_SPEC = ['threshold0', 'threshold1?', 'threshold2?', '/'];

/** The attributes of the `gc` module. */
export function gcModuleEntries(): [string, PyValue][] {
  let enabled = true;
  const thresholds: PyValue[] = [700, 10, 10];
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, 'gc')]);
  fn('collect', (a, k) => {
    const [g] = parseArgs('collect', a, k, COLLECT_SPEC);
    if (g !== undefined) {
      const n = Number(pyIndex(g));
      if (n < 0 || n > 2) throw newError(ValueErrorType, 'invalid generation');
    }
    // Finalizers and weakref callbacks of unreachable objects run here; the count of
    // freed objects is not knowable on a JS heap, so it stays 0.
    collectGarbage();
    return 0;
  });
  fn('enable', (a, k) => { checkPositional('enable', a, k, 0, 0); enabled = true; return None; });
  fn('disable', (a, k) => { checkPositional('disable', a, k, 0, 0); enabled = false; return None; });
  fn('isenabled', (a, k) => { checkPositional('isenabled', a, k, 0, 0); return enabled; });
  fn('get_count', (a, k) => { checkPositional('get_count', a, k, 0, 0); return new PyTuple([0, 0, 0]); });
  fn('get_threshold', (a, k) => { checkPositional('get_threshold', a, k, 0, 0); return new PyTuple(thresholds.slice()); });
  fn('set_threshold', (a, k) => {
    const p = parseArgs('set_threshold', a, k, THRESH_SPEC);
    for (let i = 0; i < 3; i++) if (p[i] !== undefined) thresholds[i] = pyIndex(p[i]!);
    return None;
  });
  fn('freeze', (a, k) => { checkPositional('freeze', a, k, 0, 0); return None; });
  fn('unfreeze', (a, k) => { checkPositional('unfreeze', a, k, 0, 0); return None; });
  fn('get_freeze_count', (a, k) => { checkPositional('get_freeze_count', a, k, 0, 0); return 0; });
  fn('get_debug', () => 0);
  fn('set_debug', (a, k) => { oneArg('set_debug', a, k); return None; });
  fn('get_stats', () => new PyList([0, 1, 2].map(() => {
    const d = new PyDict();
    d.setStr('collections', 0);
    d.setStr('collected', 0);
    d.setStr('uncollectable', 0);
    return d;
  })));
  // CPython tracks containers (objects that can hold references) and not atoms.
  fn('is_tracked', (a, k) => {
    const v = oneArg('is_tracked', a, k);
    if (!(v instanceof PyObject)) return false;
    const n = v.ob_type.tp_name;
    return !['float', 'complex', 'bytes', 'NoneType', 'str', 'int', 'bool', 'range'].includes(n);
  });
  fn('is_finalized', (a, k) => { oneArg('is_finalized', a, k); return false; });
  for (const name of ['get_objects', 'get_referrers', 'get_referents']) {
    fn(name, () => {
      throw newError(NotImplementedErrorType, `gc.${name}() is not supported by tspy (objects are managed by the JavaScript engine)`);
    });
  }
  out.push(['garbage', new PyList([])], ['callbacks', new PyList([])]);
  out.push(['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]);
  return out;
}
