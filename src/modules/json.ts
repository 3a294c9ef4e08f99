/**
 * The `json` module (CPython Lib/json): `dumps`/`dump` with indent, separators,
 * sort_keys, ensure_ascii, allow_nan, skipkeys, default; `loads`/`load` with
 * object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, and
 * `JSONDecodeError` carrying CPython's messages and msg/doc/pos/lineno/colno.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyFloat,
  PyBuiltinFunction,
  PyBaseExceptionObject,
  None,
  TypeErrorType,
  ValueErrorType,
  ListType,
  TupleType,
  DictType,
  StrType,
  FloatType,
  TPFLAGS_BASETYPE,
  newError,
  typeName,
  isInstance,
  normInt,
} from '../runtime/object.js';
import { compare, isTrue, iterToArray, LT, str as pyStr } from '../runtime/abstract.js';
import { call, getAttr } from '../runtime/attr.js';
import { parseArgs } from '../runtime/args.js';
import { PyDict } from '../runtime/dict.js';
import { PyList } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { floatRepr } from '../runtime/format_float.js';
import { intValue, intRepr } from '../runtime/int.js';

/** json.JSONDecodeError (a ValueError subclass). */
export const JSONDecodeErrorType = new PyType('JSONDecodeError', [ValueErrorType], TPFLAGS_BASETYPE, 'json.decoder');

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

