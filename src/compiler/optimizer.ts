/**
 * AST constant folding, as CPython 3.11's Python/ast_opt.c: binary/unary
 * operations on constants (with the same size limits), constant tuples,
 * subscripts of constants, `not (a is b)` → `a is not b`, literal lists/sets
 * in `in` tests and `for` iterables turned into tuples/frozensets, simple
 * `'%s' % (x,)` formatting turned into f-strings, and `__debug__`.
 * The tree is rewritten in place (node objects are mutated, like COPY_NODE).
 */
import type * as A from '../parser/ast.js';
import { ConstComplex, ConstFrozenSet, ConstTuple, type ConstValue } from '../bytecode/constants.js';
import { getDocString } from './codegen.js';

const MAX_INT_SIZE = 128n;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** "Leave this node unfolded". One shared instance, and not an Error: building a stack trace per give-up is costly. */
class NoFold {}
const NO_FOLD = new NoFold();
const fail = (): never => { throw NO_FOLD; };

interface State { optimize: number; futureAnnotations: boolean; }

/** Fold constants in a module tree (mutates it). */
export function optimizeAst(mod: A.mod, optimize: number, futureAnnotations: boolean): void {
  const st: State = { optimize, futureAnnotations };
  switch (mod._type) {
    case 'Module': body(mod.body, st); break;
    case 'Interactive': stmts(mod.body, st); break;
    case 'Expression': mod.body = expr(mod.body, st); break;
  }
}

