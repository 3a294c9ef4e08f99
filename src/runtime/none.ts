/**
 * The singletons' types: NoneType, NotImplementedType, ellipsis
 * (CPython Objects/object.c none_repr / NotImplemented_repr, sliceobject.c ellipsis_repr).
 */
import {
  type PyValue,
  NoneType,
  NotImplementedType,
  EllipsisType,
  None,
  NotImplemented,
  Ellipsis,
  TypeErrorType,
  newError,
  defineMethods,
} from './object.js';

function noArgs(name: string, result: PyValue) {
  return (_t: unknown, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    if (args.length || (kwnames && kwnames.length)) throw newError(TypeErrorType, `${name} takes no arguments`);
    return result;
  };
}
NoneType.tp_new = noArgs('NoneType', None);
NotImplementedType.tp_new = noArgs('NotImplementedType', NotImplemented);
EllipsisType.tp_new = noArgs('ellipsis', Ellipsis);

defineMethods(NoneType, {
  __repr__: () => 'None',
  __bool__: () => false,
  __hash__: () => 0xfcfcfcfc >>> 4,
});
defineMethods(NotImplementedType, {
  __repr__: () => 'NotImplemented',
  __reduce__: () => 'NotImplemented',
});
defineMethods(EllipsisType, {
  __repr__: () => 'Ellipsis',
  __reduce__: () => 'Ellipsis',
});
