/**
 * The `string` module (CPython Lib/string.py): the character-class constants,
 * `capwords`, and `Template` ($-substitution, subclassable `delimiter` and
 * `idpattern`); plus the `keyword` module.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBuiltinFunction,
  None,
  TypeErrorType,
  ValueErrorType,
  KeyErrorType,
  ObjectType,
  TPFLAGS_BASETYPE,
  PyBaseExceptionObject,
  newError,
  typeName,
  defineMethods,
} from '../runtime/object.js';
import { str as pyStr, getItem, getIter, iterToArray, isTrue } from '../runtime/abstract.js';
import { PySet } from '../runtime/set.js';
import { PyTuple } from '../runtime/tuple.js';
import { formatterParse, fieldNameSplit, convertField } from '../runtime/format_str.js';
import { format } from '../runtime/format.js';
import { getAttrOpt, getAttr, callMethod } from '../runtime/attr.js';
import { parseArgs, oneArg } from '../runtime/args.js';
import { PyDict } from '../runtime/dict.js';
import { PyList } from '../runtime/list.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

export const FormatterType = new PyType('Formatter', [ObjectType], TPFLAGS_BASETYPE, 'string');
export const TemplateType = new PyType('Template', [ObjectType], TPFLAGS_BASETYPE, 'string');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Build the Template pattern for this (sub)class (Lib/string.py `Template.__init_subclass__`). */
function templatePattern(o: PyValue): RegExp {
  const delim = getAttrOpt(o, 'delimiter');
  const d = typeof delim === 'string' ? delim : '$';
  const idp = getAttrOpt(o, 'idpattern');
  const bidp = getAttrOpt(o, 'braceidpattern');
  const id = typeof idp === 'string' ? idp.replace(/^\(\?a:(.*)\)$/, '$1') : '[_a-z][_a-z0-9]*';
  const bid = typeof bidp === 'string' ? bidp : id;
  const flagsV = getAttrOpt(o, 'flags');
  const ignoreCase = flagsV === undefined || (typeof flagsV === 'number' ? (flagsV & 2) !== 0 : true);
  const ed = escapeRe(d);
  return new RegExp(`${ed}(?:(${ed})|(${id})|\\{(${bid})\\}|())`, ignoreCase ? 'gi' : 'g');
}

function templateText(o: PyValue): string {
  const t = (o as PyObject).dict?.table.lookup('template')?.value;
  if (typeof t !== 'string') throw newError(TypeErrorType, 'Template object has no template string');
  return t;
}

function invalid(text: string, index: number): never {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  const lineno = lines.length;
  const colno = lines[lines.length - 1].length + 1;
  throw newError(ValueErrorType, `Invalid placeholder in string: line ${lineno}, col ${colno}`);
}

function substitute(args: PyValue[], kwnames: readonly string[] | null, safe: boolean): PyValue {
  const p = parseArgs(safe ? 'safe_substitute' : 'substitute', args, kwnames, ['self', 'mapping?', '/', '**kws']);
  const self = p[0]!;
  const text = templateText(self);
  const mapping = p[1];
  const kws = p.kwargs;
  const lookup = (name: string): PyValue | undefined => {
    for (const [k, v] of kws) if (k === name) return v;
    if (mapping === undefined) return undefined;
    try {
      return getItem(mapping, name);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && e.ob_type.isSubtype(KeyErrorType)) return undefined;
      throw e;
    }
  };
  const re = templatePattern(self);
  return text.replace(re, (m: string, esc: string | undefined, named: string | undefined, braced: string | undefined, inv: string | undefined, offset: number) => {
    if (esc !== undefined) return esc;
    const name = named ?? braced;
    if (name !== undefined) {
      const v = lookup(name);
      if (v === undefined) {
        if (safe) return m;
        throw new PyBaseExceptionObject(KeyErrorType, [name]);
      }
      return pyStr(v);
    }
    if (inv !== undefined) {
      if (safe) return m;
      invalid(text, offset);
    }
    return m;
  });
}

