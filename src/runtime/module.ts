/**
 * Module objects (CPython Objects/moduleobject.c): a namespace dict with
 * `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`; attribute
 * access falls back to a module-level `__getattr__` (PEP 562); the repr is
 * `<module 'name' from 'path'>` / `<module 'name' (built-in)>`.
 */
import { PyObject, type PyValue, ModuleType, PyType, None, TypeErrorType, newError, defineMethods, defineGetSet, typeOf } from './object.js';
import type { PyDict } from './dict.js';
import { mkDict, dictGetStr, dictSetStr, pyRepr, mkList, dictKeys } from '../vm/rt.js';
import { moduleGetAttr, attrError, genericSetAttr, call } from './attr.js';

/** A module object; its namespace is `dict` (never null). */
export class PyModule extends PyObject {
  declare dict: PyDict;
  /** A native module (CPython: built-in or extension): repr says `(built-in)` when it has no `__file__`. */
  isBuiltin = false;
  constructor(name: string, doc: PyValue = None, type: PyType = ModuleType) {
    super();
    this.ob_type = type;
    const d = mkDict();
    this.dict = d;
    dictSetStr(d, '__name__', name);
    dictSetStr(d, '__doc__', doc);
    dictSetStr(d, '__package__', None);
    dictSetStr(d, '__loader__', None);
    dictSetStr(d, '__spec__', None);
  }
  /** `__name__` (or '?' when it was deleted or is not a str). */
  get name(): string {
    const n = dictGetStr(this.dict, '__name__');
    return typeof n === 'string' ? n : '?';
  }
}

let installed = false;
/** Install the module type's methods. Idempotent. */
export function installModuleType(): void {
  if (installed) return;
  installed = true;
  ModuleType.tp_new = (type, args) => {
    const name = args[0];
    if (typeof name !== 'string') throw newError(TypeErrorType, `module.__init__() argument 'name' must be str, not ${typeOf(name ?? None).tp_name}`);
    return new PyModule(name, args.length > 1 ? args[1] : None, type);
  };
  defineMethods(ModuleType, {
    __getattribute__(args) {
      const m = args[0] as PyObject;
      const name = args[1] as string;
      const v = moduleGetAttr(m, name);
      if (v === undefined) throw attrError(m, name);
      return v;
    },
    __setattr__(args) {
      genericSetAttr(args[0], args[1] as string, args[2]);
      return None;
    },
    __repr__(args) {
      const m = args[0] as PyObject;
      const d = m.dict;
      const n = d ? dictGetStr(d, '__name__') : undefined;
      const name = typeof n === 'string' ? n : '?';
      const file = d ? dictGetStr(d, '__file__') : undefined;
      if (typeof file === 'string') return `<module '${name}' from '${file}'>`;
      const loader = d ? dictGetStr(d, '__loader__') : undefined;
      if (loader !== undefined && loader !== None) return `<module '${name}' (${pyRepr(loader)})>`;
      if (m instanceof PyModule && !m.isBuiltin) return `<module '${name}'>`;
      return `<module '${name}' (built-in)>`;
    },
    __dir__(args) {
      // CPython module_dir: a module-level __dir__ function (PEP 562) answers instead
      const m = args[0] as PyObject;
      const own = m.dict ? dictGetStr(m.dict, '__dir__') : undefined;
      if (own !== undefined) return call(own, [], null);
      return mkList(m.dict ? dictKeys(m.dict) : []);
    },
    __init__: () => None,
  });
  defineGetSet(ModuleType, '__dict__', (o) => (o as PyObject).dict ?? mkDict());
}
