/**
 * Expression grammar (Grammar/python.gram, "EXPRESSIONS" section of CPython
 * 3.11) as recursive descent, building CPython's AST with its positions.
 */
import type * as A from './ast.js';
import { ConstComplex, ELLIPSIS } from '../bytecode/constants.js';
import { KEYWORDS, T, Tok } from './tokens.js';
import { DEL, LOAD, ParserBase, STORE, exprName } from './parser_base.js';
import { parseStringGroup } from './fstring.js';

const CMP_OPS: Record<string, A.cmpop> = {
  '==': { _type: 'Eq' }, '!=': { _type: 'NotEq' }, '<': { _type: 'Lt' }, '<=': { _type: 'LtE' },
  '>': { _type: 'Gt' }, '>=': { _type: 'GtE' },
};
const IN: A.In = { _type: 'In' };
const NOT_IN: A.NotIn = { _type: 'NotIn' };
const IS: A.Is = { _type: 'Is' };
const IS_NOT: A.IsNot = { _type: 'IsNot' };
const AND: A.And = { _type: 'And' };
const OR: A.Or = { _type: 'Or' };
const NOT: A.Not = { _type: 'Not' };
const UADD: A.UAdd = { _type: 'UAdd' };
const USUB: A.USub = { _type: 'USub' };
const INVERT: A.Invert = { _type: 'Invert' };

export const BINOPS: Record<string, A.operator> = {
  '+': { _type: 'Add' }, '-': { _type: 'Sub' }, '*': { _type: 'Mult' }, '@': { _type: 'MatMult' },
  '/': { _type: 'Div' }, '%': { _type: 'Mod' }, '**': { _type: 'Pow' }, '<<': { _type: 'LShift' },
  '>>': { _type: 'RShift' }, '|': { _type: 'BitOr' }, '^': { _type: 'BitXor' }, '&': { _type: 'BitAnd' },
  '//': { _type: 'FloorDiv' },
};

/** Tokens after which an expression cannot continue (used to stop list/tuple element loops). */
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...', '*']);
const EXPR_KW = new Set(['None', 'True', 'False', 'not', 'lambda', 'await', 'yield']);

/** Parses a numeric literal's text into its constant value. */
export function parseNumber(text: string): bigint | number | ConstComplex {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return new ConstComplex(0, Number(s.slice(0, -1)));
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return BigInt(s.toLowerCase());
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}

export class ExprParser extends ParserBase {
  protected override speculateExpr(): void {
    if (this.startsExpr()) this.parseExpression();
  }

  /** Can the current token start an expression? */
  protected startsExpr(t: Tok = this.tok): boolean {
    switch (t.type) {
      case T.NAME:
        return !KEYWORDS.has(t.value) || EXPR_KW.has(t.value);
      case T.NUMBER:
      case T.STRING:
        return true;
      case T.OP:
        return EXPR_START_OPS.has(t.value);
      default:
        return false;
    }
  }

