/**
 * Base class of native iterators (list_iterator, dict_keyiterator, range_iterator, ...).
 * `abstract.iterNext` calls `next()` directly on these, skipping the `__next__`
 * lookup, so every native iterator type (also the builtins' enumerate/zip/map and
 * the VM's generators, if they wish) should extend it. This module is a leaf
 * (imports only object.ts) so that any runtime file can extend it without
 * import-cycle ordering problems.
 */
import {
  PyObject,
  PyType,
  PyMethodDescriptor,
  ObjectType,
  NotImplemented,
  StopIterationType,
  newError,
  type PyValue,
} from './object.js';

/** A native iterator: `next()` returns the next item or `undefined` when exhausted (never throws StopIteration for exhaustion). */
export abstract class PyIteratorBase extends PyObject {
  abstract next(): PyValue | undefined;
  /** Optional `__length_hint__`. */
  lengthHint(): number {
    return -1;
  }
}

/**
 * Create a native iterator type with `__iter__` (returns self), `__next__`
 * (calls `next()`, raising StopIteration when exhausted) and `__length_hint__`.
 */
export function makeIteratorType(name: string): PyType {
  const t = new PyType(name, [ObjectType], 0);
  t.tp_dict.set('__iter__', new PyMethodDescriptor('__iter__', t, (args) => args[0]));
  t.tp_dict.set(
    '__next__',
    new PyMethodDescriptor('__next__', t, (args) => {
      const r = (args[0] as PyIteratorBase).next();
      if (r === undefined) throw newError(StopIterationType);
      return r;
    }),
  );
  t.tp_dict.set(
    '__length_hint__',
    new PyMethodDescriptor('__length_hint__', t, (args) => {
      const n = (args[0] as PyIteratorBase).lengthHint();
      return n < 0 ? NotImplemented : n;
    }),
  );
  t.modified();
  return t;
}