let installed = false;
function installTemplate(): void {
  if (installed) return;
  installed = true;
  TemplateType.tp_new = (type, args, kwnames) => {
    const o = new PyObject(type);
    o.dict = new PyDict();
    const p = parseArgs('Template', args, kwnames, ['template']);
    o.dict.table.set('template', p[0]!);
    return o;
  };
  TemplateType.tp_dict.set('delimiter', '$');
  TemplateType.tp_dict.set('idpattern', '(?a:[_a-z][_a-z0-9]*)');
  TemplateType.tp_dict.set('braceidpattern', None);
  TemplateType.tp_dict.set('flags', 2);
  defineMethods(TemplateType, {
    __init__(a, k) {
      const p = parseArgs('Template', a, k, ['self', 'template']);
      const o = p[0] as PyObject;
      if (!o.dict) o.dict = new PyDict();
      o.dict.table.set('template', p[1]!);
      return None;
    },
    substitute(a, k) {
      return substitute(a, k, false);
    },
    safe_substitute(a, k) {
      return substitute(a, k, true);
    },
    get_identifiers(a) {
      const text = templateText(a[0]);
      const out: string[] = [];
      for (const m of text.matchAll(templatePattern(a[0]))) {
        const name = m[2] ?? m[3];
        if (name !== undefined && !out.includes(name)) out.push(name);
        else if (m[4] !== undefined) invalid(text, m.index ?? 0);
      }
      return new PyList(out);
    },
    is_valid(a) {
      const text = templateText(a[0]);
      for (const m of text.matchAll(templatePattern(a[0]))) if (m[4] !== undefined) return false;
      return true;
    },
  });
}

const FORMATTER_FORMAT_SPEC = ['self', 'format_string', '/', '*args', '**kwargs'];

/** Formatter._vformat (Lib/string.py): every step goes through the (overridable) methods. */
function formatterVformat(self: PyValue, fmt: PyValue, args: PyValue, kwargs: PyValue, used: PySet, depth: number, autoIdx: number | false): [string, number | false] {
  if (depth < 0) throw newError(ValueErrorType, 'Max string recursion exceeded');
  const result: string[] = [];
  for (const piece of iterToArray(callMethod(self, 'parse', [fmt]))) {
    const [literal, fieldName0, spec0, conversion] = iterToArray(piece);
    if (isTrue(literal)) result.push(pyStr(literal));
    if (fieldName0 === None) continue;
    let fieldName = fieldName0;
    if (fieldName === '') {
      if (autoIdx === false) throw newError(ValueErrorType, 'cannot switch from manual field specification to automatic field numbering');
      fieldName = String(autoIdx);
      autoIdx++;
    } else if (isTrue(callMethod(fieldName, 'isdigit', []))) {
      // CPython's message here says "manual ... to automatic" too
      if (autoIdx !== false && autoIdx !== 0) throw newError(ValueErrorType, 'cannot switch from manual field specification to automatic field numbering');
      autoIdx = false;
    }
    const got = iterToArray(callMethod(self, 'get_field', [fieldName, args, kwargs]));
    if (got.length !== 2) throw newError(ValueErrorType, `${got.length < 2 ? 'not enough' : 'too many'} values to unpack (expected 2${got.length < 2 ? `, got ${got.length}` : ''})`);
    used.table.add(got[1]);
    const obj = callMethod(self, 'convert_field', [got[0], conversion]);
    const [spec, nextIdx] = formatterVformat(self, spec0, args, kwargs, used, depth - 1, autoIdx);
    autoIdx = nextIdx;
    result.push(pyStr(callMethod(self, 'format_field', [obj, spec])));
  }
  return [result.join(''), autoIdx];
}