function body(ss: A.stmt[], st: State): void {
  const hadDoc = getDocString(ss) !== null;
  stmts(ss, st);
  if (!hadDoc && getDocString(ss) !== null) {
    const s = ss[0] as A.Expr;
    const v = s.value;
    s.value = { _type: 'JoinedStr', values: [v], lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
  }
}

function stmts(ss: A.stmt[], st: State): void { for (const s of ss) stmt(s, st); }
function exprs(es: A.expr[], st: State): void { for (let i = 0; i < es.length; i++) es[i] = expr(es[i], st); }
function opt(e: A.expr | null, st: State): A.expr | null { return e ? expr(e, st) : null; }

function annotations(xs: A.arg[], st: State): void {
  for (let i = 0; i < xs.length; i++) { const x = xs[i]; if (x.annotation) x.annotation = expr(x.annotation, st); }
}

function args(a: A.arguments, st: State): void {
  if (!st.futureAnnotations) {
    annotations(a.posonlyargs, st);
    annotations(a.args, st);
    annotations(a.kwonlyargs, st);
    if (a.vararg && a.vararg.annotation) a.vararg.annotation = expr(a.vararg.annotation, st);
    if (a.kwarg && a.kwarg.annotation) a.kwarg.annotation = expr(a.kwarg.annotation, st);
  }
  exprs(a.defaults, st);
  for (let i = 0; i < a.kw_defaults.length; i++) a.kw_defaults[i] = opt(a.kw_defaults[i], st);
}

function stmt(s: A.stmt, st: State): void {
  switch (s._type) {
    // The most frequent statement kinds first: a switch on strings tests the cases in order.
    case 'Expr': s.value = expr(s.value, st); break;
    case 'Assign': exprs(s.targets, st); s.value = expr(s.value, st); break;
    case 'While': case 'If':
      s.test = expr(s.test, st); stmts(s.body, st); stmts(s.orelse, st);
      break;
    case 'Return': s.value = opt(s.value, st); break;
    case 'FunctionDef': case 'AsyncFunctionDef':
      args(s.args, st);
      body(s.body, st);
      exprs(s.decorator_list, st);
      if (!st.futureAnnotations) s.returns = opt(s.returns, st);
      break;
    case 'ClassDef':
      exprs(s.bases, st);
      for (const k of s.keywords) k.value = expr(k.value, st);
      body(s.body, st);
      exprs(s.decorator_list, st);
      break;
    case 'Delete': exprs(s.targets, st); break;
    case 'AugAssign': s.target = expr(s.target, st); s.value = expr(s.value, st); break;
    case 'AnnAssign':
      s.target = expr(s.target, st);
      if (!st.futureAnnotations) s.annotation = expr(s.annotation, st);
      s.value = opt(s.value, st);
      break;
    case 'For':
      s.target = expr(s.target, st); s.iter = expr(s.iter, st); stmts(s.body, st); stmts(s.orelse, st);
      s.iter = foldIter(s.iter);
      break;
    case 'AsyncFor':
      s.target = expr(s.target, st); s.iter = expr(s.iter, st); stmts(s.body, st); stmts(s.orelse, st);
      break;
    case 'With': case 'AsyncWith':
      for (const it of s.items) { it.context_expr = expr(it.context_expr, st); it.optional_vars = opt(it.optional_vars, st); }
      stmts(s.body, st);
      break;
    case 'Raise': s.exc = opt(s.exc, st); s.cause = opt(s.cause, st); break;
    case 'Try': case 'TryStar':
      stmts(s.body, st);
      for (const h of s.handlers) { h.type = opt(h.type, st); stmts(h.body, st); }
      stmts(s.orelse, st);
      stmts(s.finalbody, st);
      break;
    case 'Assert': s.test = expr(s.test, st); s.msg = opt(s.msg, st); break;
    case 'Match':
      s.subject = expr(s.subject, st);
      for (const c of s.cases) { pattern(c.pattern, st); c.guard = opt(c.guard, st); stmts(c.body, st); }
      break;
  }
}

function pattern(p: A.pattern, st: State): void {
  switch (p._type) {
    case 'MatchValue': p.value = expr(p.value, st); break;
    case 'MatchSequence': for (const q of p.patterns) pattern(q, st); break;
    case 'MatchMapping': exprs(p.keys, st); for (const q of p.patterns) pattern(q, st); break;
    case 'MatchClass':
      p.cls = expr(p.cls, st);
      for (const q of p.patterns) pattern(q, st);
      for (const q of p.kwd_patterns) pattern(q, st);
      break;
    case 'MatchAs': if (p.pattern) pattern(p.pattern, st); break;
    case 'MatchOr': for (const q of p.patterns) pattern(q, st); break;
  }
}

function comprehensions(gens: A.comprehension[], st: State): void {
  for (const g of gens) {
    g.target = expr(g.target, st);
    g.iter = expr(g.iter, st);
    exprs(g.ifs, st);
    g.iter = foldIter(g.iter);
  }
}

function makeConst(node: A.expr, value: ConstValue): A.expr {
  return { _type: 'Constant', value, kind: null, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

function tryFold(node: A.expr, f: () => ConstValue): A.expr {
  try {
    return makeConst(node, f());
  } catch (e) {
    if (e instanceof NoFold || e instanceof RangeError) return node;
    throw e;
  }
}

function expr(e: A.expr, st: State): A.expr {
  switch (e._type) {
    // The most frequent node kinds first: a switch on strings tests the cases in order.
    case 'Name':
      if (e.ctx._type === 'Load' && e.id === '__debug__') return makeConst(e, !st.optimize);
      return e;
    case 'Constant': return e;
    case 'Attribute': e.value = expr(e.value, st); return e;
    case 'Call':
      e.func = expr(e.func, st);
      exprs(e.args, st);
      for (const k of e.keywords) k.value = expr(k.value, st);
      return e;
    case 'BoolOp': exprs(e.values, st); return e;
    case 'BinOp':
      e.left = expr(e.left, st);
      e.right = expr(e.right, st);
      return foldBinop(e);
    case 'UnaryOp':
      e.operand = expr(e.operand, st);
      return foldUnaryop(e);
    case 'Lambda': args(e.args, st); e.body = expr(e.body, st); return e;
    case 'IfExp': e.test = expr(e.test, st); e.body = expr(e.body, st); e.orelse = expr(e.orelse, st); return e;
    case 'Dict':
      for (let i = 0; i < e.keys.length; i++) e.keys[i] = opt(e.keys[i], st);
      exprs(e.values, st);
      return e;
    case 'Set': exprs(e.elts, st); return e;
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      e.elt = expr(e.elt, st); comprehensions(e.generators, st); return e;
    case 'DictComp':
      e.key = expr(e.key, st); e.value = expr(e.value, st); comprehensions(e.generators, st); return e;
    case 'Await': case 'YieldFrom': e.value = expr(e.value, st); return e;
    case 'Yield': e.value = opt(e.value, st); return e;
    case 'Compare': {
      e.left = expr(e.left, st);
      exprs(e.comparators, st);
      const i = e.ops.length - 1;
      const op = e.ops[i]._type;
      if (op === 'In' || op === 'NotIn') e.comparators[i] = foldIter(e.comparators[i]);
      return e;
    }
    case 'FormattedValue': e.value = expr(e.value, st); e.format_spec = opt(e.format_spec, st); return e;
    case 'JoinedStr': exprs(e.values, st); return e;
    case 'Subscript':
      e.value = expr(e.value, st);
      e.slice = expr(e.slice, st);
      if (e.ctx._type === 'Load' && e.value._type === 'Constant' && e.slice._type === 'Constant') {
        const v = e.value.value, idx = e.slice.value;
        return tryFold(e, () => subscript(v, idx));
      }
      return e;
    case 'Starred': e.value = expr(e.value, st); return e;
    case 'Slice': e.lower = opt(e.lower, st); e.upper = opt(e.upper, st); e.step = opt(e.step, st); return e;
    case 'List': exprs(e.elts, st); return e;
    case 'Tuple': {
      exprs(e.elts, st);
      if (e.ctx._type === 'Load') {
        const t = constTuple(e.elts);
        if (t) return makeConst(e, t);
      }
      return e;
    }
    case 'NamedExpr': e.value = expr(e.value, st); return e;
  }
}

function constTuple(elts: A.expr[]): ConstTuple | null {
  const items: ConstValue[] = [];
  for (const x of elts) {
    if (x._type !== 'Constant') return null;
    items.push(x.value);
  }
  return new ConstTuple(items);
}

function foldIter(arg: A.expr): A.expr {
  if (arg._type === 'List') {
    if (arg.elts.some((x) => x._type === 'Starred')) return arg;
    const t: A.Tuple = { _type: 'Tuple', elts: arg.elts, ctx: arg.ctx, lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset };
    const c = constTuple(arg.elts);
    return c ? makeConst(t, c) : t;
  }
  if (arg._type === 'Set') {
    const c = constTuple(arg.elts);
    if (!c) return arg;
    return tryFold(arg, () => makeFrozenSet(c.items));
  }
  return arg;
}

/** Python hash-equality key for set membership (1 == 1.0 == True). */
function eqKey(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? 1 : 0);
  if (typeof v === 'bigint') return 'n' + v;
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return 'n' + BigInt(v);
    return 'f' + v;
  }
  if (v instanceof ConstComplex) return v.imag === 0 ? eqKey(v.real) : 'c' + v.real + ',' + v.imag;
  if (typeof v === 'string') return 's' + v;
  if (v instanceof Uint8Array) return 'b' + Array.from(v).join(',');
  if (v instanceof ConstTuple) return '(' + v.items.map(eqKey).join('\u0000') + ')';
  if (v instanceof ConstFrozenSet) return '{' + v.items.map(eqKey).sort().join('\u0000') + '}';
  if (v === null) return 'N';
  return 'o' + String(v);
}

function makeFrozenSet(items: ConstValue[]): ConstFrozenSet {
  const seen = new Set<string>();
  const out: ConstValue[] = [];
  for (const it of items) {
    const k = eqKey(it);
    if (!seen.has(k)) { seen.add(k); out.push(it); }
  }
  return new ConstFrozenSet(out);
}

// ---- numeric helpers ----

type Num = { k: 'int'; v: bigint } | { k: 'float'; v: number } | { k: 'complex'; re: number; im: number };

function asNum(v: ConstValue): Num | null {
  if (typeof v === 'boolean') return { k: 'int', v: v ? 1n : 0n };
  if (typeof v === 'bigint') return { k: 'int', v };
  if (typeof v === 'number') return { k: 'float', v };
  if (v instanceof ConstComplex) return { k: 'complex', re: v.real, im: v.imag };
  return null;
}

function toFloat(n: Num): number {
  if (n.k === 'int') {
    const f = Number(n.v);
    if (!Number.isFinite(f)) fail();
    return f;
  }
  if (n.k === 'float') return n.v;
  return fail();
}

function numBits(v: bigint): bigint {
  if (v < 0n) v = -v;
  return BigInt(v.toString(2).length) - (v === 0n ? 1n : 0n);
}

function floorDivInt(a: bigint, b: bigint): bigint {
  if (b === 0n) fail();
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modInt(a: bigint, b: bigint): bigint {
  if (b === 0n) fail();
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) fail();
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

function complexOf(n: Num): [number, number] {
  if (n.k === 'complex') return [n.re, n.im];
  return [toFloat(n), 0];
}

type C = [number, number];

/** _Py_c_quot; gives up (no fold) where CPython raises ZeroDivisionError. */
function cQuot([ar, ai]: C, [br, bi]: C): C {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return fail();
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_pow: the polar-form power; gives up where CPython sets EDOM (0 to a negative or complex power). */
function cPow([ar, ai]: C, [br, bi]: C): C {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) fail();
    return [0, 0];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** c_powu: square-and-multiply for a positive integer exponent. */
function cPowu(x: C, n: number): C {
  let r: C = [1, 0], p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2) r = [r[0] * p[0] - r[1] * p[1], r[0] * p[1] + r[1] * p[0]];
    p = [p[0] * p[0] - p[1] * p[1], p[0] * p[1] + p[1] * p[0]];
  }
  return r;
}

/**
 * complex_pow (Objects/complexobject.c): integral real exponents within ±100 by repeated
 * multiplication (c_powi), others by `cPow`; an infinite part is CPython's OverflowError.
 */
function complexPow(a: C, b: C): ConstComplex {
  let p: C;
  const n = Math.trunc(b[0]);
  if (b[1] === 0 && b[0] === n && Number.isFinite(n)) {
    if (n > 100 || n < -100) p = cPow(a, [n, 0]);
    else if (n > 0) p = cPowu(a, n);
    else p = cQuot([1, 0], cPowu(a, -n));
  } else p = cPow(a, b);
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) fail();
  return new ConstComplex(p[0], p[1]);
}

