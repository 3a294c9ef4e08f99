/**
 * Expression code generation (CPython 3.11 compile.c: compiler_visit_expr1
 * and helpers): operators, conditional jumps (compiler_jump_if), calls with
 * the LOAD_METHOD/PRECALL/CALL/KW_NAMES protocol, literals with star
 * unpacking, comprehensions as nested functions, lambdas, f-strings, yield
 * and await.
 */
import type * as A from '../parser/ast.js';
import { Op, NB } from '../bytecode/opcodes.js';
import { ConstComplex, ConstEllipsis, ConstFrozenSet, ConstSurrogateStr, ConstTuple, type ConstValue } from '../bytecode/constants.js';
import { Pseudo, type Block } from './cfg.js';
import { Compiler, FBlockType, STACK_USE_GUIDELINE } from './codegen.js';
import { defaultArguments, updateStartLocationToMatchAttr } from './codegen_stmt.js';
import { unparseExpr } from './unparse.js';
import { DEF_IMPORT } from './symtable.js';

const BINOPS: Record<string, number> = {
  Add: NB.ADD, BitAnd: NB.AND, FloorDiv: NB.FLOOR_DIVIDE, LShift: NB.LSHIFT, MatMult: NB.MATRIX_MULTIPLY,
  Mult: NB.MULTIPLY, Mod: NB.REMAINDER, BitOr: NB.OR, Pow: NB.POWER, RShift: NB.RSHIFT, Sub: NB.SUBTRACT,
  Div: NB.TRUE_DIVIDE, BitXor: NB.XOR,
};

/** The NB_* oparg of BINARY_OP for an AST operator. */
export function binopArg(op: A.operator): number {
  return BINOPS[op._type];
}

function unaryOpcode(op: A.unaryop): number {
  switch (op._type) {
    case 'Invert': return Op.UNARY_INVERT;
    case 'Not': return Op.UNARY_NOT;
    case 'UAdd': return Op.UNARY_POSITIVE;
    case 'USub': return Op.UNARY_NEGATIVE;
  }
}

function addCompare(c: Compiler, op: A.cmpop): void {
  switch (op._type) {
    case 'Eq': c.addopI(Op.COMPARE_OP, 2); return;
    case 'NotEq': c.addopI(Op.COMPARE_OP, 3); return;
    case 'Lt': c.addopI(Op.COMPARE_OP, 0); return;
    case 'LtE': c.addopI(Op.COMPARE_OP, 1); return;
    case 'Gt': c.addopI(Op.COMPARE_OP, 4); return;
    case 'GtE': c.addopI(Op.COMPARE_OP, 5); return;
    case 'Is': c.addopI(Op.IS_OP, 0); return;
    case 'IsNot': c.addopI(Op.IS_OP, 1); return;
    case 'In': c.addopI(Op.CONTAINS_OP, 0); return;
    case 'NotIn': c.addopI(Op.CONTAINS_OP, 1); return;
  }
}
export { addCompare };

/** compiler_visit_expr: set the location for the duration of the node, then restore it. */
export function visitExpr(c: Compiler, e: A.expr): void {
  const old = c.u.loc;
  c.setLoc(e);
  visitExpr1(c, e);
  c.u.loc = old;
}

