/**
 * Argument-count checks for the methods of the core built-in types, with
 * CPython 3.11's exact messages. The method implementations read `args[i]`
 * directly; without these checks `'abc'.join()` would read a missing argument.
 *
 * Each entry is `name:kind`, recorded from CPython 3.11 (calling every method
 * with 0 and with 5 arguments):
 * - `o`     METH_O:        `str.join() takes exactly one argument (0 given)`
 * - `-`     METH_NOARGS:   `str.upper() takes no arguments (1 given)`
 * - `A-B`   Argument Clinic positional range: `center expected at least 1 argument, got 0`
 * - `pA-B`  PyArg_ParseTuple range:  `count() takes at least 1 argument (0 given)`
 * - `N`     slot wrapper:  `expected 1 argument, got 0` (`_N`: with CPython's leading
 *           space, from `PyArg_UnpackTuple(args, "", ...)` in sq_repeat/sq_ass_item wrappers);
 *           a slot wrapper applied to the wrong type says
 *           `descriptor '__add__' requires a 'int' object but received a 'str'`.
 */
import {
  type NativeCall,
  PyType,
  PyMethodDescriptor,
  TypeErrorType,
  newError,
  StrType,
  ListType,
  DictType,
  SetType,
  FrozenSetType,
  TupleType,
  BytesType,
  ByteArrayType,
  IntType,
  FloatType,
  ComplexType,
} from './object.js';