function arith(op: string, a: Num, b: Num): ConstValue {
  if (a.k === 'complex' || b.k === 'complex') {
    const [ar, ai] = complexOf(a), [br, bi] = complexOf(b);
    switch (op) {
      case 'Pow': return complexPow([ar, ai], [br, bi]);
      case 'Add': return new ConstComplex(ar + br, ai + bi);
      case 'Sub': return new ConstComplex(ar - br, ai - bi);
      case 'Mult': return new ConstComplex(ar * br - ai * bi, ar * bi + ai * br);
      case 'Div': {
        const absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
          if (absBr === 0) return fail();
          const ratio = bi / br, denom = br + bi * ratio;
          return new ConstComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr) {
          const ratio = br / bi, denom = br * ratio + bi;
          return new ConstComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return fail();
      }
    }
    return fail();
  }
  if (a.k === 'float' || b.k === 'float') {
    const x = toFloat(a), y = toFloat(b);
    switch (op) {
      case 'Add': return x + y;
      case 'Sub': return x - y;
      case 'Mult': return x * y;
      case 'Div': if (y === 0) fail(); return x / y;
      case 'FloorDiv': return floatDivmod(x, y)[0];
      case 'Mod': return floatDivmod(x, y)[1];
      case 'Pow': {
        if (x === 0 && y < 0) fail();
        if (x < 0 && !Number.isInteger(y)) fail();
        const r = Math.pow(x, y);
        if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) fail();
        return r;
      }
    }
    return fail();
  }
  const x = a.v, y = b.v;
  switch (op) {
    case 'Add': return x + y;
    case 'Sub': return x - y;
    case 'Mult':
      if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) fail();
      return x * y;
    case 'Div': {
      if (y === 0n) fail();
      const lim = 1n << 53n;
      if (x > lim || x < -lim || y > lim || y < -lim) fail();
      return Number(x) / Number(y);
    }
    case 'FloorDiv': return floorDivInt(x, y);
    case 'Mod': return modInt(x, y);
    case 'Pow':
      if (y < 0n) {
        if (x === 0n) fail();
        const lim = 1n << 53n;
        if (x > lim || x < -lim) fail();
        return Math.pow(Number(x), Number(y));
      }
      if (x !== 0n && y > 0n && numBits(x) > MAX_INT_SIZE / y) fail();
      return x ** y;
    case 'LShift':
      if (y < 0n) fail();
      if (x !== 0n && y !== 0n && (y > MAX_INT_SIZE || numBits(x) > MAX_INT_SIZE - y)) fail();
      return x << y;
    case 'RShift':
      if (y < 0n) fail();
      return x >> y;
    case 'BitOr': return x | y;
    case 'BitXor': return x ^ y;
    case 'BitAnd': return x & y;
  }
  return fail();
}

