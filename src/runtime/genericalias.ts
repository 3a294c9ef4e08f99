/**
 * `types.GenericAlias` (CPython Objects/genericaliasobject.c): what
 * `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to, so annotations
 * using built-in generics work at runtime. Supports `__origin__`, `__args__`,
 * `__parameters__` (always empty here), repr, equality/hash, calling (creates
 * an origin instance) and `__mro_entries__` (subclassing `list[int]`).
 */
import {
  type PyValue,
  PyObject,
  PyType,
  ObjectType,
  Ellipsis,
  NotImplemented,
  TypeErrorType,
  newError,
  defineMethods,
  defineGetSet,
  defineClassMethods,
  ListType,
  TupleType,
  DictType,
  SetType,
  FrozenSetType,
} from './object.js';
import { repr, eq, hash } from './abstract.js';
import { call } from './attr.js';
import { PyTuple } from './tuple.js';

export const GenericAliasType = new PyType('GenericAlias', [ObjectType], 0, 'types');

/** `origin[args]`. */
export class PyGenericAlias extends PyObject {
  constructor(public readonly origin: PyValue, public readonly args: PyValue[]) {
    super();
    this.ob_type = GenericAliasType;
  }
}

function reprItem(p: PyValue): string {
  if (p === Ellipsis) return '...';
  if (p instanceof PyGenericAlias) return gaRepr(p);
  if (p instanceof PyType) return p.tp_module === 'builtins' ? p.tp_qualname : `${p.tp_module}.${p.tp_qualname}`;
  return repr(p);
}

function gaRepr(g: PyGenericAlias): string {
  const args = g.args.length === 0 ? '()' : g.args.map(reprItem).join(', ');
  return `${reprItem(g.origin)}[${args}]`;
}

/** `cls[item]` for built-in generic classes (`__class_getitem__`). */
export function classGetItem(cls: PyValue, item: PyValue): PyGenericAlias {
  const args = item instanceof PyTuple && item.ob_type === TupleType ? item.items.slice() : [item];
  return new PyGenericAlias(cls, args);
}

function self(v: PyValue): PyGenericAlias {
  if (v instanceof PyGenericAlias) return v;
  throw newError(TypeErrorType, 'descriptor requires a GenericAlias');
}

GenericAliasType.tp_new = (_t, args) => {
  if (args.length !== 2) throw newError(TypeErrorType, `GenericAlias expected 2 arguments, got ${args.length}`);
  return classGetItem(args[0], args[1]);
};
GenericAliasType.tp_call = (f, args, kwnames) => call((f as PyGenericAlias).origin, args, kwnames);

defineMethods(GenericAliasType, {
  __repr__: (args) => gaRepr(self(args[0])),
  __eq__(args) {
    const a = self(args[0]);
    const b = args[1];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return eq(a.origin, b.origin) && a.args.length === b.args.length && a.args.every((x, i) => eq(x, b.args[i]));
  },
  __hash__(args) {
    const a = self(args[0]);
    const h1 = hash(a.origin);
    const h2 = hash(new PyTuple(a.args));
    return Number(BigInt.asIntN(52, BigInt(h1) ^ BigInt(h2)));
  },
  __mro_entries__: (args) => new PyTuple([self(args[0]).origin]),
  __call__: (args, kw) => call(self(args[0]).origin, args.slice(1), kw),
  // CPython ga_instancecheck / ga_subclasscheck: a parameterized generic is not a class to test against
  __instancecheck__: () => {
    throw newError(TypeErrorType, 'isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__: () => {
    throw newError(TypeErrorType, 'issubclass() argument 2 cannot be a parameterized generic');
  },
});
defineGetSet(GenericAliasType, '__origin__', (s) => self(s).origin);
defineGetSet(GenericAliasType, '__args__', (s) => new PyTuple(self(s).args));
defineGetSet(GenericAliasType, '__parameters__', () => new PyTuple([]));

for (const t of [ListType, TupleType, DictType, SetType, FrozenSetType]) {
  defineClassMethods(t, { __class_getitem__: (args) => classGetItem(args[0], args[1]) });
}
