/**
 * Named tuple-like "struct sequences" of native modules (CPython
 * Objects/structseq.c): `sys.version_info`, `sys.float_info`,
 * `time.struct_time`. A tuple subclass whose fields are also attributes and
 * whose repr is `sys.version_info(major=3, minor=11, ...)`.
 */
import { type PyValue, PyType, TupleType, TypeErrorType, newError, defineMethods, defineGetSet, TPFLAGS_TUPLE_SUBCLASS } from '../runtime/object.js';
import { repr as pyRepr, iterToArray } from '../runtime/abstract.js';
import { PyTuple } from '../runtime/tuple.js';

/** Create a struct-sequence type `module.name` with the given field names (the first `nVisible` are tuple items). */
export function makeStructSeqType(module: string, name: string, fields: string[]): PyType {
  const t = new PyType(name, [TupleType], TPFLAGS_TUPLE_SUBCLASS, module);
  fields.forEach((f, i) =>
    defineGetSet(t, f, (self) => (self as PyTuple).items[i]),
  );
  defineMethods(t, {
    __repr__(args) {
      const self = args[0] as PyTuple;
      const parts = fields.map((f, i) => `${f}=${pyRepr(self.items[i])}`);
      return `${module}.${name}(${parts.join(', ')})`;
    },
    __reduce__(args) {
      const self = args[0] as PyTuple;
      return new PyTuple([t, new PyTuple([new PyTuple(self.items.slice())])]);
    },
  });
  t.tp_new = (type, args) => {
    if (args.length < 1) throw newError(TypeErrorType, `${module}.${name}() missing required argument 'sequence' (pos 1)`);
    const items = iterToArray(args[0]);
    if (items.length !== fields.length) {
      throw newError(TypeErrorType, `${module}.${name}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
    }
    return newStructSeq(type, items);
  };
  t.tp_dict.set('n_fields', fields.length);
  t.tp_dict.set('n_sequence_fields', fields.length);
  t.tp_dict.set('n_unnamed_fields', 0);
  t.tp_dict.set('__match_args__', new PyTuple(fields.slice()));
  t.modified();
  return t;
}

/** An instance of a struct-sequence type. */
export function newStructSeq(type: PyType, values: PyValue[]): PyTuple {
  const tup = new PyTuple(values);
  tup.ob_type = type;
  return tup;
}
