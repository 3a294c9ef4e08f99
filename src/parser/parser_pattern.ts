/**
 * `match` statement patterns (Grammar/python.gram "Pattern matching"
 * section of CPython 3.11): literal, capture, wildcard, value, group,
 * sequence, mapping, class, star, as and or patterns.
 */
import type * as A from './ast.js';
import { T, Tok } from './tokens.js';
import { LOAD } from './parser_base.js';
import { ExprParser, parseNumber } from './parser_expr.js';

export class PatternParser extends ExprParser {
  /** patterns: open_sequence_pattern | pattern */
  protected parsePatterns(): A.pattern {
    const st = this.tok;
    const first = this.parseMaybeStarPattern();
    if (this.at(',')) {
      const patterns = [first];
      while (this.eat(',')) {
        if (this.at(':') || this.atKw('if')) break;
        patterns.push(this.parseMaybeStarPattern());
      }
      return { _type: 'MatchSequence', patterns, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
    }
    if (first._type === 'MatchStar') this.fail();
    return first;
  }

  private parseMaybeStarPattern(): A.pattern {
    if (this.at('*')) {
      const st = this.next();
      const name = this.expectName();
      return { _type: 'MatchStar', name: name.value === '_' ? null : name.value, lineno: st.lineno, col_offset: st.bcol, end_lineno: name.endLineno, end_col_offset: name.endBcol };
    }
    return this.parsePattern();
  }

  /** pattern: or_pattern ['as' NAME] */
  protected parsePattern(): A.pattern {
    const st0 = this.tok;
    const p = this.parseOrPattern();
    if (this.atKw('as')) {
      this.i++;
      const t = this.tok;
      if (t.type === T.NAME && t.value === '_') this.errAtTok("cannot use '_' as a target", t);
      if (!this.isName(t)) {
        if (this.startsExpr()) {
          const e = this.parseExpression();
          this.errAt('invalid pattern target', e);
        }
        this.fail();
      }
      this.i++;
      if (this.at('.') || this.at('(') || this.at('=')) this.fail();
      return { _type: 'MatchAs', pattern: p, name: t.value, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
    }
    return p;
  }

  private parseOrPattern(): A.pattern {
    const st0 = this.tok;
    const first = this.parseClosedPattern();
    if (!this.at('|')) return first;
    const patterns = [first];
    while (this.eat('|')) patterns.push(this.parseClosedPattern());
    return { _type: 'MatchOr', patterns, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  /** signed_number / complex_number / strings / None / True / False as an expression (literal_expr). */
  private parseLiteralExpr(): A.expr | null {
    const t = this.tok;
    if (t.type === T.STRING) return this.parseStrings();
    if (t.type === T.NAME && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
      this.i++;
      return { _type: 'Constant', value: t.value === 'None' ? null : t.value === 'True', kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
    }
    if (t.type === T.NUMBER || (t.type === T.OP && t.value === '-' && this.peek().type === T.NUMBER)) {
      const st0 = t;
      let left = this.signedNumber();
      if (this.at('+') || this.at('-')) {
        const op = this.next();
        const nt = this.tok;
        if (nt.type !== T.NUMBER) this.fail();
        this.i++;
        const right: A.Constant = { _type: 'Constant', value: parseNumber(nt.value), kind: null, lineno: nt.lineno, col_offset: nt.bcol, end_lineno: nt.endLineno, end_col_offset: nt.endBcol };
        if (!(right.value && typeof right.value === 'object' && 'imag' in right.value)) this.errAt('imaginary number required in complex literal', right);
        if (left._type === 'Constant' && left.value && typeof left.value === 'object' && 'imag' in left.value) this.errAt('real number required in complex literal', left);
        if (left._type === 'UnaryOp' && left.operand._type === 'Constant' && left.operand.value && typeof left.operand.value === 'object' && 'imag' in left.operand.value) this.errAt('real number required in complex literal', left);
        left = { _type: 'BinOp', left, op: op.value === '+' ? { _type: 'Add' } : { _type: 'Sub' }, right, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
      return left;
    }
    return null;
  }

  private signedNumber(): A.expr {
    const t = this.tok;
    if (t.type === T.OP && t.value === '-') {
      this.i++;
      const n = this.next();
      const c: A.Constant = { _type: 'Constant', value: parseNumber(n.value), kind: null, lineno: n.lineno, col_offset: n.bcol, end_lineno: n.endLineno, end_col_offset: n.endBcol };
      return { _type: 'UnaryOp', op: { _type: 'USub' }, operand: c, lineno: t.lineno, col_offset: t.bcol, end_lineno: n.endLineno, end_col_offset: n.endBcol };
    }
    this.i++;
    return { _type: 'Constant', value: parseNumber(t.value), kind: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
  }

  private nameOrAttr(): A.expr {
    const t = this.expectName();
    let e: A.expr = { _type: 'Name', id: t.value, ctx: LOAD, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
    while (this.at('.')) {
      this.i++;
      const n = this.expectName();
      e = { _type: 'Attribute', value: e, attr: n.value, ctx: LOAD, lineno: e.lineno, col_offset: e.col_offset, end_lineno: n.endLineno, end_col_offset: n.endBcol };
    }
    return e;
  }

  private parseClosedPattern(): A.pattern {
    const t = this.tok;
    if (t.type === T.NAME && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
      this.i++;
      return { _type: 'MatchSingleton', value: t.value === 'None' ? null : t.value === 'True', lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
    }
    const lit = this.parseLiteralExpr();
    if (lit) return { _type: 'MatchValue', value: lit, lineno: lit.lineno, col_offset: lit.col_offset, end_lineno: lit.end_lineno!, end_col_offset: lit.end_col_offset! };
    if (t.type === T.NAME && this.isName(t)) {
      const n = this.peek();
      const isDot = n.type === T.OP && n.value === '.';
      const isCall = n.type === T.OP && n.value === '(';
      if (!isDot && !isCall) {
        this.i++;
        if (t.value === '_') return { _type: 'MatchAs', pattern: null, name: null, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        return { _type: 'MatchAs', pattern: null, name: t.value, lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
      }
      const cls = this.nameOrAttr();
      if (this.at('(')) return this.classPattern(cls);
      return { _type: 'MatchValue', value: cls, lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: cls.end_lineno!, end_col_offset: cls.end_col_offset! };
    }
    if (t.type === T.OP) {
      if (t.value === '(') {
        this.i++;
        if (this.at(')')) {
          const c = this.next();
          return { _type: 'MatchSequence', patterns: [], lineno: t.lineno, col_offset: t.bcol, end_lineno: c.endLineno, end_col_offset: c.endBcol };
        }
        const first = this.parseMaybeStarPattern();
        if (this.at(')') && first._type !== 'MatchStar') {
          this.i++;
          return first;
        }
        const patterns = [first];
        if (!this.at(')')) this.expect(',');
        while (!this.at(')')) {
          patterns.push(this.parseMaybeStarPattern());
          if (!this.eat(',')) break;
        }
        const c = this.expect(')');
        return { _type: 'MatchSequence', patterns, lineno: t.lineno, col_offset: t.bcol, end_lineno: c.endLineno, end_col_offset: c.endBcol };
      }
      if (t.value === '[') {
        this.i++;
        const patterns: A.pattern[] = [];
        while (!this.at(']')) {
          patterns.push(this.parseMaybeStarPattern());
          if (!this.eat(',')) break;
        }
        const c = this.expect(']');
        return { _type: 'MatchSequence', patterns, lineno: t.lineno, col_offset: t.bcol, end_lineno: c.endLineno, end_col_offset: c.endBcol };
      }
      if (t.value === '{') return this.mappingPattern();
    }
    return this.fail();
  }

  private mappingPattern(): A.pattern {
    const open = this.next();
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.at('}')) {
      if (this.eat('**')) {
        rest = this.expectName().value;
        this.eat(',');
        break;
      }
      let key = this.parseLiteralExpr();
      if (!key) {
        if (this.isName() && this.peek().type === T.OP && this.peek().value === '.') key = this.nameOrAttr();
        else this.fail();
      }
      keys.push(key!);
      this.expect(':');
      patterns.push(this.parsePattern());
      if (!this.eat(',')) break;
    }
    const close = this.expect('}');
    return { _type: 'MatchMapping', keys, patterns, rest, lineno: open.lineno, col_offset: open.bcol, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }

  private classPattern(cls: A.expr): A.pattern {
    this.i++; // (
    const patterns: A.pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.pattern[] = [];
    let firstPosAfterKw: A.pattern | null = null;
    let lastPosAfterKw: A.pattern | null = null;
    while (!this.at(')')) {
      const t = this.tok;
      if (this.isName(t) && this.peek().type === T.OP && this.peek().value === '=') {
        this.i += 2;
        kwd_attrs.push(t.value);
        kwd_patterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwd_attrs.length) {
          if (!firstPosAfterKw) firstPosAfterKw = p;
          lastPosAfterKw = p;
        } else patterns.push(p);
      }
      if (!this.eat(',')) break;
    }
    const close = this.expect(')');
    if (firstPosAfterKw) this.errAt('positional patterns follow keyword patterns', firstPosAfterKw, lastPosAfterKw!);
    void (Tok);
    return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: close.endLineno, end_col_offset: close.endBcol };
  }
}
