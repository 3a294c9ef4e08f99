/**
 * The `operator` module (CPython Modules/_operator.c): the operator functions
 * (with their dunder aliases), `itemgetter`, `attrgetter` (dotted names) and
 * `methodcaller` objects with CPython's reprs.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBuiltinFunction,
  None,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  ObjectType,
  newError,
  typeName,
  defineMethods,
} from '../runtime/object.js';
import {
  binaryOp,
  unaryOp,
  richCompare,
  isTrue,
  contains,
  getItem,
  setItem,
  delItem,
  getIter,
  iterNext,
  eq,
  index as pyIndex,
  repr as pyRepr,
  len as pyLen,
  callSpecial,
} from '../runtime/abstract.js';
import { call, getAttr, lookupSpecial } from '../runtime/attr.js';
import { checkPositional, oneArg } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { NB } from '../bytecode/opcodes.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

type Fn = (a: PyValue[], k: readonly string[] | null) => PyValue;

function bin(name: string, op: NB): Fn {
  return (a, k) => {
    checkPositional(name, a, k, 2, 2);
    return binaryOp(a[0], a[1], op);
  };
}
function cmp(name: string, op: number): Fn {
  return (a, k) => {
    checkPositional(name, a, k, 2, 2);
    return richCompare(a[0], a[1], op);
  };
}

// --- itemgetter / attrgetter / methodcaller ------------------------------------

export const ItemGetterType = new PyType('itemgetter', [ObjectType], 0, 'operator');
export const AttrGetterType = new PyType('attrgetter', [ObjectType], 0, 'operator');
export const MethodCallerType = new PyType('methodcaller', [ObjectType], 0, 'operator');

class ItemGetter extends PyObject {
  constructor(public items: PyValue[]) {
    super();
    this.ob_type = ItemGetterType;
  }
}
class AttrGetter extends PyObject {
  constructor(public names: string[][], public raw: string[]) {
    super();
    this.ob_type = AttrGetterType;
  }
}
class MethodCaller extends PyObject {
  constructor(public name: string, public args: PyValue[], public kwnames: string[]) {
    super();
    this.ob_type = MethodCallerType;
  }
}

function dotted(o: PyValue, path: string[]): PyValue {
  let v = o;
  for (const p of path) v = getAttr(v, p);
  return v;
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  ItemGetterType.tp_new = (_t, args, kw) => {
    if (kw && kw.length) typeErr('itemgetter() takes no keyword arguments');
    if (args.length === 0) typeErr('itemgetter expected 1 argument, got 0');
    return new ItemGetter(args.slice());
  };
  ItemGetterType.tp_call = (self, args, kw) => {
    const g = self as ItemGetter;
    const o = oneArgCall('itemgetter', args, kw);
    if (g.items.length === 1) return getItem(o, g.items[0]);
    return new PyTuple(g.items.map((k) => getItem(o, k)));
  };
  defineMethods(ItemGetterType, {
    __call__(a, k) {
      return ItemGetterType.tp_call!(a[0], a.slice(1), k);
    },
    __repr__(a) {
      const g = a[0] as ItemGetter;
      return `operator.itemgetter(${g.items.map((x) => pyRepr(x)).join(', ')})`;
    },
  });
  AttrGetterType.tp_new = (_t, args, kw) => {
    if (kw && kw.length) typeErr('attrgetter() takes no keyword arguments');
    if (args.length === 0) typeErr('attrgetter expected 1 argument, got 0');
    const raw: string[] = [];
    for (const a of args) {
      if (typeof a !== 'string') typeErr('attribute name must be a string');
      raw.push(a);
    }
    return new AttrGetter(raw.map((r) => r.split('.')), raw);
  };
  AttrGetterType.tp_call = (self, args, kw) => {
    const g = self as AttrGetter;
    const o = oneArgCall('attrgetter', args, kw);
    if (g.names.length === 1) return dotted(o, g.names[0]);
    return new PyTuple(g.names.map((p) => dotted(o, p)));
  };
  defineMethods(AttrGetterType, {
    __call__(a, k) {
      return AttrGetterType.tp_call!(a[0], a.slice(1), k);
    },
    __repr__(a) {
      const g = a[0] as AttrGetter;
      return `operator.attrgetter(${g.raw.map((x) => pyRepr(x)).join(', ')})`;
    },
  });
  MethodCallerType.tp_new = (_t, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos < 1) typeErr('methodcaller needs at least one argument, the method name');
    const name = args[0];
    if (typeof name !== 'string') typeErr('method name must be a string');
    return new MethodCaller(name, args.slice(1), kw ? kw.slice() : []);
  };
  MethodCallerType.tp_call = (self, args, kw) => {
    const m = self as MethodCaller;
    const o = oneArgCall('methodcaller', args, kw);
    return call(getAttr(o, m.name), m.args, m.kwnames.length ? m.kwnames : null);
  };
  defineMethods(MethodCallerType, {
    __call__(a, k) {
      return MethodCallerType.tp_call!(a[0], a.slice(1), k);
    },
    __repr__(a) {
      const m = a[0] as MethodCaller;
      const npos = m.args.length - m.kwnames.length;
      const parts = [pyRepr(m.name), ...m.args.slice(0, npos).map((x) => pyRepr(x)), ...m.kwnames.map((k, i) => `${k}=${pyRepr(m.args[npos + i])}`)];
      return `operator.methodcaller(${parts.join(', ')})`;
    },
  });
}

function oneArgCall(name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw && kw.length) typeErr(`${name}() takes no keyword arguments`);
  if (args.length !== 1) typeErr(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

function lengthHint(a: PyValue[], k: readonly string[] | null): PyValue {
  checkPositional('length_hint', a, k, 1, 2);
  const o = a[0];
  const dflt = a.length > 1 ? Number(pyIndex(a[1])) : 0;
  try {
    return pyLen(o);
  } catch (e) {
    if (!(e instanceof Object && (e as { ob_type?: PyType }).ob_type?.isSubtype(TypeErrorType))) throw e;
  }
  const h = lookupSpecial(o, '__length_hint__');
  if (h === undefined) return dflt;
  const r = call(h, [], null);
  if (r === NotImplemented) return dflt;
  if (typeof r !== 'number') typeErr(`'${typeName(r)}' object cannot be interpreted as an integer`);
  return r;
}

/** The `operator` module's attributes. */
export function operatorModuleEntries(): [string, PyValue][] {
  install();
  const fns: [string, Fn][] = [
    ['add', bin('add', NB.ADD)],
    ['sub', bin('sub', NB.SUBTRACT)],
    ['mul', bin('mul', NB.MULTIPLY)],
    ['truediv', bin('truediv', NB.TRUE_DIVIDE)],
    ['floordiv', bin('floordiv', NB.FLOOR_DIVIDE)],
    ['mod', bin('mod', NB.REMAINDER)],
    ['pow', bin('pow', NB.POWER)],
    ['lshift', bin('lshift', NB.LSHIFT)],
    ['rshift', bin('rshift', NB.RSHIFT)],
    ['and_', bin('and_', NB.AND)],
    ['or_', bin('or_', NB.OR)],
    ['xor', bin('xor', NB.XOR)],
    ['matmul', bin('matmul', NB.MATRIX_MULTIPLY)],
    ['iadd', bin('iadd', NB.INPLACE_ADD)],
    ['isub', bin('isub', NB.INPLACE_SUBTRACT)],
    ['imul', bin('imul', NB.INPLACE_MULTIPLY)],
    ['itruediv', bin('itruediv', NB.INPLACE_TRUE_DIVIDE)],
    ['ifloordiv', bin('ifloordiv', NB.INPLACE_FLOOR_DIVIDE)],
    ['imod', bin('imod', NB.INPLACE_REMAINDER)],
    ['ipow', bin('ipow', NB.INPLACE_POWER)],
    ['ilshift', bin('ilshift', NB.INPLACE_LSHIFT)],
    ['irshift', bin('irshift', NB.INPLACE_RSHIFT)],
    ['iand', bin('iand', NB.INPLACE_AND)],
    ['ior', bin('ior', NB.INPLACE_OR)],
    ['ixor', bin('ixor', NB.INPLACE_XOR)],
    ['imatmul', bin('imatmul', NB.INPLACE_MATRIX_MULTIPLY)],
    [
      'concat',
      (a, k) => {
        checkPositional('concat', a, k, 2, 2);
        if (typeof a[0] !== 'string' && (typeof a[0] !== 'object' || a[0].ob_type.lookup('__getitem__') === undefined)) {
          typeErr(`'${typeName(a[0])}' object can't be concatenated`);
        }
        return binaryOp(a[0], a[1], NB.ADD);
      },
    ],
    ['iconcat', bin('iconcat', NB.INPLACE_ADD)],
    ['neg', (a, k) => unaryOp(oneArg('neg', a, k), 'neg')],
    ['pos', (a, k) => unaryOp(oneArg('pos', a, k), 'pos')],
    ['invert', (a, k) => unaryOp(oneArg('invert', a, k), 'invert')],
    ['inv', (a, k) => unaryOp(oneArg('inv', a, k), 'invert')],
    [
      'abs',
      (a, k) => {
        const v = oneArg('abs', a, k);
        if (typeof v === 'number') return Math.abs(v);
        if (typeof v === 'bigint') return v < 0n ? -v : v;
        const r = callSpecial(v, '__abs__', []);
        if (r === undefined) typeErr(`bad operand type for abs(): '${typeName(v)}'`);
        return r;
      },
    ],
    ['index', (a, k) => pyIndex(oneArg('index', a, k))],
    ['not_', (a, k) => !isTrue(oneArg('not_', a, k))],
    ['truth', (a, k) => isTrue(oneArg('truth', a, k))],
    ['lt', cmp('lt', 0)],
    ['le', cmp('le', 1)],
    ['eq', cmp('eq', 2)],
    ['ne', cmp('ne', 3)],
    ['gt', cmp('gt', 4)],
    ['ge', cmp('ge', 5)],
    [
      'is_',
      (a, k) => {
        checkPositional('is_', a, k, 2, 2);
        return a[0] === a[1];
      },
    ],
    [
      'is_not',
      (a, k) => {
        checkPositional('is_not', a, k, 2, 2);
        return a[0] !== a[1];
      },
    ],
    [
      'contains',
      (a, k) => {
        checkPositional('contains', a, k, 2, 2);
        return contains(a[0], a[1]);
      },
    ],
    [
      'countOf',
      (a, k) => {
        checkPositional('countOf', a, k, 2, 2);
        const it = getIter(a[0]);
        let n = 0;
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, a[1])) n++;
        return n;
      },
    ],
    [
      'indexOf',
      (a, k) => {
        checkPositional('indexOf', a, k, 2, 2);
        const it = getIter(a[0]);
        let n = 0;
        for (let x = iterNext(it); x !== undefined; x = iterNext(it), n++) if (eq(x, a[1])) return n;
        throw newError(ValueErrorType, 'sequence.index(x): x not in sequence');
      },
    ],
    [
      'getitem',
      (a, k) => {
        checkPositional('getitem', a, k, 2, 2);
        return getItem(a[0], a[1]);
      },
    ],
    [
      'setitem',
      (a, k) => {
        checkPositional('setitem', a, k, 3, 3);
        setItem(a[0], a[1], a[2]);
        return None;
      },
    ],
    [
      'delitem',
      (a, k) => {
        checkPositional('delitem', a, k, 2, 2);
        delItem(a[0], a[1]);
        return None;
      },
    ],
    ['length_hint', lengthHint],
    [
      'call',
      (a, k) => {
        if (a.length - (k?.length ?? 0) < 1) typeErr('call() missing 1 required positional argument');
        return call(a[0], a.slice(1), k);
      },
    ],
  ];
  const out: [string, PyValue][] = [];
  for (const [name, f] of fns) {
    const b = new PyBuiltinFunction(name, f, null, name, 'operator');
    out.push([name, b]);
    const dunder = name.endsWith('_') ? name.slice(0, -1) : name;
    if (!['is', 'is_not', 'countOf', 'indexOf', 'length_hint', 'truth', 'not'].includes(dunder)) out.push([`__${dunder}__`, b]);
  }
  out.push(['__not__', out.find(([n]) => n === 'not_')![1]]);
  out.push(['itemgetter', ItemGetterType], ['attrgetter', AttrGetterType], ['methodcaller', MethodCallerType]);
  return out;
}
