/**
 * `functools.partialmethod` and `functools.singledispatchmethod` (CPython
 * Lib/functools.py): descriptors that bind like methods.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBuiltinFunction,
  None,
  TypeErrorType,
  ObjectType,
  TPFLAGS_BASETYPE,
  newError,
  defineMethods,
  defineGetSet,
  typeOf,
} from '../runtime/object.js';
import { repr as pyRepr } from '../runtime/abstract.js';
import { call, getAttrOpt, setAttr } from '../runtime/attr.js';
import { oneArg, checkPositional } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyMethod } from '../runtime/function.js';
import { PyPartial, PySingleDispatch, singledispatch } from './functools.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

/** Callable, or at least a descriptor (the check partialmethod/singledispatchmethod make). */
function callableOrDescriptor(f: PyValue): boolean {
  if (typeof f !== 'object') return false;
  if (f instanceof PyType || f instanceof PyBuiltinFunction) return true;
  const t = f.ob_type;
  return t.tp_call !== null || t.lookup('__call__') !== undefined || t.lookup('__get__') !== undefined;
}

export const PartialMethodType = new PyType('partialmethod', [ObjectType], TPFLAGS_BASETYPE, 'functools');

/** A partialmethod: `func` with leading positional `args` and `kw` keywords, bound on access. */
class PyPartialMethod extends PyObject {
  constructor(public func: PyValue, public args: PyValue[], public kw: [string, PyValue][], type: PyType) {
    super();
    this.ob_type = type;
  }
}

function mergeKw(a: [string, PyValue][], b: [string, PyValue][]): [string, PyValue][] {
  const m = new Map(a);
  for (const [k, v] of b) m.set(k, v);
  return [...m.entries()];
}

function installPartialMethod(): void {
  PartialMethodType.tp_new = (type, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    if (npos < 1) typeErr("partialmethod.__init__() missing 1 required positional argument: 'func'");
    let func = args[0];
    let pargs = args.slice(1, npos);
    let kw: [string, PyValue][] = (kwnames ?? []).map((k, i) => [k, args[npos + i]]);
    if (!callableOrDescriptor(func)) typeErr(`${pyRepr(func)} is not callable or a descriptor`);
    // a partialmethod of a partialmethod flattens, as in CPython
    if (func instanceof PyPartialMethod) {
      pargs = [...func.args, ...pargs];
      kw = mergeKw(func.kw, kw);
      func = func.func;
    }
    return new PyPartialMethod(func, pargs, kw, type);
  };
  defineMethods(PartialMethodType, {
    __init__() {
      return None;
    },
    __get__(a) {
      const self = a[0] as PyPartialMethod;
      const obj = a[1] ?? None;
      const cls = a[2] ?? None;
      const get = typeOf(self.func).lookup('__get__');
      if (get !== undefined) {
        const bound = call(get, [self.func, obj, cls], null);
        if (bound !== self.func) {
          const p = new PyPartial(bound, self.args.slice(), self.kw.slice());
          const s = getAttrOpt(bound, '__self__');
          if (s !== undefined) {
            // partial objects carry a __dict__ in CPython
            p.dict ??= new PyDict();
            setAttr(p, '__self__', s);
          }
          return p;
        }
      }
      // not a descriptor (or it returned itself): act like a plain function
      const method = new PyBuiltinFunction(
        '_method',
        (args, kwnames) => {
          const n = args.length - (kwnames?.length ?? 0);
          if (n < 1) typeErr("_method() missing 1 required positional argument: 'cls_or_self'");
          const kw = mergeKw(self.kw, (kwnames ?? []).map((k, i) => [k, args[n + i]] as [string, PyValue]));
          return call(self.func, [args[0], ...self.args, ...args.slice(1, n), ...kw.map((e) => e[1])], kw.map((e) => e[0]));
        },
        null,
        'partialmethod._make_unbound_method.<locals>._method',
        'functools',
      );
      return obj === None ? method : new PyMethod(method, obj);
    },
    __repr__(a) {
      const self = a[0] as PyPartialMethod;
      const parts = [pyRepr(self.func), ...self.args.map((x) => pyRepr(x)), ...self.kw.map(([k, v]) => `${k}=${pyRepr(v)}`)];
      const t = self.ob_type;
      return `${t.tp_module}.${t.tp_qualname}(${parts.join(', ')})`;
    },
  });
  defineGetSet(PartialMethodType, 'func', (s) => (s as PyPartialMethod).func);
  defineGetSet(PartialMethodType, 'args', (s) => new PyTuple((s as PyPartialMethod).args.slice()));
  defineGetSet(PartialMethodType, 'keywords', (s) => {
    const d = new PyDict();
    for (const [k, v] of (s as PyPartialMethod).kw) d.table.set(k, v);
    return d;
  });
}