const TABLE: Record<string, string> = {
  str: '__add__:1 __contains__:1 __eq__:1 __ge__:1 __getitem__:1 __gt__:1 __hash__:0 __iter__:0 __le__:1 __len__:0 __lt__:1 __mod__:1 __mul__:_1 __ne__:1 __repr__:0 __rmod__:1 __rmul__:_1 __str__:0 capitalize:- casefold:- center:1-2 count:p1-3 encode:p0-2 endswith:p1-3 expandtabs:p0-1 find:p1-3 format_map:o index:p1-3 isalnum:- isalpha:- isascii:- isdecimal:- isdigit:- isidentifier:- islower:- isnumeric:- isprintable:- isspace:- istitle:- isupper:- join:o ljust:1-2 lower:- lstrip:0-1 partition:o removeprefix:o removesuffix:o replace:2-3 rfind:p1-3 rindex:p1-3 rjust:1-2 rpartition:o rsplit:p0-2 rstrip:0-1 split:p0-2 splitlines:p0-1 startswith:p1-3 strip:0-1 swapcase:- title:- translate:o upper:- zfill:o',
  list: '__add__:1 __contains__:1 __delitem__:1 __eq__:1 __ge__:1 __getitem__:o __gt__:1 __iadd__:1 __imul__:_1 __iter__:0 __le__:1 __len__:0 __lt__:1 __mul__:_1 __ne__:1 __repr__:0 __reversed__:- __rmul__:_1 __setitem__:_2 __str__:0 append:o clear:- copy:- count:o extend:o index:1-3 insert:2-2 pop:0-1 remove:o reverse:- sort:p0-2',
  dict: '__contains__:o __delitem__:1 __eq__:1 __ge__:1 __getitem__:o __gt__:1 __ior__:1 __iter__:0 __le__:1 __len__:0 __lt__:1 __ne__:1 __or__:1 __repr__:0 __reversed__:- __ror__:1 __setitem__:_2 __str__:0 clear:- copy:- get:1-2 items:- keys:- pop:1-2 popitem:- setdefault:1-2 update:0-1 values:-',
  set: '__and__:1 __contains__:o __eq__:1 __ge__:1 __gt__:1 __iand__:1 __ior__:1 __isub__:1 __iter__:0 __ixor__:1 __le__:1 __len__:0 __lt__:1 __ne__:1 __or__:1 __rand__:1 __repr__:0 __ror__:1 __rsub__:1 __rxor__:1 __str__:0 __sub__:1 __xor__:1 add:o clear:- copy:- discard:o isdisjoint:o issubset:o issuperset:o pop:- remove:o symmetric_difference:o symmetric_difference_update:o',
  frozenset: '__and__:1 __contains__:o __eq__:1 __ge__:1 __gt__:1 __hash__:0 __iter__:0 __le__:1 __len__:0 __lt__:1 __ne__:1 __or__:1 __rand__:1 __repr__:0 __ror__:1 __rsub__:1 __rxor__:1 __str__:0 __sub__:1 __xor__:1 copy:- isdisjoint:o issubset:o issuperset:o symmetric_difference:o',
  tuple: '__add__:1 __contains__:1 __eq__:1 __ge__:1 __getitem__:1 __gt__:1 __hash__:0 __iter__:0 __le__:1 __len__:0 __lt__:1 __mul__:_1 __ne__:1 __repr__:0 __rmul__:_1 __str__:0 count:o index:1-3',
  bytes: '__add__:1 __bytes__:- __contains__:1 __eq__:1 __ge__:1 __getitem__:1 __gt__:1 __hash__:0 __iter__:0 __le__:1 __len__:0 __lt__:1 __mod__:1 __mul__:_1 __ne__:1 __repr__:0 __rmod__:1 __rmul__:_1 __str__:0 capitalize:- center:1-2 count:p1-3 decode:p0-2 endswith:p1-3 expandtabs:p0-1 find:p1-3 hex:p0-2 index:p1-3 isalnum:- isalpha:- isascii:- isdigit:- islower:- isspace:- istitle:- isupper:- join:o ljust:1-2 lower:- lstrip:0-1 partition:o removeprefix:o removesuffix:o replace:2-3 rfind:p1-3 rindex:p1-3 rjust:1-2 rpartition:o rsplit:p0-2 rstrip:0-1 split:p0-2 splitlines:p0-1 startswith:p1-3 strip:0-1 swapcase:- title:- translate:p0-2 upper:- zfill:o',
  bytearray: '__add__:1 __alloc__:- __contains__:1 __delitem__:1 __eq__:1 __ge__:1 __getitem__:1 __gt__:1 __iadd__:1 __imul__:_1 __iter__:0 __le__:1 __len__:0 __lt__:1 __mod__:1 __mul__:_1 __ne__:1 __repr__:0 __rmod__:1 __rmul__:_1 __setitem__:_2 __str__:0 append:o capitalize:- center:1-2 clear:- copy:- count:p1-3 decode:p0-2 endswith:p1-3 expandtabs:p0-1 extend:o find:p1-3 hex:p0-2 index:p1-3 insert:2-2 isalnum:- isalpha:- isascii:- isdigit:- islower:- isspace:- istitle:- isupper:- join:o ljust:1-2 lower:- lstrip:0-1 partition:o pop:0-1 remove:o removeprefix:o removesuffix:o replace:2-3 reverse:- rfind:p1-3 rindex:p1-3 rjust:1-2 rpartition:o rsplit:p0-2 rstrip:0-1 split:p0-2 splitlines:p0-1 startswith:p1-3 strip:0-1 swapcase:- title:- translate:p0-2 upper:- zfill:o',
  int: '__abs__:0 __add__:1 __and__:1 __bool__:0 __ceil__:- __divmod__:1 __eq__:1 __float__:0 __floor__:- __floordiv__:1 __ge__:1 __gt__:1 __hash__:0 __index__:0 __int__:0 __invert__:0 __le__:1 __lshift__:1 __lt__:1 __mod__:1 __mul__:1 __ne__:1 __neg__:0 __or__:1 __pos__:0 __radd__:1 __rand__:1 __rdivmod__:1 __repr__:0 __rfloordiv__:1 __rlshift__:1 __rmod__:1 __rmul__:1 __ror__:1 __round__:0-1 __rrshift__:1 __rshift__:1 __rsub__:1 __rtruediv__:1 __rxor__:1 __str__:0 __sub__:1 __truediv__:1 __trunc__:- __xor__:1 as_integer_ratio:- bit_count:- bit_length:- conjugate:- to_bytes:p0-3',
  float: '__abs__:0 __add__:1 __bool__:0 __ceil__:- __divmod__:1 __eq__:1 __float__:0 __floor__:- __floordiv__:1 __ge__:1 __gt__:1 __hash__:0 __int__:0 __le__:1 __lt__:1 __mod__:1 __mul__:1 __ne__:1 __neg__:0 __pos__:0 __radd__:1 __rdivmod__:1 __repr__:0 __rfloordiv__:1 __rmod__:1 __rmul__:1 __round__:0-1 __rsub__:1 __rtruediv__:1 __str__:0 __sub__:1 __truediv__:1 __trunc__:- as_integer_ratio:- conjugate:- hex:- is_integer:-',
  complex: '__abs__:0 __add__:1 __bool__:0 __complex__:- __eq__:1 __ge__:1 __gt__:1 __hash__:0 __le__:1 __lt__:1 __mul__:1 __ne__:1 __neg__:0 __pos__:0 __radd__:1 __repr__:0 __rmul__:1 __rsub__:1 __rtruediv__:1 __str__:0 __sub__:1 __truediv__:1 conjugate:-',
};