interface EncOpts {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  default: PyValue | null;
  sortKeys: boolean;
}

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** JSON string literal (CPython `py_encode_basestring[_ascii]`). */
export function encodeString(s: string, ascii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    const e = ESC[ch];
    if (e) out += e;
    else if (c < 0x20 || (ascii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function floatStr(x: number, o: EncOpts): string {
  if (x !== x || x === Infinity || x === -Infinity) {
    if (!o.allowNan) throw newError(ValueErrorType, `Out of range float values are not JSON compliant`);
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }
  return floatRepr(x);
}

function keyStr(k: PyValue, o: EncOpts): string | null {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number' || typeof k === 'bigint') return String(k);
  if (k === None) return 'null';
  if (k instanceof PyFloat) return floatStr(k.value, o);
  if (isInstance(k, StrType)) return pyStr(k);
  const iv = intValue(k);
  if (iv !== undefined) return intRepr(iv);
  if (o.skipkeys) return null;
  typeErr(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(v: PyValue, o: EncOpts, level: number, stack: Set<PyObject>): string {
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  if (v === None) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (v instanceof PyFloat && (v.ob_type === FloatType || isInstance(v, FloatType))) return floatStr(v.value, o);
  if (isInstance(v, StrType)) return encodeString(pyStr(v), o.ensureAscii);
  const iv = intValue(v);
  if (iv !== undefined) return intRepr(iv);
  const obj = v as PyObject;
  const isList = isInstance(v, ListType) || isInstance(v, TupleType);
  const isDict = isInstance(v, DictType);
  if (!isList && !isDict) {
    if (o.default === null) typeErr(`Object of type ${typeName(v)} is not JSON serializable`);
    if (o.checkCircular) {
      if (stack.has(obj)) throw newError(ValueErrorType, 'Circular reference detected');
      stack.add(obj);
    }
    const r = encode(call(o.default, [v], null), o, level, stack);
    stack.delete(obj);
    return r;
  }
  if (o.checkCircular) {
    if (stack.has(obj)) throw newError(ValueErrorType, 'Circular reference detected');
    stack.add(obj);
  }
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
  const close = o.indent === null ? '' : '\n' + o.indent.repeat(level);
  const sep = o.itemSep + nl;
  let out: string;
  if (isList) {
    const items = (v as PyList).items;
    if (items.length === 0) out = '[]';
    else out = '[' + nl + items.map((x) => encode(x, o, level + 1, stack)).join(sep) + close + ']';
  } else {
    let entries: [PyValue, PyValue][] = [];
    for (const e of (v as PyDict).table.entries()) entries.push([e.key, e.value]);
    if (entries.length === 0) out = '{}';
    else {
      if (o.sortKeys) entries = sortEntries(entries);
      const parts: string[] = [];
      for (const [k, val] of entries) {
        const ks = keyStr(k, o);
        if (ks === null) continue;
        parts.push(encodeString(ks, o.ensureAscii) + o.keySep + encode(val, o, level + 1, stack));
      }
      out = parts.length ? '{' + nl + parts.join(sep) + close + '}' : '{}';
    }
  }
  stack.delete(obj);
  return out;
}

function sortEntries(entries: [PyValue, PyValue][]): [PyValue, PyValue][] {
  // Stable merge sort with Python `<` (like sorted(dct.items()) on keys).
  const arr = entries.slice();
  const merge = (a: [PyValue, PyValue][], b: [PyValue, PyValue][]) => {
    const r: [PyValue, PyValue][] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if (compare(b[j][0], a[i][0], LT)) r.push(b[j++]);
      else r.push(a[i++]);
    }
    while (i < a.length) r.push(a[i++]);
    while (j < b.length) r.push(b[j++]);
    return r;
  };
  const sort = (xs: [PyValue, PyValue][]): [PyValue, PyValue][] => {
    if (xs.length <= 1) return xs;
    const m = xs.length >> 1;
    return merge(sort(xs.slice(0, m)), sort(xs.slice(m)));
  };
  return sort(arr);
}

const DUMPS_SPEC = ['obj', '*', 'skipkeys?', 'ensure_ascii?', 'check_circular?', 'allow_nan?', 'cls?', 'indent?', 'separators?', 'default?', 'sort_keys?', '**kw'];
const DUMP_SPEC = ['obj', 'fp', '*', 'skipkeys?', 'ensure_ascii?', 'check_circular?', 'allow_nan?', 'cls?', 'indent?', 'separators?', 'default?', 'sort_keys?', '**kw'];

function encOpts(p: (PyValue | undefined)[], off: number): EncOpts {
  const flag = (v: PyValue | undefined, d: boolean) => (v === undefined ? d : isTrue(v));
  const indentV = p[off + 5];
  let indent: string | null = null;
  if (indentV !== undefined && indentV !== None) {
    if (typeof indentV === 'string') indent = indentV;
    else indent = ' '.repeat(Math.max(0, Number(indentV)));
  }
  let itemSep = indent === null ? ', ' : ',';
  let keySep = ': ';
  const seps = p[off + 6];
  if (seps !== undefined && seps !== None) {
    const s = iterToArray(seps);
    if (s.length !== 2) throw newError(ValueErrorType, `too many values to unpack (expected 2)`);
    itemSep = pyStr(s[0]);
    keySep = pyStr(s[1]);
  }
  const dflt = p[off + 7];
  return {
    skipkeys: flag(p[off], false),
    ensureAscii: flag(p[off + 1], true),
    checkCircular: flag(p[off + 2], true),
    allowNan: flag(p[off + 3], true),
    indent,
    itemSep,
    keySep,
    default: dflt === undefined || dflt === None ? null : dflt,
    sortKeys: flag(p[off + 8], false),
  };
}

/** `json.dumps(obj, **options)`. */
export function dumps(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('dumps', args, kwnames, DUMPS_SPEC);
  if (p[5] !== undefined && p[5] !== None) return callCls(p[5], p[0]!, args, kwnames);
  return encode(p[0]!, encOpts(p, 1), 0, new Set());
}

/** A custom `cls=` encoder: instantiate it with the keyword options and call `.encode(obj)`. */
function callCls(cls: PyValue, obj: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const names: string[] = [];
  const vals: PyValue[] = [];
  const npos = args.length - (kwnames?.length ?? 0);
  (kwnames ?? []).forEach((k, i) => {
    if (k !== 'cls') {
      names.push(k);
      vals.push(args[npos + i]);
    }
  });
  const enc = call(cls, vals, names);
  return call(getAttr(enc, 'encode'), [obj], null);
}

/** `json.dump(obj, fp, **options)`: writes the text with `fp.write`. */
export function dump(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('dump', args, kwnames, DUMP_SPEC);
  const text = encode(p[0]!, encOpts(p, 2), 0, new Set());
  call(getAttr(p[1]!, 'write'), [text], null);
  return None;
}

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

interface DecOpts {
  objectHook: PyValue | null;
  pairsHook: PyValue | null;
  parseFloat: PyValue | null;
  parseInt: PyValue | null;
  parseConstant: PyValue | null;
  strict: boolean;
}

function decodeError(msg: string, doc: string, pos: number): PyBaseExceptionObject {
  const lineno = countNl(doc, pos) + 1;
  const colno = lineno === 1 ? pos + 1 : pos - doc.lastIndexOf('\n', pos - 1);
  const e = new PyBaseExceptionObject(JSONDecodeErrorType, [`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  e.dict = new PyDict();
  e.dict.table.set('msg', msg);
  e.dict.table.set('doc', doc);
  e.dict.table.set('pos', pos);
  e.dict.table.set('lineno', lineno);
  e.dict.table.set('colno', colno);
  return e;
}

function countNl(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

const NUMBER_RE = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;

class Decoder {
  pos = 0;
  constructor(public s: string, public o: DecOpts) {}

  ws(): void {
    const s = this.s;
    let p = this.pos;
    while (p < s.length) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else break;
    }
    this.pos = p;
  }

  value(): PyValue {
    const s = this.s;
    const p = this.pos;
    const c = s[p];
    switch (c) {
      case '"':
        this.pos++;
        return this.string(p);
      case '{':
        this.pos++;
        return this.object();
      case '[':
        this.pos++;
        return this.array();
      case 'n':
        if (s.startsWith('null', p)) {
          this.pos += 4;
          return None;
        }
        break;
      case 't':
        if (s.startsWith('true', p)) {
          this.pos += 4;
          return true;
        }
        break;
      case 'f':
        if (s.startsWith('false', p)) {
          this.pos += 5;
          return false;
        }
        break;
      case 'N':
        if (s.startsWith('NaN', p)) {
          this.pos += 3;
          return this.constant('NaN', NaN);
        }
        break;
      case 'I':
        if (s.startsWith('Infinity', p)) {
          this.pos += 8;
          return this.constant('Infinity', Infinity);
        }
        break;
      case '-':
        if (s.startsWith('-Infinity', p)) {
          this.pos += 9;
          return this.constant('-Infinity', -Infinity);
        }
        break;
    }
    NUMBER_RE.lastIndex = p;
    const m = NUMBER_RE.exec(s);
    if (m) {
      this.pos = p + m[0].length;
      if (m[2] === undefined && m[3] === undefined) {
        if (this.o.parseInt) return call(this.o.parseInt, [m[0]], null);
        const n = Number(m[0]);
        return Number.isSafeInteger(n) ? n + 0 : normInt(BigInt(m[0]));
      }
      if (this.o.parseFloat) return call(this.o.parseFloat, [m[0]], null);
      return new PyFloat(Number(m[0]));
    }
    throw decodeError('Expecting value', s, p);
  }

  constant(name: string, x: number): PyValue {
    if (this.o.parseConstant) return call(this.o.parseConstant, [name], null);
    return new PyFloat(x);
  }

  string(start: number): string {
    const s = this.s;
    let out = '';
    let p = this.pos;
    for (;;) {
      let q = p;
      while (q < s.length) {
        const c = s.charCodeAt(q);
        if (c === 34 || c === 92 || (c < 0x20 && this.o.strict)) break;
        q++;
      }
      out += s.slice(p, q);
      if (q >= s.length) throw decodeError('Unterminated string starting at', s, start);
      const c = s[q];
      if (c === '"') {
        this.pos = q + 1;
        return out;
      }
      if (c !== '\\') throw decodeError('Invalid control character at', s, q);
      const e = s[q + 1];
      if (e === undefined) throw decodeError('Unterminated string starting at', s, start);
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = s.slice(q + 2, q + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw decodeError('Invalid \\uXXXX escape', s, q);
          let code = parseInt(hex, 16);
          let adv = 6;
          if (code >= 0xd800 && code <= 0xdbff && s[q + 6] === '\\' && s[q + 7] === 'u') {
            const hex2 = s.slice(q + 8, q + 12);
            if (/^[0-9a-fA-F]{4}$/.test(hex2)) {
              const lo = parseInt(hex2, 16);
              if (lo >= 0xdc00 && lo <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (lo - 0xdc00);
                adv = 12;
              }
            }
          }
          out += String.fromCodePoint(code);
          p = q + adv;
          continue;
        }
        default:
          throw decodeError('Invalid \\escape', s, q);
      }
      p = q + 2;
    }
  }

  object(): PyValue {
    const s = this.s;
    const pairs: [PyValue, PyValue][] = [];
    this.ws();
    if (s[this.pos] === '}') {
      this.pos++;
      return this.finishObject(pairs);
    }
    for (;;) {
      if (s[this.pos] !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, this.pos);
      const kstart = this.pos;
      this.pos++;
      const key = this.string(kstart);
      this.ws();
      if (s[this.pos] !== ':') throw decodeError("Expecting ':' delimiter", s, this.pos);
      this.pos++;
      this.ws();
      const val = this.value();
      pairs.push([key, val]);
      this.ws();
      const c = s[this.pos];
      if (c === '}') {
        this.pos++;
        return this.finishObject(pairs);
      }
      if (c !== ',') throw decodeError("Expecting ',' delimiter", s, this.pos);
      this.pos++;
      this.ws();
    }
  }

  finishObject(pairs: [PyValue, PyValue][]): PyValue {
    if (this.o.pairsHook) return call(this.o.pairsHook, [new PyList(pairs.map(([k, v]) => new PyTuple([k, v])))], null);
    const d = new PyDict();
    for (const [k, v] of pairs) d.table.set(k, v);
    if (this.o.objectHook) return call(this.o.objectHook, [d], null);
    return d;
  }

  array(): PyValue {
    const s = this.s;
    const items: PyValue[] = [];
    this.ws();
    if (s[this.pos] === ']') {
      this.pos++;
      return new PyList(items);
    }
    for (;;) {
      this.ws();
      items.push(this.value());
      this.ws();
      const c = s[this.pos];
      if (c === ']') {
        this.pos++;
        return new PyList(items);
      }
      if (c !== ',') throw decodeError("Expecting ',' delimiter", s, this.pos);
      this.pos++;
    }
  }
}

const LOADS_SPEC = ['s', '*', 'cls?', 'object_hook?', 'parse_float?', 'parse_int?', 'parse_constant?', 'object_pairs_hook?', 'strict?', '**kw'];

function docText(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (isInstance(v, StrType)) return pyStr(v);
  const bytes = (v as { bytes?: Uint8Array }).bytes;
  if (bytes instanceof Uint8Array) return new TextDecoder().decode(bytes);
  typeErr(`the JSON object must be str, bytes or bytearray, not ${typeName(v)}`);
}

/** `json.loads(s, **options)`. */
export function loads(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('loads', args, kwnames, LOADS_SPEC);
  return decodeDoc(docText(p[0]!), p);
}

/** The decoder options from parsed arguments whose slots 2..7 are object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, strict. */
function decOpts(p: (PyValue | undefined)[]): DecOpts {
  const opt = (v: PyValue | undefined) => (v === undefined || v === None ? null : v);
  return {
    objectHook: opt(p[2]),
    parseFloat: opt(p[3]),
    parseInt: opt(p[4]),
    parseConstant: opt(p[5]),
    pairsHook: opt(p[6]),
    strict: p[7] === undefined ? true : isTrue(p[7]),
  };
}

function decodeDoc(s: string, p: (PyValue | undefined)[]): PyValue {
  if (s.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
  const d = new Decoder(s, decOpts(p));
  d.ws();
  const v = d.value();
  d.ws();
  if (d.pos !== s.length) throw decodeError('Extra data', s, d.pos);
  return v;
}

/** `json.load(fp, **options)`: `fp.read()` then loads. */
export function load(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('load', args, kwnames, LOADS_SPEC);
  const text = call(getAttr(p[0]!, 'read'), [], null);
  return decodeDoc(docText(text), p);
}

const RAW_DECODE_SPEC = ['s', 'idx', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook', 'strict'];

/**
 * `_tspy_json.raw_decode(s, idx, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, strict)`:
 * one JSON value starting exactly at `idx` (no leading whitespace skipped), as `(value, end)` — the engine of
 * `json.JSONDecoder.raw_decode`. Raises JSONDecodeError('Expecting value') when no value starts there.
 */
function rawDecode(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('raw_decode', args, kwnames, RAW_DECODE_SPEC);
  const s = docText(p[0]!);
  const idx = Number(p[1]);
  const d = new Decoder(s, decOpts(p));
  if (idx < 0 || idx >= s.length) throw decodeError('Expecting value', s, idx);
  d.pos = idx;
  const v = d.value();
  return new PyTuple([v, d.pos]);
}

/**
 * The native half of `json` (`_tspy_json`): src/lib/json/__init__.py adds JSONEncoder/JSONDecoder
 * and `cls=` handling on top of these.
 */
export function jsonModuleEntries(): [string, PyValue][] {
  return [
    ['raw_decode', new PyBuiltinFunction('raw_decode', rawDecode, null, 'raw_decode', '_tspy_json')],
    ['dumps', new PyBuiltinFunction('dumps', dumps, null, 'dumps', 'json')],
    ['dump', new PyBuiltinFunction('dump', dump, null, 'dump', 'json')],
    ['loads', new PyBuiltinFunction('loads', loads, null, 'loads', 'json')],
    ['load', new PyBuiltinFunction('load', load, null, 'load', 'json')],
    ['JSONDecodeError', JSONDecodeErrorType],
  ];
}
