/**
 * `_collections` (the native helpers of Lib/collections): `_tuplegetter`, the
 * data descriptor CPython uses for namedtuple fields (read-only: setting gives
 * `AttributeError: can't set attribute`).
 */
import { type PyValue, PyObject, PyType, AttributeErrorType, ObjectType, None, newError, defineMethods, defineGetSet } from '../runtime/object.js';
import { getItem, index as pyIndex, repr } from '../runtime/abstract.js';
import { PyTuple } from '../runtime/tuple.js';
import { checkPositional } from '../runtime/args.js';

export const TupleGetterType = new PyType('_tuplegetter', [ObjectType], 0, '_collections');

class PyTupleGetter extends PyObject {
  constructor(public index: number, public doc: PyValue) {
    super();
    this.ob_type = TupleGetterType;
  }
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  TupleGetterType.tp_new = (_t, args, kw) => {
    checkPositional('_tuplegetter', args, kw, 2, 2);
    return new PyTupleGetter(Number(pyIndex(args[0])), args[1]);
  };
  defineMethods(TupleGetterType, {
    __get__(a) {
      const self = a[0] as PyTupleGetter;
      const obj = a[1];
      if (obj === None || obj === undefined) return self;
      return getItem(obj, self.index);
    },
    __set__() {
      throw newError(AttributeErrorType, "can't set attribute");
    },
    __delete__() {
      throw newError(AttributeErrorType, "can't delete attribute");
    },
    __repr__(a) {
      const self = a[0] as PyTupleGetter;
      return `_tuplegetter(${self.index}, ${repr(self.doc)})`;
    },
    __reduce__(a) {
      const self = a[0] as PyTupleGetter;
      return new PyTuple([TupleGetterType, new PyTuple([self.index, self.doc])]);
    },
  });
  // A writable member, as in CPython: `Point.x.__doc__ = '...'` documents a field.
  defineGetSet(
    TupleGetterType,
    '__doc__',
    (s) => (s as PyTupleGetter).doc,
    (s, v) => {
      (s as PyTupleGetter).doc = v ?? None;
    },
  );
}

/** The `_collections` module's attributes. */
export function collectionsNativeEntries(): [string, PyValue][] {
  install();
  return [['_tuplegetter', TupleGetterType]];
}