function seqLen(v: ConstValue): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof Uint8Array) return v.length;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length;
  return -1;
}

function complexity(v: ConstValue, limit: number): number {
  if (v instanceof ConstTuple) {
    limit -= v.items.length;
    for (const it of v.items) {
      if (limit < 0) break;
      limit = complexity(it, limit);
    }
  } else if (v instanceof ConstFrozenSet) {
    limit -= v.items.length;
    for (const it of v.items) {
      if (limit < 0) break;
      limit = complexity(it, limit);
    }
  }
  return limit;
}

function repeat(seq: ConstValue, nIn: bigint): ConstValue {
  const size = seqLen(seq);
  if (size && !(seq instanceof ConstFrozenSet)) {
    if (nIn < 0n) nIn = 0n;
  }
  if (seq instanceof ConstFrozenSet) fail();
  if (size) {
    const lim = typeof seq === 'string' || seq instanceof Uint8Array ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
    if (nIn > BigInt(Math.floor(lim / size))) fail();
    if (seq instanceof ConstTuple && nIn && complexity(seq, Math.floor(MAX_TOTAL_ITEMS / Number(nIn))) < 0) fail();
  }
  const n = Number(nIn < 0n ? 0n : nIn);
  if (typeof seq === 'string') return seq.repeat(n);
  if (seq instanceof Uint8Array) {
    const out = new Uint8Array(seq.length * n);
    for (let i = 0; i < n; i++) out.set(seq, i * seq.length);
    return out;
  }
  if (seq instanceof ConstTuple) {
    const items: ConstValue[] = [];
    for (let i = 0; i < n; i++) items.push(...seq.items);
    return new ConstTuple(items);
  }
  return fail();
}

