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
  TypeErrorType,
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
 * (calls `next()`, raising StopIteration when exhausted) and, unless
 * `lengthHint` is false (map, zip, generators... in CPython), `__length_hint__`.
 */
export function makeIteratorType(name: string, lengthHint = true): PyType {
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
  if (lengthHint) t.tp_dict.set(
    '__length_hint__',
    new PyMethodDescriptor('__length_hint__', t, (args) => {
      const n = (args[0] as PyIteratorBase).lengthHint();
      return n < 0 ? NotImplemented : n;
    }),
  );
  t.modified();
  return t;
}

/**
 * Make the named methods of a built-in type METH_NOARGS-strict: extra arguments
 * raise CPython's `TypeError: int.bit_length() takes no arguments (1 given)`.
 */
export function requireNoArgs(type: PyType, names: string[]): void {
  for (const name of names) {
    const d = type.tp_dict.get(name);
    if (!(d instanceof PyMethodDescriptor)) continue;
    const fn = d.fn;
    type.tp_dict.set(
      name,
      new PyMethodDescriptor(name, type, (args, kw) => {
        if (args.length !== 1 || (kw && kw.length)) {
          if (kw && kw.length) throw newError(TypeErrorType, `${type.tp_name}.${name}() takes no keyword arguments`);
          throw newError(TypeErrorType, `${type.tp_name}.${name}() takes no arguments (${args.length - 1} given)`);
        }
        return fn(args, kw);
      }),
    );
  }
  type.modified();
}