export const SingleDispatchMethodType = new PyType('singledispatchmethod', [ObjectType], TPFLAGS_BASETYPE, 'functools');

/** singledispatchmethod: a singledispatch generic function dispatching on the first argument after self/cls. */
class PySingleDispatchMethod extends PyObject {
  constructor(public func: PyValue, public dispatcher: PySingleDispatch, type: PyType) {
    super();
    this.ob_type = type;
  }
}

function installSingleDispatchMethod(): void {
  SingleDispatchMethodType.tp_new = (type, args, kwnames) => {
    const func = oneArg('singledispatchmethod', args, kwnames);
    if (!callableOrDescriptor(func)) typeErr(`${pyRepr(func)} is not callable or a descriptor`);
    return new PySingleDispatchMethod(func, singledispatch([func], null) as PySingleDispatch, type);
  };
  defineMethods(SingleDispatchMethodType, {
    __init__() {
      return None;
    },
    register(a, k) {
      checkPositional('register', a, k, 2, 3);
      return (a[0] as PySingleDispatchMethod).dispatcher.register(a[1], a[2]);
    },
    __get__(a) {
      const self = a[0] as PySingleDispatchMethod;
      const obj = a[1] ?? None;
      const cls = a[2] ?? None;
      // CPython returns a function updated from the wrapped one: same name and qualname
      const fname = getAttrOpt(self.func, '__name__');
      const fqual = getAttrOpt(self.func, '__qualname__');
      const fmod = getAttrOpt(self.func, '__module__');
      const method = new PyBuiltinFunction(
        typeof fname === 'string' ? fname : '_method',
        (args, kwnames) => {
          const n = args.length - (kwnames?.length ?? 0);
          if (n < 1) typeErr('_method() requires at least 1 positional argument');
          const impl = self.dispatcher.dispatch(typeOf(args[0]));
          const get = typeOf(impl).lookup('__get__');
          const bound = get !== undefined ? call(get, [impl, obj, cls], null) : impl;
          return call(bound, args, kwnames);
        },
        null,
        typeof fqual === 'string' ? fqual : 'singledispatchmethod.__get__.<locals>._method',
        typeof fmod === 'string' ? fmod : 'functools',
      );
      const register = new PyBuiltinFunction('register', (b, k) => {
        checkPositional('register', b, k, 1, 2);
        return self.dispatcher.register(b[0], b[1]);
      }, null, 'singledispatchmethod.register', 'functools');
      method.dict = new PyDict();
      method.dict.table.set('register', register);
      method.dict.table.set('__wrapped__', self.func);
      return method;
    },
  });
  defineGetSet(SingleDispatchMethodType, 'func', (s) => (s as PySingleDispatchMethod).func);
  defineGetSet(SingleDispatchMethodType, 'dispatcher', (s) => (s as PySingleDispatchMethod).dispatcher);
}

let installed = false;
/** The module entries for partialmethod and singledispatchmethod. */
export function functoolsMethodEntries(): [string, PyValue][] {
  if (!installed) {
    installed = true;
    installPartialMethod();
    installSingleDispatchMethod();
  }
  return [
    ['partialmethod', PartialMethodType],
    ['singledispatchmethod', SingleDispatchMethodType],
  ];
}
