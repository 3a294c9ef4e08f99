/**
 * Expression unparser used for `from __future__ import annotations`
 * (CPython 3.11 Python/ast_unparse.c): turns an annotation's AST back into
 * the string stored in `__annotations__`.
 */
import type * as A from '../parser/ast.js';
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple, type ConstValue } from '../bytecode/constants.js';
import { reprCodePoints } from '../parser/repr.js';

const enum P { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }

const BIN: Record<string, [string, number]> = {
  Add: ['+', P.ARITH], Sub: ['-', P.ARITH], Mult: ['*', P.TERM], MatMult: ['@', P.TERM], Div: ['/', P.TERM],
  Mod: ['%', P.TERM], FloorDiv: ['//', P.TERM], Pow: ['**', P.POWER], LShift: ['<<', P.SHIFT], RShift: ['>>', P.SHIFT],
  BitOr: ['|', P.BOR], BitXor: ['^', P.BXOR], BitAnd: ['&', P.BAND],
};
const CMP: Record<string, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** Python repr of a float (shortest round-trip, Python exponent style). */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1).replace(/^-0\.0$/, '-0.0');
  let s = String(v);
  const m = /^(-?)(\d+(?:\.\d+)?)e([+-])(\d+)$/.exec(s);
  if (m) {
    const exp = m[4].length < 2 ? '0' + m[4] : m[4];
    s = `${m[1]}${m[2]}e${m[3]}${exp}`;
  } else if (Math.abs(v) < 1e-4 && v !== 0) {
    s = v.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return s;
}

/** Python repr of a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const x of b) { if (x === 39) hasSingle = true; if (x === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    if (x === quote.charCodeAt(0) || x === 92) out += '\\' + String.fromCharCode(x);
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += String.fromCharCode(x);
  }
  return out + quote;
}

/** Python repr of a constant value (as `repr()` would print it). */
export function constRepr(v: ConstValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return floatRepr(v);
    case 'string': return strRepr(v);
  }
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof ConstEllipsis) return 'Ellipsis';
  if (v instanceof ConstSurrogateStr) return reprCodePoints(v.codePoints);
  if (v instanceof ConstComplex) {
    const im = floatRepr(v.imag).replace(/\.0$/, '') + 'j';
    if (v.real === 0 && !Object.is(v.real, -0)) return im;
    const re = floatRepr(v.real).replace(/\.0$/, '');
    return `(${re}${v.imag >= 0 || Number.isNaN(v.imag) ? '+' : ''}${im})`;
  }
  if (v instanceof ConstTuple) {
    if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
    return '(' + v.items.map(constRepr).join(', ') + ')';
  }
  if (v instanceof ConstFrozenSet) return v.items.length ? 'frozenset({' + v.items.map(constRepr).join(', ') + '})' : 'frozenset()';
  return '<code object>';
}