  // ---- top-level expression forms ----
  /** star_expressions: `a, *b` → Tuple. */
  parseStarExpressions(): A.expr {
    const st0 = this.tok;
    const first = this.parseStarExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpr()) break;
      elts.push(this.parseStarExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseStarExpression(): A.expr {
    if (this.at('*')) {
      const st = this.next();
      const v = this.parseBitOr();
      return { _type: 'Starred', value: v, ctx: LOAD, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return this.parseExpression();
  }

  /** star_named_expression */
  protected parseStarNamed(): A.expr {
    if (this.at('*')) {
      const st = this.next();
      const v = this.parseBitOr();
      return { _type: 'Starred', value: v, ctx: LOAD, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return this.parseNamed();
  }

  /** expressions: `a, b` (no stars) → Tuple. */
  protected parseExpressions(): A.expr {
    const st0 = this.tok;
    const first = this.parseExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpr() || this.at('*')) break;
      elts.push(this.parseExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  /** named_expression: `NAME := expr` or expression. */
  parseNamed(inCall = false): A.expr {
    const t = this.tok;
    if (t.type === T.NAME && !KEYWORDS.has(t.value)) {
      const n = this.peek();
      if (n.type === T.OP && n.value === ':=') {
        this.i += 2;
        const value = this.parseExpression();
        const target: A.Name = { _type: 'Name', id: t.value, ctx: STORE, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        return { _type: 'NamedExpr', target, value, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
    }
    const e = this.parseExpression();
    if (this.at(':=')) {
      if (inCall) this.fail();
      this.errAt(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    return e;
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  parseExpression(): A.expr {
    const st0 = this.tok;
    if (this.atKw('lambda')) return this.parseLambda();
    const body = this.parseOr();
    if (this.atKw('if')) {
      this.i++;
      const test = this.parseOr();
      if (!this.atKw('else')) {
        if (!this.at(':')) this.errAt("expected 'else' after 'if' expression", body, test);
        this.fail();
      }
      this.i++;
      const orelse = this.parseExpression();
      return { _type: 'IfExp', test, body, orelse, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return body;
  }

  protected parseOr(): A.expr {
    const st0 = this.tok;
    const first = this.parseAnd();
    if (!this.atKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.parseAnd());
    return { _type: 'BoolOp', op: OR, values, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseAnd(): A.expr {
    const st0 = this.tok;
    const first = this.parseNot();
    if (!this.atKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.parseNot());
    return { _type: 'BoolOp', op: AND, values, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseNot(): A.expr {
    if (this.atKw('not')) {
      const t = this.next();
      const operand = this.parseNot();
      return { _type: 'UnaryOp', op: NOT, operand, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return this.parseComparison();
  }

  protected parseComparison(): A.expr {
    const st0 = this.tok;
    const left = this.parseBitOr();
    let ops: A.cmpop[] | null = null;
    let comparators: A.expr[] | null = null;
    for (;;) {
      const t = this.tok;
      let op: A.cmpop | undefined;
      if (t.type === T.OP) {
        op = CMP_OPS[t.value];
        if (!op) break;
        this.i++;
      } else if (t.type === T.NAME) {
        if (t.value === 'in') {
          op = IN;
          this.i++;
        } else if (t.value === 'not') {
          const n = this.peek();
          if (n.type === T.NAME && n.value === 'in') {
            op = NOT_IN;
            this.i += 2;
          } else break;
        } else if (t.value === 'is') {
          const n = this.peek();
          if (n.type === T.NAME && n.value === 'not') {
            op = IS_NOT;
            this.i += 2;
          } else {
            op = IS;
            this.i++;
          }
        } else break;
      } else break;
      if (!ops) {
        ops = [];
        comparators = [];
      }
      ops.push(op);
      comparators!.push(this.parseBitOr());
    }
    if (!ops) return left;
    return { _type: 'Compare', left, ops, comparators: comparators!, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseBitOr(): A.expr {
    const st0 = this.tok;
    let left = this.parseBitXor();
    while (this.at('|')) {
      this.i++;
      const right = this.parseBitXor();
      left = { _type: 'BinOp', left, op: BINOPS['|'], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseBitXor(): A.expr {
    const st0 = this.tok;
    let left = this.parseBitAnd();
    while (this.at('^')) {
      this.i++;
      const right = this.parseBitAnd();
      left = { _type: 'BinOp', left, op: BINOPS['^'], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseBitAnd(): A.expr {
    const st0 = this.tok;
    let left = this.parseShift();
    while (this.at('&')) {
      this.i++;
      const right = this.parseShift();
      left = { _type: 'BinOp', left, op: BINOPS['&'], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseShift(): A.expr {
    const st0 = this.tok;
    let left = this.parseSum();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP || (t.value !== '<<' && t.value !== '>>')) break;
      this.i++;
      const right = this.parseSum();
      left = { _type: 'BinOp', left, op: BINOPS[t.value], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseSum(): A.expr {
    const st0 = this.tok;
    let left = this.parseTerm();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP || (t.value !== '+' && t.value !== '-')) break;
      this.i++;
      const right = this.parseTerm();
      left = { _type: 'BinOp', left, op: BINOPS[t.value], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseTerm(): A.expr {
    const st0 = this.tok;
    let left = this.parseFactor();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP) break;
      const v = t.value;
      if (v !== '*' && v !== '/' && v !== '//' && v !== '%' && v !== '@') break;
      this.i++;
      const right = this.parseFactor();
      left = { _type: 'BinOp', left, op: BINOPS[v], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  protected parseFactor(): A.expr {
    const t = this.tok;
    if (t.type === T.OP) {
      const v = t.value;
      if (v === '+' || v === '-' || v === '~') {
        this.i++;
        const operand = this.parseFactor();
        const op = v === '+' ? UADD : v === '-' ? USUB : INVERT;
        return { _type: 'UnaryOp', op, operand, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
    }
    return this.parsePower();
  }

  protected parsePower(): A.expr {
    const st0 = this.tok;
    let left: A.expr;
    if (this.atKw('await')) {
      const t = this.next();
      const v = this.parsePrimary();
      left = { _type: 'Await', value: v, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    } else left = this.parsePrimary();
    if (this.at('**')) {
      this.i++;
      const right = this.parseFactor();
      return { _type: 'BinOp', left, op: BINOPS['**'], right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return left;
  }

  /** primary: atom followed by `.name`, `(args)`, `[slices]`. */
  protected parsePrimary(): A.expr {
    const st0 = this.tok;
    let e = this.parseAtom();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP) break;
      if (t.value === '.') {
        this.i++;
        const name = this.expectName();
        e = { _type: 'Attribute', value: e, attr: name.value, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      } else if (t.value === '(') {
        e = this.parseCall(e, st0);
      } else if (t.value === '[') {
        this.i++;
        const slice = this.parseSlices();
        const close = this.expect(']');
        e = { _type: 'Subscript', value: e, slice, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      } else break;
    }
    return e;
  }

  protected parseSlices(): A.expr {
    const st0 = this.tok;
    const first = this.parseSlice();
    if (!this.at(',')) {
      if (first._type !== 'Starred') return first;
      return { _type: 'Tuple', elts: [first], ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.parseSlice());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseSlice(): A.expr {
    const st = this.tok;
    if (this.at('*')) return this.parseStarExpression();
    let lower: A.expr | null = null;
    if (!this.at(':')) {
      lower = this.parseNamed();
      if (!this.at(':')) return lower;
    }
    this.i++; // ':'
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    if (!this.at(':') && !this.at(']') && !this.at(',')) upper = this.parseExpression();
    if (this.eat(':')) {
      if (!this.at(']') && !this.at(',')) step = this.parseExpression();
    }
    return { _type: 'Slice', lower, upper, step, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  protected parseAtom(): A.expr {
    const t = this.tok;
    switch (t.type) {
      case T.NAME: {
        const v = t.value;
        if (KEYWORDS.has(v)) {
          if (v === 'None' || v === 'True' || v === 'False') {
            this.i++;
            return { _type: 'Constant', value: v === 'None' ? null : v === 'True', kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
          }
          return this.fail();
        }
        this.i++;
        return { _type: 'Name', id: v, ctx: LOAD, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
      }
      case T.NUMBER:
        this.i++;
        return { _type: 'Constant', value: parseNumber(t.value), kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
      case T.STRING:
        return this.parseStrings();
      case T.OP:
        switch (t.value) {
          case '(':
            return this.parseParen();
          case '[':
            return this.parseListDisplay();
          case '{':
            return this.parseBraceDisplay();
          case '...':
            this.i++;
            return { _type: 'Constant', value: ELLIPSIS, kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        }
    }
    return this.fail();
  }

  protected parseStrings(): A.expr {
    const start = this.i;
    while (this.ty() === T.STRING) this.i++;
    const toks = this.toks.slice(start, this.i);
    return parseStringGroup(toks, this);
  }

  /** Hook used by fstring.ts: parse an f-string replacement field's expression text. */
  parseFStringExpr(_text: string, _tok: Tok, _lines: number, _cols: number): A.expr {
    throw new Error('not available');
  }

  /** Raises a SyntaxError located at a token (used by fstring.ts). */
  raiseAtTok(msg: string, t: Tok): never {
    return this.errAtTok(msg, t);
  }

  /** RAISE_SYNTAX_ERROR while parsing strings: located at the token after the string group. */
  raiseAfter(msg: string): never {
    return this.errAtTok(msg, this.tok);
  }

  /** Raises a SyntaxError spanning a token range. */
  raiseRange(msg: string, a: Tok, b: Tok): never {
    this.checkTokErr();
    throw this.mkErr('SyntaxError', msg, a.lineno, a.bcol, b.endLineno, b.endBcol);
  }

  /** `( ... )`: group, tuple, generator expression, or yield. */
  protected parseParen(): A.expr {
    const open = this.next();
    if (this.at(')')) {
      const close = this.next();
      return { _type: 'Tuple', elts: [], ctx: LOAD, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
    }
    if (this.atKw('yield')) {
      const y = this.parseYield();
      this.expect(')');
      return y;
    }
    if (this.at('**')) {
      const st = this.next();
      this.parseExpression();
      if (this.at(')')) this.errAtTok('cannot use double starred expression here', st);
      this.fail();
    }
    const first = this.parseStarNamed();
    if (this.atKw('for') || this.atKw('async')) {
      if (first._type === 'Starred') this.errAt('iterable unpacking cannot be used in comprehension', first);
      const generators = this.parseComprehensions();
      const close = this.expect(')');
      return { _type: 'GeneratorExp', elt: first, generators, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
    }
    if (this.at(')')) {
      this.i++;
      if (first._type === 'Starred') this.errAt('cannot use starred expression here', first);
      return first;
    }
    if (!this.at(',')) this.elementFail(first);
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(')')) break;
      const e = this.parseStarNamed();
      elts.push(e);
      if (!this.at(',') && !this.at(')')) this.elementFail(e);
    }
    const close = this.expect(')');
    return { _type: 'Tuple', elts, ctx: LOAD, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }

  /** After an element inside brackets, something unexpected follows: CPython's "forgot a comma?" or generic error. */
  protected elementFail(a: A.expr): never {
    const t = this.tok;
    if (this.startsExpr(t) && !(t.type === T.OP && (t.value === '*' ))) {
      const isNameString = a._type === 'Name' && t.type === T.STRING && a.end_col_offset === t.bcol && a.end_lineno === t.lineno;
      const soft = a._type === 'Name' && (a.id === 'match' || a.id === 'case' || a.id === '_');
      const legacy = a._type === 'Name' && (a.id === 'print' || a.id === 'exec');
      if (!isNameString && !soft && !legacy && !(t.type === T.NAME && KEYWORDS.has(t.value) && !EXPR_KW.has(t.value))) {
        const save = this.i;
        let b: A.expr | null = null;
        try {
          b = this.parseExpressionNoInvalid();
        } catch {
          b = null;
        }
        this.i = save;
        if (b && a._type !== 'Compare' && a._type !== 'BoolOp' ? true : b !== null) {
          if (this.isDisjunction(a)) this.errAt('invalid syntax. Perhaps you forgot a comma?', a, b!);
        }
      }
    }
    return this.fail();
  }

  private isDisjunction(a: A.expr): boolean {
    return a._type !== 'IfExp' && a._type !== 'Lambda' && a._type !== 'NamedExpr' && a._type !== 'Starred';
  }

  protected parseExpressionNoInvalid(): A.expr {
    return this.parseExpression();
  }

  protected parseListDisplay(): A.expr {
    const open = this.next();
    if (this.at(']')) {
      const close = this.next();
      return { _type: 'List', elts: [], ctx: LOAD, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
    }
    const first = this.parseStarNamed();
    if (this.atKw('for') || this.atKw('async')) {
      if (first._type === 'Starred') this.errAt('iterable unpacking cannot be used in comprehension', first);
      const generators = this.parseComprehensions();
      const close = this.expect(']');
      return { _type: 'ListComp', elt: first, generators, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
    }
    const elts = [first];
    if (!this.at(',') && !this.at(']')) this.elementFail(first);
    while (this.eat(',')) {
      if (this.at(']')) break;
      const e = this.parseStarNamed();
      elts.push(e);
      if (this.atKw('for')) this.errAt('did you forget parentheses around the comprehension target?', first, e);
      if (!this.at(',') && !this.at(']')) this.elementFail(e);
    }
    const close = this.expect(']');
    return { _type: 'List', elts, ctx: LOAD, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }

  /** `{ ... }`: dict, set, or their comprehensions. */
  protected parseBraceDisplay(): A.expr {
    const open = this.next();
    if (this.at('}')) {
      const close = this.next();
      return { _type: 'Dict', keys: [], values: [], lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
    }
    let firstKey: A.expr | null;
    let firstVal: A.expr;
    if (this.at('**')) {
      const st = this.next();
      firstKey = null;
      firstVal = this.parseBitOr();
      if (this.atKw('for')) this.errAtTok('dict unpacking cannot be used in dict comprehension', st);
    } else {
      const first = this.parseStarNamed();
      if (!this.at(':')) {
        // set
        if (this.atKw('for') || this.atKw('async')) {
          if (first._type === 'Starred') this.errAt('iterable unpacking cannot be used in comprehension', first);
          const generators = this.parseComprehensions();
          const close = this.expect('}');
          return { _type: 'SetComp', elt: first, generators, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
        }
        const elts = [first];
        if (!this.at(',') && !this.at('}')) this.elementFail(first);
        while (this.eat(',')) {
          if (this.at('}')) break;
          const e = this.parseStarNamed();
          elts.push(e);
          if (!this.at(',') && !this.at('}')) this.elementFail(e);
        }
        const close = this.expect('}');
        return { _type: 'Set', elts, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
      }
      const colon = this.next();
      if (this.at('}') || this.at(',')) this.errAtTok("expression expected after dictionary key and ':'", colon);
      if (this.at('*')) {
        // invalid_double_starred_kvpairs: from the '*' to the end of the bitwise_or after it
        const st = this.next();
        this.parseBitOr();
        this.errFrom('cannot use a starred expression in a dictionary value', this.spanTT(st, st));
      }
      firstKey = first;
      firstVal = this.parseExpression();
      if (this.atKw('for') || this.atKw('async')) {
        const generators = this.parseComprehensions();
        const close = this.expect('}');
        return { _type: 'DictComp', key: first, value: firstVal, generators, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
      }
    }
    const keys: (A.expr | null)[] = [firstKey];
    const values: A.expr[] = [firstVal];
    while (this.eat(',')) {
      if (this.at('}')) break;
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.parseBitOr());
        continue;
      }
      const k = this.parseExpression();
      if (!this.at(':')) {
        if (this.at('}') || this.at(',')) {
          this.checkTokErr();
          const err = this.mkErr('SyntaxError', "':' expected after dictionary key", k.lineno, k.end_col_offset! - 1, k.end_lineno, -1);
          err.end_offset = 0;
          throw err;
        }
        this.fail();
      }
      const colon = this.next();
      if (this.at('}') || this.at(',')) this.errAtTok("expression expected after dictionary key and ':'", colon);
      keys.push(k);
      values.push(this.parseExpression());
    }
    const close = this.expect('}');
    return { _type: 'Dict', keys, values, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }

  /** for_if_clauses */
  protected parseComprehensions(): A.comprehension[] {
    const gens: A.comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.atKw('async')) {
        const n = this.peek();
        if (!(n.type === T.NAME && n.value === 'for')) break;
        this.i++;
        isAsync = 1;
      }
      if (!this.eatKw('for')) break;
      const target = this.parseStarTargets('for');
      if (!this.atKw('in')) {
        this.fail();
      }
      this.i++;
      const iter = this.parseOr();
      const ifs: A.expr[] = [];
      while (this.eatKw('if')) ifs.push(this.parseOr());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  /** star_targets: parsed as expressions at bitwise-or level, then checked and turned into Store targets. */
  protected parseStarTargets(kind: 'star' | 'for' = 'star'): A.expr {
    const st = this.tok;
    const first = this.parseStarTarget();
    if (!this.at(',')) {
      this.setCtx(first, STORE, kind);
      return first;
    }
    const elts = [first];
    while (this.eat(',')) {
      if (!this.startsExpr() || this.atKw('in')) break;
      elts.push(this.parseStarTarget());
    }
    const tup: A.Tuple = { _type: 'Tuple', elts, ctx: STORE, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    this.setCtx(tup, STORE, kind);
    return tup;
  }

  protected parseStarTarget(): A.expr {
    if (this.at('*')) {
      const st = this.next();
      if (this.at('*')) this.fail();
      const v = this.parseStarTargetInner();
      return { _type: 'Starred', value: v, ctx: STORE, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return this.parseStarTargetInner();
  }

  private parseStarTargetInner(): A.expr {
    const e = this.parseBitOr();
    return e;
  }

  /** del_targets */
  protected parseDelTargets(): A.expr[] {
    const targets: A.expr[] = [];
    for (;;) {
      const e = this.parseBitOr();
      this.setCtx(e, DEL, 'del');
      targets.push(e);
      if (!this.eat(',')) break;
      if (!this.startsExpr()) break;
    }
    return targets;
  }

  /** Call arguments, `(` already current. */
  protected parseCall(func: A.expr, st0: Tok | null = null): A.expr {
    const open = this.next();
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.at(')')) {
      const t = this.tok;
      if (t.type === T.OP && t.value === '*') {
        this.i++;
        const v = this.parseExpression();
        if (sawDoubleStar) this.errAt('iterable argument unpacking follows keyword argument unpacking', this.spanTT(t, t));
        args.push({ _type: 'Starred', value: v, ctx: LOAD, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol });
      } else if (t.type === T.OP && t.value === '**') {
        this.i++;
        const v = this.parseExpression();
        keywords.push({ _type: 'keyword', arg: null, value: v, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol });
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.peek().type === T.OP && this.peek().value === '=' && !KEYWORDS.has(t.value)) {
        const eq = this.peek();
        this.i += 2;
        if (this.at(')') || this.at(',')) this.fail();
        const v = this.parseExpression();
        // invalid_kwarg: NAME '=' expression for_if_clauses, from the name to the '='
        if (this.atKw('for')) this.errAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.spanTT(t, t), this.spanTT(eq, eq));
        keywords.push({ _type: 'keyword', arg: t.value, value: v, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol });
        sawKeyword = true;
      } else {
        const e = this.parseNamed(true);
        if (this.atKw('for') || this.atKw('async')) {
          const generators = this.parseComprehensions();
          if (args.length === 0 && keywords.length === 0 && this.at(')')) {
            const close = this.next();
            const g: A.GeneratorExp = { _type: 'GeneratorExp', elt: e, generators, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
            return { _type: 'Call', func, args: [g], keywords: [], lineno: st0 ? st0.lineno : func.lineno, col_offset: st0 ? st0.bcol : func.col_offset, end_lineno: close.endLineno, end_col_offset: close.endBcol };
          }
          const g: A.GeneratorExp = { _type: 'GeneratorExp', elt: e, generators, lineno: e.lineno, col_offset: e.col_offset, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
          this.errAt('Generator expression must be parenthesized', g);
        }
        if (this.at('=')) {
          this.errAt('expression cannot contain assignment, perhaps you meant "=="?', e, this.spanTT(this.tok, this.tok));
        }
        if (sawDoubleStar) this.errAtTok('positional argument follows keyword argument unpacking', this.tok);
        if (sawKeyword) this.errAtTok('positional argument follows keyword argument', this.tok);
        args.push(e);
        if (!this.at(',') && !this.at(')')) this.elementFail(e);
      }
      if (!this.eat(',')) break;
    }
    const close = this.expect(')');
    return { _type: 'Call', func, args, keywords, lineno: st0 ? st0.lineno : func.lineno, col_offset: st0 ? st0.bcol : func.col_offset, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }

  /** `yield` expressions. */
  protected parseYield(): A.expr {
    const t = this.next();
    if (this.eatKw('from')) {
      const v = this.parseExpression();
      return { _type: 'YieldFrom', value: v, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    if (this.startsExpr() && !this.atKw('yield')) {
      const v = this.parseStarExpressions();
      return { _type: 'Yield', value: v, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    return { _type: 'Yield', value: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
  }

  /** lambdef */
  protected parseLambda(): A.expr {
    const t = this.next();
    const args = this.parseParams(true);
    this.expect(':');
    const body = this.parseExpression();
    return { _type: 'Lambda', args, body, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  /**
   * Parameter lists of `def` (lambda=false, closes at ')') and `lambda`
   * (closes at ':'), with CPython's error messages for misplaced parts.
   */
  protected parseParams(lambda: boolean): A.arguments {
    const posonly: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: A.expr[] = [];
    const kwonly: A.arg[] = [];
    const kwDefaults: (A.expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    const close = lambda ? ':' : ')';
    let seenStar = false;
    let seenSlash = false;
    let starTok: Tok | null = null;
    let seenDefault = false;
    const parseArg = (): A.arg => {
      const name = this.tok;
      if (name.type !== T.NAME || KEYWORDS.has(name.value)) {
        if (!lambda && this.at('(')) {
          // Function parameters cannot be parenthesized
          const open = this.tok;
          let j = this.i + 1;
          while (this.tokAt(j).type === T.NAME || (this.tokAt(j).type === T.OP && this.tokAt(j).value === ',')) j++;
          if (this.tokAt(j).type === T.OP && this.tokAt(j).value === ')') {
            this.raiseRange('Function parameters cannot be parenthesized', open, this.tokAt(j));
          }
        } else if (lambda && this.at('(')) {
          const open = this.tok;
          let j = this.i + 1;
          while (this.tokAt(j).type === T.NAME || (this.tokAt(j).type === T.OP && this.tokAt(j).value === ',')) j++;
          if (this.tokAt(j).type === T.OP && this.tokAt(j).value === ')') {
            this.raiseRange('Lambda expression parameters cannot be parenthesized', open, this.tokAt(j));
          }
        }
        this.fail();
      }
      this.i++;
      let annotation: A.expr | null = null;
      if (!lambda && this.eat(':')) {
        annotation = this.at('*') ? this.parseStarExpression() : this.parseExpression();
      }
      return { _type: 'arg', arg: name.value, annotation, type_comment: null, lineno: name.lineno, col_offset: name.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    };
    while (!this.at(close)) {
      const t = this.tok;
      if (t.type === T.OP && t.value === '/') {
        if (seenSlash) this.errAtTok('/ may appear only once', t);
        if (seenStar) this.errAtTok('/ must be ahead of *', t);
        if (args.length === 0) this.errAtTok('at least one argument must precede /', t);
        this.i++;
        seenSlash = true;
        posonly.push(...args);
        args.length = 0;
      } else if (t.type === T.OP && t.value === '*') {
        if (seenStar) this.errAtTok('* argument may appear only once', t);
        this.i++;
        seenStar = true;
        starTok = t;
        if (this.at(',')) {
          const n = this.peek();
          if ((n.type === T.OP && (n.value === close || n.value === '**'))) {
            if (lambda) this.errAtTok('named arguments must follow bare *', n.value === close ? n : n);
            this.errAtTok('named arguments must follow bare *', t);
          }
        } else if (this.at(close)) {
          if (lambda) this.errAtTok('named arguments must follow bare *', this.tok);
          this.errAtTok('named arguments must follow bare *', t);
        } else {
          if (!lambda && this.at('*')) this.fail();
          const a = parseArg();
          if (this.at('=')) this.errAtTok('var-positional argument cannot have default value', this.tok);
          vararg = a;
        }
      } else if (t.type === T.OP && t.value === '**') {
        this.i++;
        kwarg = parseArg();
        if (this.at('=')) this.errAtTok('var-keyword argument cannot have default value', this.tok);
        if (this.eat(',')) {
          if (!this.at(close)) {
            const n = this.tok;
            if (n.type === T.NAME || (n.type === T.OP && (n.value === '*' || n.value === '**' || n.value === '/'))) {
              this.errAtTok('arguments cannot follow var-keyword argument', n);
            }
            this.fail();
          }
        }
        break;
      } else {
        const a = parseArg();
        let def: A.expr | null = null;
        if (this.at('=')) {
          const eq = this.next();
          if (this.at(',') || this.at(close)) this.errAtTok('expected default value expression', eq);
          def = this.parseExpression();
        }
        if (seenStar) {
          kwonly.push(a);
          kwDefaults.push(def);
        } else {
          if (def) {
            defaults.push(def);
            seenDefault = true;
          } else if (seenDefault) {
            this.errAt('non-default argument follows default argument', a);
          }
          args.push(a);
        }
      }
      if (!this.eat(',')) {
        if (!this.at(close)) {
          if (this.at('*') && seenSlash === false && this.last.type === T.OP && this.last.value === '/') {
            this.errAtTok('expected comma between / and *', this.tok);
          }
          this.fail();
        }
        break;
      }
    }
    void starTok;
    return { _type: 'arguments', posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  }
}