function binop(op: string, l: ConstValue, r: ConstValue): ConstValue {
  if (op === 'MatMult') fail();
  const a = asNum(l), b = asNum(r);
  if (a && b) {
    if ((op === 'BitAnd' || op === 'BitOr' || op === 'BitXor') && typeof l === 'boolean' && typeof r === 'boolean') {
      return op === 'BitAnd' ? l && r : op === 'BitOr' ? l || r : l !== r;
    }
    if ((op === 'LShift' || op === 'RShift' || op === 'BitAnd' || op === 'BitOr' || op === 'BitXor') && (a.k !== 'int' || b.k !== 'int')) fail();
    if (op === 'FloorDiv' || op === 'Mod') { if (a.k === 'complex' || b.k === 'complex') fail(); }
    return arith(op, a, b);
  }
  if (op === 'Add') {
    if (typeof l === 'string' && typeof r === 'string') return l + r;
    if (l instanceof Uint8Array && r instanceof Uint8Array) {
      const out = new Uint8Array(l.length + r.length);
      out.set(l); out.set(r, l.length);
      return out;
    }
    if (l instanceof ConstTuple && r instanceof ConstTuple) return new ConstTuple([...l.items, ...r.items]);
    return fail();
  }
  if (op === 'Mult') {
    if (a && a.k === 'int' && seqLen(r) >= 0) return repeat(r, a.v);
    if (b && b.k === 'int' && seqLen(l) >= 0) return repeat(l, b.v);
    return fail();
  }
  return fail();
}

function foldBinop(node: A.BinOp): A.expr {
  const lhs = node.left, rhs = node.right;
  if (lhs._type !== 'Constant') return node;
  const lv = lhs.value;
  if (node.op._type === 'Mod' && rhs._type === 'Tuple' && typeof lv === 'string' && !rhs.elts.some((x) => x._type === 'Starred')) {
    return optimizeFormat(node, lv, rhs.elts);
  }
  if (rhs._type !== 'Constant') return node;
  const rv = rhs.value;
  if (node.op._type === 'Mod' && (typeof lv === 'string' || lv instanceof Uint8Array)) return node;
  return tryFold(node, () => binop(node.op._type, lv, rv));
}