function constUnparse(v: ConstValue): string {
  if (v instanceof ConstEllipsis) return '...';
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? '(1e309-1e309)' : v > 0 ? '1e309' : '-1e309';
  return constRepr(v);
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    let s = p.arg;
    if (i >= firstDefault) s += '=' + ex(a.defaults[i - firstDefault], P.TEST);
    parts.push(s);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? a.vararg.arg : ''));
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    parts.push(k.arg + (d ? '=' + ex(d, P.TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

function comps(gens: A.comprehension[]): string {
  return gens.map((g) => (g.is_async ? ' async for ' : ' for ') + ex(g.target, P.TUPLE) + ' in ' + ex(g.iter, P.TEST + 1)
    + g.ifs.map((i) => ' if ' + ex(i, P.TEST + 1)).join('')).join('');
}

function fstringBody(values: A.expr[], inSpec: boolean): string {
  let out = '';
  for (const v of values) {
    if (v._type === 'Constant' && typeof v.value === 'string') {
      out += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    } else if (v._type === 'FormattedValue') {
      let inner = ex(v.value, P.TEST + 1);
      if (inner.startsWith('{')) inner = ' ' + inner;
      out += '{' + inner;
      if (v.conversion !== -1) out += '!' + String.fromCharCode(v.conversion);
      if (v.format_spec) out += ':' + fstringBody((v.format_spec as A.JoinedStr).values, true);
      out += '}';
    }
  }
  void inSpec;
  return out;
}

function ex(e: A.expr, level: number): string {
  const paren = (s: string, p: number): string => (level > p ? '(' + s + ')' : s);
  switch (e._type) {
    case 'BoolOp': {
      const p = e.op._type === 'And' ? P.AND : P.OR;
      return paren(e.values.map((v) => ex(v, p + 1)).join(e.op._type === 'And' ? ' and ' : ' or '), p);
    }
    case 'NamedExpr': return paren(ex(e.target, P.ATOM) + ' := ' + ex(e.value, P.ATOM), P.TUPLE);
    case 'BinOp': {
      const [sym, p] = BIN[e.op._type];
      const rassoc = e.op._type === 'Pow';
      return paren(ex(e.left, rassoc ? p + 1 : p) + ' ' + sym + ' ' + ex(e.right, rassoc ? p : p + 1), p);
    }
    case 'UnaryOp': {
      const sym = e.op._type === 'Not' ? 'not ' : e.op._type === 'Invert' ? '~' : e.op._type === 'UAdd' ? '+' : '-';
      const p = e.op._type === 'Not' ? P.NOT : P.FACTOR;
      return paren(sym + ex(e.operand, p), p);
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren('lambda' + (a ? ' ' + a : '') + ': ' + ex(e.body, P.TEST), P.TEST);
    }
    case 'IfExp': return paren(ex(e.body, P.TEST + 1) + ' if ' + ex(e.test, P.TEST + 1) + ' else ' + ex(e.orelse, P.TEST), P.TEST);
    case 'Dict': return '{' + e.keys.map((k, i) => (k ? ex(k, P.TEST) + ': ' + ex(e.values[i], P.TEST) : '**' + ex(e.values[i], P.EXPR))).join(', ') + '}';
    case 'Set': return e.elts.length ? '{' + e.elts.map((x) => ex(x, P.TEST)).join(', ') + '}' : '{*()}';
    case 'ListComp': return '[' + ex(e.elt, P.TEST) + comps(e.generators) + ']';
    case 'SetComp': return '{' + ex(e.elt, P.TEST) + comps(e.generators) + '}';
    case 'DictComp': return '{' + ex(e.key, P.TEST) + ': ' + ex(e.value, P.TEST) + comps(e.generators) + '}';
    case 'GeneratorExp': return '(' + ex(e.elt, P.TEST) + comps(e.generators) + ')';
    case 'Await': return paren('await ' + ex(e.value, P.ATOM), P.AWAIT);
    case 'Yield': return '(yield' + (e.value ? ' ' + ex(e.value, P.TEST) : '') + ')';
    case 'YieldFrom': return '(yield from ' + ex(e.value, P.TEST) + ')';
    case 'Compare': {
      let s = ex(e.left, P.CMP + 1);
      e.ops.forEach((o, i) => { s += ' ' + CMP[o._type] + ' ' + ex(e.comparators[i], P.CMP + 1); });
      return paren(s, P.CMP);
    }
    case 'Call': {
      let s = ex(e.func, P.ATOM) + '(';
      if (e.args.length === 1 && !e.keywords.length && e.args[0]._type === 'GeneratorExp') {
        const g = e.args[0];
        return s + ex(g.elt, P.TEST) + comps(g.generators) + ')';
      }
      const parts = e.args.map((a) => ex(a, P.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + ex(k.value, P.EXPR) : k.arg + '=' + ex(k.value, P.TEST));
      s += parts.join(', ') + ')';
      return s;
    }
    case 'FormattedValue': return 'f' + strRepr(fstringBody([e], false));
    case 'JoinedStr': return 'f' + strRepr(fstringBody(e.values, false));
    case 'Constant':
      if (e.kind === 'u' && typeof e.value === 'string') return 'u' + constUnparse(e.value);
      return constUnparse(e.value);
    case 'Attribute': {
      let v = ex(e.value, P.ATOM);
      if (e.value._type === 'Constant' && typeof e.value.value === 'bigint') v += ' ';
      return v + '.' + e.attr;
    }
    case 'Subscript': {
      let sl: string;
      if (e.slice._type === 'Tuple' && e.slice.elts.length) {
        sl = e.slice.elts.map((x) => ex(x, P.TEST)).join(', ');
        if (e.slice.elts.length === 1) sl += ',';
      } else sl = ex(e.slice, P.TUPLE);
      return ex(e.value, P.ATOM) + '[' + sl + ']';
    }
    case 'Starred': return '*' + ex(e.value, P.EXPR);
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => ex(x, P.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (!e.elts.length) return '()';
      let s = e.elts.map((x) => ex(x, P.TEST)).join(', ');
      if (e.elts.length === 1) s += ',';
      return paren(s, P.TUPLE);
    }
    case 'Slice':
      return (e.lower ? ex(e.lower, P.TEST) : '') + ':' + (e.upper ? ex(e.upper, P.TEST) : '') + (e.step ? ':' + ex(e.step, P.TEST) : '');
  }
}

/** The source text CPython's _PyAST_ExprAsUnicode produces for an annotation. */
export function unparseExpr(e: A.expr): string {
  return ex(e, P.TEST);
}