function visitExpr1(c: Compiler, e: A.expr): void {
  switch (e._type) {
    // The most frequent node kinds first: a switch on strings tests the cases in order.
    case 'Name': c.nameop(e.id, e.ctx._type); return;
    case 'Constant': c.loadConst(e.value); return;
    case 'Attribute':
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx._type) {
        case 'Load': c.addopName(Op.LOAD_ATTR, e.attr); break;
        case 'Store': c.forbiddenName(e.attr, 'Store'); c.addopName(Op.STORE_ATTR, e.attr); break;
        case 'Del': c.addopName(Op.DELETE_ATTR, e.attr); break;
      }
      return;
    case 'Call': return compileCall(c, e);
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': return compileBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI(Op.BINARY_OP, binopArg(e.op));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(unaryOpcode(e.op));
      return;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': {
      const end = c.newBlock(), next = c.newBlock();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJNoLine(Pseudo.JUMP, end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict': return compileDict(c, e);
    case 'Set': return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp': return compileComprehension(c, e, 'genexp', '<genexpr>', e.generators, e.elt, null);
    case 'ListComp': return compileComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
    case 'SetComp': return compileComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
    case 'DictComp': return compileComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null);
      c.addYield();
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (c.u.scopeType === 'async') c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      c.addYieldFrom(false);
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function");
      if (c.u.scopeType !== 'async' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function");
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      c.addYieldFrom(true);
      return;
    case 'Compare': return compileCompare(c, e);
    case 'JoinedStr': return compileJoinedStr(c, e);
    case 'FormattedValue': return compileFormattedValue(c, e);
    case 'Subscript': {
      if (e.ctx._type === 'Load') {
        checkSubscripter(c, e.value);
        checkIndex(c, e.value, e.slice);
      }
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addop(e.ctx._type === 'Load' ? Op.BINARY_SUBSCR : e.ctx._type === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    }
    case 'Starred':
      if (e.ctx._type === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      return;
    case 'Slice': {
      let n = 2;
      if (e.lower) visitExpr(c, e.lower); else c.loadConst(null);
      if (e.upper) visitExpr(c, e.upper); else c.loadConst(null);
      if (e.step) { n++; visitExpr(c, e.step); }
      c.addopI(Op.BUILD_SLICE, n);
      return;
    }
    case 'List':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Tuple':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      for (const x of e.elts) visitExpr(c, x);
      return;
    default:
      throw new Error(`compiler: unsupported expression ${(e as A.expr)._type}`);
  }
}

/** An annotation under `from __future__ import annotations`: its source text as a constant. */
export function visitAnnExpr(c: Compiler, e: A.expr): void {
  c.loadConst(unparseExpr(e));
}

function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op._type === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addopJ(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.addopJNoLine(Pseudo.JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

// ---- compile-time warnings (compile.c check_compare, check_caller, check_subscripter, check_index) ----

/** infer_type: the type name an expression's value is known to have from its form alone, or null. */
function inferTypeName(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e.value);
    default: return null;
  }
}

/** The Python type name of a constant's value. */
function constTypeName(v: ConstValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if (v instanceof Uint8Array) return 'bytes';
  if (v instanceof ConstTuple) return 'tuple';
  if (v instanceof ConstFrozenSet) return 'frozenset';
  if (v instanceof ConstComplex) return 'complex';
  if (v instanceof ConstEllipsis) return 'ellipsis';
  if (v instanceof ConstSurrogateStr) return 'str';
  return 'code';
}

/** check_is_arg: may this operand of `is` be a literal without a warning (a name, None, True, False, ...)? */
function isArgOk(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || typeof v === 'boolean' || v instanceof ConstEllipsis;
}

/** check_compare: `x is 1` and `x is not 'a'` compare identity with a literal. */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      c.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** check_caller: calling a literal, as in `[(1, 2) (3, 4)]` with a comma missing. */
function checkCaller(c: Compiler, f: A.expr): void {
  switch (f._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(`'${inferTypeName(f)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter: subscripting a literal that has no `__getitem__` (`[1 [2]]`). */
function checkSubscripter(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Constant': {
      const t = constTypeName(e.value);
      if (!(t === 'NoneType' || t === 'ellipsis' || t === 'int' || t === 'bool' || t === 'float' || t === 'complex' || t === 'frozenset')) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      break;
    default:
      return;
  }
  c.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** check_index: a sequence literal indexed by a literal that is not an int or a slice (`[[1, 2] [3, 4]]`). */
function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const index = inferTypeName(s);
  if (index === null || index === 'int' || index === 'bool' || s._type === 'Slice') return;
  switch (e._type) {
    case 'Constant': {
      const t = constTypeName(e.value);
      if (!(t === 'str' || t === 'bytes' || t === 'tuple')) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return;
  }
  c.warn(`${inferTypeName(e)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`);
}

/** compiler_jump_if: jump to `next` if `e` is truthy (cond) / falsy (!cond), with short-circuit shapes. */
export function jumpIf(c: Compiler, e: A.expr, next: Block, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock(), next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoLine(Pseudo.JUMP, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      // CPython 3.11 switches to the comparison's location here and leaves it set.
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(Op.SWAP, 2);
          c.addopI(Op.COPY, 2);
          addCompare(c, e.ops[i]);
          c.addopJ(Pseudo.POP_JUMP_IF_FALSE, cleanup);
          c.nextBlock();
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.addopJ(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
        c.nextBlock();
        const end = c.newBlock();
        c.addopJNoLine(Pseudo.JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.addopJNoLine(Pseudo.JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addopJ(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
  c.nextBlock();
}

// ---- collections ----

function allConst(elts: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = elts[i];
    if (!e || e._type !== 'Constant') return false;
  }
  return true;
}

/** starunpack_helper: build a list/tuple/set from elements that may contain `*x`. */
export function starunpackHelper(c: Compiler, elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((x) => (x as A.Constant).value);
    if (tuple && !pushed) {
      c.loadConst(new ConstTuple(items));
    } else {
      const folded: ConstValue = add === Op.SET_ADD ? new ConstFrozenSet(items) : new ConstTuple(items);
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred') {
      if (!built) {
        c.addopI(build, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.addopI(add, 1);
    }
  }
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

function unpackHelper(c: Compiler, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking assignment');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'Starred') {
      c.error('multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function assignmentHelper(c: Compiler, elts: A.expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt);
}

function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
    c.loadConst(new ConstTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1);
    } else {
      if (elements * 2 > STACK_USE_GUIDELINE) {
        compileSubdict(c, e, i - elements, i + 1);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

// ---- calls ----

function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i];
    if (k.arg === null) continue;
    c.forbiddenName(k.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const o = keywords[j];
      if (o.arg !== null && o.arg === k.arg) {
        c.setLoc(o);
        c.error(`keyword argument repeated: ${k.arg}`, o);
      }
    }
  }
}

function callSimpleKwHelper(c: Compiler, keywords: A.keyword[]): void {
  const names = keywords.map((k) => k.arg as string);
  const arg = c.addConst(new ConstTuple(names));
  c.addopI(Op.KW_NAMES, arg);
}

function compileSubkwargs(c: Compiler, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    const keys: string[] = [];
    for (let i = begin; i < end; i++) keys.push(keywords[i].arg as string);
    c.loadConst(new ConstTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopNoLineI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg as string);
    visitExpr(c, keywords[i].value);
    if (big) c.addopNoLineI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_call_helper: `n` callable-related values already pushed (2 for class creation). */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length, nkwelts = keywords.length;
  let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
    || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords);
    }
    c.addopI(Op.PRECALL, n + nelts + nkwelts);
    c.addopI(Op.CALL, n + nelts + nkwelts);
    return;
  }
  exCall = true;
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1);
      } else nseen++;
    }
    if (nseen) {
      compileSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  // is_import_originated: `mod.f()` on a module-level import is a plain attribute call.
  if (meth.value._type === 'Name' && (c.st.top.flags(meth.value.id) & DEF_IMPORT)) return false;
  const argsl = e.args.length, kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  visitExpr(c, meth.value);
  const old = c.u.loc;
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    // KW_NAMES keeps the attribute's location, as in CPython 3.11.
    callSimpleKwHelper(c, e.keywords);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  c.u.loc = old;
  return true;
}

function compileCall(c: Compiler, e: A.Call): void {
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

// ---- f-strings ----

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.addopName(Op.LOAD_METHOD, 'join');
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    c.addopI(Op.CALL, 1);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n !== 1) c.addopI(Op.BUILD_STRING, n);
  }
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break; // 'a'
    case -1: oparg = 0; break;
    default: throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

// ---- lambda and comprehensions ----

function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, ...(args.vararg ? [args.vararg] : []), ...(args.kwarg ? [args.kwarg] : [])]) {
    if (a.arg === '__debug__') c.error('cannot assign to __debug__', a);
  }
  const flags = defaultArguments(c, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst(null);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co;
  if (c.u.ste.generator) co = c.assemble(false);
  else {
    c.addop(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  c.exitScope();
  c.makeClosure(co, flags);
}

type CompKind = 'genexp' | 'list' | 'set' | 'dict';

function compileComprehension(c: Compiler, e: A.expr, kind: CompKind, name: string, gens: A.comprehension[], elt: A.expr, val: A.expr | null): void {
  const outerScope = c.u.scopeType;
  const outermost = gens[0];
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && kind !== 'genexp' && outerScope !== 'async' && outerScope !== 'comprehension') {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (kind !== 'genexp') c.addopI(kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  comprehensionGenerator(c, gens, 0, 0, elt, val, kind);
  if (kind !== 'genexp') c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && kind !== 'genexp') {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    c.addYieldFrom(true);
  }
}

function comprehensionGenerator(c: Compiler, gens: A.comprehension[], idx: number, depth: number, elt: A.expr, val: A.expr | null, kind: CompKind): void {
  if (gens[idx].is_async) asyncComprehensionGenerator(c, gens, idx, depth, elt, val, kind);
  else syncComprehensionGenerator(c, gens, idx, depth, elt, val, kind);
}

function comprehensionElement(c: Compiler, elt: A.expr, val: A.expr | null, kind: CompKind, depth: number): void {
  switch (kind) {
    case 'genexp':
      visitExpr(c, elt);
      c.addYield();
      c.addop(Op.POP_TOP);
      break;
    case 'list':
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1);
      break;
    case 'set':
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1);
      break;
    case 'dict':
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.addopI(Op.MAP_ADD, depth + 1);
      break;
  }
}

function syncComprehensionGenerator(c: Compiler, gens: A.comprehension[], idx: number, depth: number, elt: A.expr, val: A.expr | null, kind: CompKind): void {
  let start: Block | null = c.newBlock();
  const ifCleanup = c.newBlock(), anchor = c.newBlock();
  const gen = gens[idx];
  if (idx === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    let elts: A.expr[] | null = null;
    if (gen.iter._type === 'List' || gen.iter._type === 'Tuple') elts = gen.iter.elts;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (++idx < gens.length) comprehensionGenerator(c, gens, idx, depth, elt, val, kind);
  if (idx >= gens.length) comprehensionElement(c, elt, val, kind, depth);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(Pseudo.JUMP, start);
    c.useNextBlock(anchor);
  }
}

function asyncComprehensionGenerator(c: Compiler, gens: A.comprehension[], idx: number, depth: number, elt: A.expr, val: A.expr | null, kind: CompKind): void {
  const start = c.newBlock(), except = c.newBlock(), ifCleanup = c.newBlock();
  const gen = gens[idx];
  if (idx === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
  c.addopJ(Pseudo.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  c.addYieldFrom(true);
  c.addop(Pseudo.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (++idx < gens.length) comprehensionGenerator(c, gens, idx, depth, elt, val, kind);
  if (idx >= gens.length) comprehensionElement(c, elt, val, kind, depth);
  c.useNextBlock(ifCleanup);
  c.addopJ(Pseudo.JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}