const TYPES: Record<string, PyType> = {
  str: StrType,
  list: ListType,
  dict: DictType,
  set: SetType,
  frozenset: FrozenSetType,
  tuple: TupleType,
  bytes: BytesType,
  bytearray: ByteArrayType,
  int: IntType,
  float: FloatType,
  complex: ComplexType,
};

const plural = (n: number) => (n === 1 ? '' : 's');

/** The checking wrapper for one method, or null for an unknown kind. */
function checker(owner: string, name: string, kind: string, fn: NativeCall): NativeCall | null {
  const err = (msg: string) => newError(TypeErrorType, msg);
  let check: (n: number) => string | null;
  if (kind === 'o') check = (n) => (n === 1 ? null : `${owner}.${name}() takes exactly one argument (${n} given)`);
  else if (kind === '-') check = (n) => (n === 0 ? null : `${owner}.${name}() takes no arguments (${n} given)`);
  else if (/^\d+-\d+$/.test(kind)) {
    const [lo, hi] = kind.split('-').map(Number);
    check = (n) => {
      if (n < lo) return `${name} expected ${lo === hi ? '' : 'at least '}${lo} argument${plural(lo)}, got ${n}`;
      if (n > hi) return `${name} expected ${lo === hi ? '' : 'at most '}${hi} argument${plural(hi)}, got ${n}`;
      return null;
    };
  } else if (/^p\d+-\d+$/.test(kind)) {
    const [lo, hi] = kind.slice(1).split('-').map(Number);
    check = (n) => {
      if (n >= lo && n <= hi) return null;
      const which = lo === hi ? 'exactly' : n < lo ? 'at least' : 'at most';
      const k = n < lo ? lo : hi;
      return `${name}() takes ${which} ${k} argument${plural(k)} (${n} given)`;
    };
  } else if (/^_?\d+$/.test(kind)) {
    const space = kind.startsWith('_') ? ' ' : '';
    const want = Number(kind.replace('_', ''));
    check = (n) => (n === want ? null : `${space}expected ${want} argument${plural(want)}, got ${n}`);
  } else return null;
  // Keywords: the few methods below parse their own; every other one takes none (CPython's
  // METH_O/METH_NOARGS/positional-only clinic methods and slot wrappers).
  const takesKeywords = kind !== 'o' && kind !== '-' && KEYWORD_METHODS.has(name);
  const noKw = /^_?\d+$/.test(kind) ? `wrapper ${name}() takes no keyword arguments` : `${owner}.${name}() takes no keyword arguments`;
  return (args, kwnames) => {
    if (kwnames === null || kwnames.length === 0) {
      const msg = check(args.length - 1);
      if (msg !== null) throw err(msg);
    } else if (!takesKeywords) throw err(noKw);
    return fn(args, kwnames);
  };
}

/** Methods of the tabled types that accept keyword arguments in CPython 3.11. */
const KEYWORD_METHODS = new Set(['encode', 'decode', 'expandtabs', 'split', 'rsplit', 'splitlines', 'sort', 'update', 'hex', 'translate', 'to_bytes']);

let installed = false;

/** Wrap the listed methods of the core types with their arity checks. Idempotent; run once all methods are defined. */
export function installMethodArity(): void {
  if (installed) return;
  installed = true;
  for (const [owner, spec] of Object.entries(TABLE)) {
    const type = TYPES[owner];
    for (const item of spec.split(' ')) {
      const i = item.lastIndexOf(':');
      const name = item.slice(0, i);
      const kind = item.slice(i + 1);
      const d = type.tp_dict.get(name);
      if (!(d instanceof PyMethodDescriptor) || d.owner !== type) continue;
      const wrapped = checker(owner, name, kind, d.fn);
      if (wrapped === null) continue;
      const nd = new PyMethodDescriptor(name, type, wrapped);
      if (/^_?\d+$/.test(kind)) nd.isSlot = true;
      type.tp_dict.set(name, nd);
    }
    type.modified();
  }
}