function installFormatter(): void {
  FormatterType.tp_new = (type) => new PyObject(type);
  defineMethods(FormatterType, {
    __init__() {
      return None;
    },
    format(a, k) {
      const p = parseArgs('format', a, k ?? null, FORMATTER_FORMAT_SPEC);
      const kw = new Map<string, PyValue>(p.kwargs);
      return callMethod(p[0]!, 'vformat', [p[1]!, new PyTuple(p.rest), dictOf(kw)]);
    },
    vformat(a) {
      const [self, fmt, args, kwargs] = a;
      const used = new PySet();
      const [result] = formatterVformat(self, fmt, args, kwargs, used, 2, 0);
      callMethod(self, 'check_unused_args', [used, args, kwargs]);
      return result;
    },
    parse(a) {
      const fmt = a[1];
      if (typeof fmt !== 'string') throw newError(TypeErrorType, 'expected str');
      return getIter(new PyList(formatterParse(fmt).map(([l, n, s, c]) => new PyTuple([l, n ?? None, s ?? None, c ?? None]))));
    },
    format_field(a) {
      return format(a[1], pyStr(a[2]));
    },
    convert_field(a) {
      const conv = a[2];
      if (conv === None) return a[1];
      if (conv === 'r' || conv === 's' || conv === 'a') return convertField(a[1], conv);
      throw newError(ValueErrorType, `Unknown conversion specifier ${pyStr(conv)}`);
    },
    get_value(a) {
      const [, key, args, kwargs] = a;
      if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean') return getItem(args, key);
      return getItem(kwargs, key);
    },
    get_field(a) {
      const [self, fieldName, args, kwargs] = a;
      if (typeof fieldName !== 'string') throw newError(TypeErrorType, 'expected str');
      const [first, rest] = fieldNameSplit(fieldName);
      let obj = callMethod(self, 'get_value', [first, args, kwargs]);
      for (const [isAttr, key] of rest) obj = isAttr ? getAttr(obj, key as string) : getItem(obj, key);
      return new PyTuple([obj, first]);
    },
    check_unused_args() {
      return None;
    },
  });
}

function dictOf(m: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.table.set(k, v);
  return d;
}

function capwords(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('capwords', args, kwnames, ['s', 'sep?']);
  const s = p[0]!;
  if (typeof s !== 'string') throw newError(TypeErrorType, `descriptor 'split' for 'str' objects doesn't apply to a '${typeName(s)}' object`);
  const sep = p[1] === undefined || p[1] === None ? null : pyStr(p[1]);
  const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
  if (sep === null) return s.split(/[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0]+/).filter((w) => w).map(cap).join(' ');
  return s.split(sep).map(cap).join(sep);
}

/** The `string` module's attributes. */
export function stringModuleEntries(): [string, PyValue][] {
  installTemplate();
  installFormatter();
  return [
    ['ascii_lowercase', LOWER],
    ['ascii_uppercase', UPPER],
    ['ascii_letters', LOWER + UPPER],
    ['digits', DIGITS],
    ['hexdigits', DIGITS + 'abcdef' + 'ABCDEF'],
    ['octdigits', '01234567'],
    ['punctuation', PUNCT],
    ['whitespace', WHITESPACE],
    ['printable', DIGITS + LOWER + UPPER + PUNCT + WHITESPACE],
    ['capwords', new PyBuiltinFunction('capwords', capwords, null, 'capwords', 'string')],
    ['Template', TemplateType],
    ['Formatter', FormatterType],
  ];
}

const KWLIST = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const SOFT = ['_', 'case', 'match'];

/** The `keyword` module's attributes. */
export function keywordModuleEntries(): [string, PyValue][] {
  return [
    ['kwlist', new PyList(KWLIST.slice())],
    ['softkwlist', new PyList(SOFT.slice())],
    ['iskeyword', new PyBuiltinFunction('iskeyword', (a, k) => {
      const v = oneArg('iskeyword', a, k);
      return typeof v === 'string' && KWLIST.includes(v);
    }, null, 'iskeyword', 'keyword')],
    ['issoftkeyword', new PyBuiltinFunction('issoftkeyword', (a, k) => {
      const v = oneArg('issoftkeyword', a, k);
      return typeof v === 'string' && SOFT.includes(v);
    }, null, 'issoftkeyword', 'keyword')],
    ['__all__', new PyList(['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist'])],
  ];
}