function truthy(v: ConstValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof ConstComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true;
}

function foldUnaryop(node: A.UnaryOp): A.expr {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    if (node.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv: Record<string, A.cmpop['_type']> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const n = inv[arg.ops[0]._type];
      if (n) {
        arg.ops[0] = { _type: n } as A.cmpop;
        return arg;
      }
    }
    return node;
  }
  const v = arg.value;
  return tryFold(node, () => {
    switch (node.op._type) {
      case 'Not': return !truthy(v);
      case 'Invert': {
        const n = asNum(v);
        if (!n || n.k !== 'int') fail();
        return ~(n as { v: bigint }).v;
      }
      case 'UAdd': case 'USub': {
        const n = asNum(v);
        if (!n) return fail();
        const neg = node.op._type === 'USub';
        if (n.k === 'int') return neg ? -n.v : n.v;
        if (n.k === 'float') return neg ? -n.v : n.v;
        return neg ? new ConstComplex(-n.re, -n.im) : new ConstComplex(n.re, n.im);
      }
    }
  });
}

function subscript(v: ConstValue, idx: ConstValue): ConstValue {
  let i: bigint;
  if (typeof idx === 'bigint') i = idx;
  else if (typeof idx === 'boolean') i = idx ? 1n : 0n;
  else return fail();
  let items: ConstValue[];
  if (typeof v === 'string') items = [...v];
  else if (v instanceof Uint8Array) items = Array.from(v, (b) => BigInt(b));
  else if (v instanceof ConstTuple) items = v.items;
  else return fail();
  const n = BigInt(items.length);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) fail();
  return items[Number(i)];
}

// ---- '%s' % (...) → f-string ----

function optimizeFormat(node: A.BinOp, fmt: string, elts: A.expr[]): A.expr {
  const chars = [...fmt];
  let pos = 0, cnt = 0;
  const seq: A.expr[] = [];
  const constNode = (s: string): A.Constant => ({ _type: 'Constant', value: s, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 });
  for (;;) {
    const start = pos;
    let hasPercents = false;
    while (pos < chars.length) {
      if (chars[pos] !== '%') pos++;
      else if (pos + 1 < chars.length && chars[pos + 1] === '%') { hasPercents = true; pos += 2; }
      else break;
    }
    if (pos !== start) {
      let s = chars.slice(start, pos).join('');
      if (hasPercents) s = s.replace(/%%/g, '%');
      seq.push(constNode(s));
    }
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return node;
    pos++;
    // simple_format_arg_parse
    let flags = 0, width = -1, prec = -1;
    let ch: string;
    const next = (): boolean => {
      if (pos >= chars.length) return false;
      ch = chars[pos++];
      return true;
    };
    if (!next()) return node;
    for (;;) {
      if (ch! === '-') flags |= 1;
      else if (ch! === '+' || ch! === ' ' || ch! === '#' || ch! === '0') flags |= 2;
      else break;
      if (!next()) return node;
    }
    if (ch! >= '0' && ch! <= '9') {
      width = 0;
      let digits = 0;
      while (ch! >= '0' && ch! <= '9') {
        width = width * 10 + (ch!.charCodeAt(0) - 48);
        if (!next()) return node;
        if (++digits >= 3) return node;
      }
    }
    if (ch! === '.') {
      if (!next()) return node;
      prec = 0;
      if (ch! >= '0' && ch! <= '9') {
        let digits = 0;
        while (ch! >= '0' && ch! <= '9') {
          prec = prec * 10 + (ch!.charCodeAt(0) - 48);
          if (!next()) return node;
          if (++digits >= 3) return node;
        }
      }
    }
    const spec = ch!;
    if (spec !== 's' && spec !== 'r' && spec !== 'a') return node;
    let buf = '';
    if (!(flags & 1) && width > 0) buf += '>';
    if (width >= 0) buf += String(width);
    if (prec >= 0) buf += '.' + prec;
    const arg = elts[cnt++];
    const fv: A.FormattedValue = {
      _type: 'FormattedValue', value: arg, conversion: spec.charCodeAt(0), format_spec: buf ? constNode(buf) : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    };
    seq.push(fv);
  }
  if (cnt < elts.length) return node;
  return { _type: 'JoinedStr', values: seq, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}
