/**
 * `types.MappingProxyType` (CPython Objects/descrobject.c `mappingproxy`): a
 * read-only view of a mapping. `cls.__dict__` returns one, so class namespaces
 * cannot be changed behind the type's back; assignment raises
 * `'mappingproxy' object does not support item assignment`.
 */
import { type PyValue, PyObject, MappingProxyType, TypeErrorType, None, newError, typeOf, defineMethods } from './object.js';
import { repr, str, len, getIter, contains, getItem, richCompare, binaryOp } from './abstract.js';
import { callMethod } from './attr.js';
import { NB } from '../bytecode/opcodes.js';

/** A mappingproxy over `mapping` (any object with `keys` and `__getitem__`). */
export class PyMappingProxy extends PyObject {
  constructor(public readonly mapping: PyValue) {
    super();
    this.ob_type = MappingProxyType;
  }
}

const self = (v: PyValue): PyMappingProxy => {
  if (!(v instanceof PyMappingProxy)) throw newError(TypeErrorType, `descriptor requires a 'mappingproxy' object but received a '${typeOf(v).tp_name}'`);
  return v;
};

const isMappingLike = (v: PyValue): boolean => {
  const t = typeOf(v);
  return t.lookup('keys') !== undefined && t.lookup('__getitem__') !== undefined && t.tp_name !== 'list' && t.tp_name !== 'tuple';
};

MappingProxyType.tp_new = (_t, args, kwnames) => {
  if (kwnames && kwnames.length) {
    if (kwnames.length === 1 && kwnames[0] === 'mapping' && args.length === 1) return MappingProxyType.tp_new!(_t, args, null);
    throw newError(TypeErrorType, `mappingproxy() got an unexpected keyword argument '${kwnames[0]}'`);
  }
  if (args.length !== 1) throw newError(TypeErrorType, `mappingproxy() takes exactly one argument (${args.length} given)`);
  const m = args[0];
  if (!isMappingLike(m)) throw newError(TypeErrorType, `mappingproxy() argument must be a mapping, not ${typeOf(m).tp_name}`);
  return new PyMappingProxy(m);
};

defineMethods(MappingProxyType, {
  __getitem__: (args) => getItem(self(args[0]).mapping, args[1]),
  __contains__: (args) => contains(self(args[0]).mapping, args[1]),
  __iter__: (args) => getIter(self(args[0]).mapping),
  __len__: (args) => len(self(args[0]).mapping),
  __repr__: (args) => `mappingproxy(${repr(self(args[0]).mapping)})`,
  __str__: (args) => str(self(args[0]).mapping),
  __eq__: (args) => richCompare(self(args[0]).mapping, args[1], 2),
  __ne__: (args) => richCompare(self(args[0]).mapping, args[1], 3),
  __or__: (args) => {
    const a = args[0] instanceof PyMappingProxy ? args[0].mapping : args[0];
    const b = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1];
    return binaryOp(a, b, NB.OR);
  },
  __ror__: (args) => {
    const a = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1];
    const b = self(args[0]).mapping;
    return binaryOp(a, b, NB.OR);
  },
  __reversed__: (args) => callMethod(self(args[0]).mapping, '__reversed__', []),
  get: (args) => callMethod(self(args[0]).mapping, 'get', args.slice(1)),
  keys: (args) => callMethod(self(args[0]).mapping, 'keys', []),
  values: (args) => callMethod(self(args[0]).mapping, 'values', []),
  items: (args) => callMethod(self(args[0]).mapping, 'items', []),
  copy: (args) => callMethod(self(args[0]).mapping, 'copy', []),
});
MappingProxyType.tp_dict.set('__hash__', None);
