/**
 * Statement grammar and entry points (CPython 3.11 Grammar/python.gram,
 * "STATEMENTS" section). `parse()` is the public entry: source → AST, or a
 * thrown PySyntaxError with CPython's type, message and location.
 */
import type * as A from './ast.js';
import { PySyntaxError } from './errors.js';
import { KEYWORDS, T, Tok } from './tokens.js';
import { Tokenizer } from './tokenizer.js';
import { decodeSource } from './source.js';
import { LOAD, STORE, exprName } from './parser_base.js';
import { BINOPS } from './parser_expr.js';
import { PatternParser } from './parser_pattern.js';

const AUG_OPS = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);

type Mode = 'exec' | 'eval' | 'single';

/** Tokenizes and parses `text` (already decoded) into the AST for `mode`. */
export class Parser extends PatternParser {
  /** Builds a parser over decoded source text (newlines normalised to `\n`). */
  static create(text: string, filename: string): Parser {
    return new Parser(new Tokenizer(text, { filename }), text, filename);
  }

  // ---- entry points ----
  parseModule(): A.Module {
    const body: A.stmt[] = [];
    while (this.ty() !== T.ENDMARKER) {
      if (this.ty() === T.NEWLINE) {
        this.i++;
        continue;
      }
      this.release();
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  parseEval(): A.Expression {
    while (this.ty() === T.NEWLINE) this.i++;
    const body = this.parseExpressionsTop();
    while (this.ty() === T.NEWLINE) this.i++;
    if (this.ty() !== T.ENDMARKER) this.fail();
    return { _type: 'Expression', body };
  }

  parseInteractive(): A.Interactive {
    const body: A.stmt[] = [];
    while (this.ty() !== T.ENDMARKER) {
      if (this.ty() === T.NEWLINE) {
        this.i++;
        continue;
      }
      this.statement(body);
    }
    return { _type: 'Interactive', body };
  }

  private parseExpressionsTop(): A.expr {
    return this.parseExpressions();
  }

  /** f-string replacement field: parse `(text)` with CPython's position shifting. */
  override parseFStringExpr(text: string, tok: Tok, lines: number, cols: number): A.expr {
    const sub = '(' + text + ')\n';
    const tr = new Tokenizer(sub, { filename: this.filename }).run();
    if (tr.error) {
      const e = tr.error;
      throw new PySyntaxError(e.type, e.msg.startsWith('f-string') ? e.msg : 'f-string: ' + e.msg, this.filename,
        tok.lineno + lines + e.lineno - 1, e.offset, e.text, e.end_lineno, e.end_offset);
    }
    const lineShift = tok.lineno + lines - 1;
    const colShift = lines !== 0 ? cols : tok.bcol + cols;
    for (const t of tr.tokens) {
      if (t.endLineno === 1) {
        t.bcol += colShift;
        t.endBcol += colShift;
      }
      t.lineno += lineShift;
      t.endLineno += lineShift;
    }
    const p = new Parser(tr, sub, this.filename);
    p.outerLines = (ln: number) => this.lineText(ln);
    p.fstringMode = true;
    try {
      const e = p.parseStarExpressions();
      if (p.tok.type !== T.NEWLINE && p.tok.type !== T.ENDMARKER) p.fail();
      return e;
    } catch (err) {
      if (err instanceof PySyntaxError && !err.msg.startsWith('f-string')) {
        // CPython reports sub-parser columns relative to the `(expr)` text (starting_col_offset undone)
        err.msg = 'f-string: ' + err.msg;
        err.offset -= colShift;
        if (err.end_offset !== null && err.end_offset > 0) err.end_offset -= colShift;
        // ...and its text is the line of the `(expr)` string, not of the file
        const subLine = sub.split('\n')[err.lineno - lineShift - 1];
        if (subLine !== undefined) err.text = subLine + '\n';
      }
      throw err;
    }
  }

  fstringMode = false;
  private matchColonErr: PySyntaxError | null = null;

  // ---- statements ----
  private statement(out: A.stmt[]): void {
    const t = this.tok;
    if (t.type === T.NAME) {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'class': out.push(this.classDef([])); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'async': {
          const n = this.peek();
          if (n.type === T.NAME) {
            this.i++;
            if (n.value === 'def') { out.push(this.funcDef([], t)); return; }
            if (n.value === 'with') { out.push(this.withStmt(t)); return; }
            if (n.value === 'for') { out.push(this.forStmt(t)); return; }
          } else this.i++;
          this.fail();
        }
        case 'match': {
          const m = this.tryMatch();
          if (m) { out.push(m); return; }
          if (this.matchColonErr) {
            // `match subject NEWLINE`: valid only as an expression statement; otherwise "expected ':'"
            const err = this.matchColonErr;
            this.matchColonErr = null;
            try {
              this.simpleStmts(out);
            } catch {
              throw err;
            }
            return;
          }
          break;
        }
      }
    } else if (t.type === T.OP && t.value === '@') {
      out.push(this.decorated());
      return;
    } else if (t.type === T.INDENT || t.type === T.DEDENT) {
      this.fail();
    }
    this.simpleStmts(out);
  }

  private simpleStmts(out: A.stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eat(';')) {
        if (this.ty() === T.NEWLINE) break;
        continue;
      }
      break;
    }
    if (this.ty() !== T.NEWLINE) this.stmtEndFail();
    this.i++;
  }

  /** The statement didn't end where expected. */
  private stmtEndFail(): never {
    this.fail();
  }

  protected override specialFail(): void {
    // "Missing parentheses in call to 'print'" (invalid_legacy_expression)
    const t = this.tok;
    const prev = this.i > 0 ? this.tokAt(this.i - 1) : null;
    if (prev && prev.type === T.NAME && (prev.value === 'print' || prev.value === 'exec') && this.startsExpr(t) && !(t.type === T.OP && t.value === '(')) {
      const save = this.i;
      try {
        const b = this.parseStarExpressions();
        this.i = save;
        this.errAt(`Missing parentheses in call to '${prev.value}'. Did you mean ${prev.value}(...)?`, this.spanTT(prev, prev), b);
      } catch (e) {
        this.i = save;
        if (e instanceof PySyntaxError && e.msg.startsWith('Missing parentheses')) throw e;
      }
    }
  }

  private simpleStmt(): A.stmt {
    const t = this.tok;
    if (t.type === T.NAME) {
      switch (t.value) {
        case 'pass': this.i++; return { _type: 'Pass', lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        case 'break': this.i++; return { _type: 'Break', lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        case 'continue': this.i++; return { _type: 'Continue', lineno: t.lineno, col_offset: t.bcol, end_lineno: t.endLineno, end_col_offset: t.endBcol };
        case 'return': {
          this.i++;
          const value = this.startsExpr() ? this.parseStarExpressions() : null;
          return { _type: 'Return', value, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
        }
        case 'raise': {
          this.i++;
          let exc: A.expr | null = null;
          let cause: A.expr | null = null;
          if (this.startsExpr()) {
            exc = this.parseExpression();
            if (this.eatKw('from')) cause = this.parseExpression();
          }
          return { _type: 'Raise', exc, cause, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
        }
        case 'global':
        case 'nonlocal': {
          this.i++;
          const names = [this.expectName().value];
          while (this.eat(',')) names.push(this.expectName().value);
          return { _type: t.value === 'global' ? 'Global' : 'Nonlocal', names, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol } as A.Global;
        }
        case 'del': {
          this.i++;
          const save = this.i;
          let targets: A.expr[];
          try {
            targets = this.parseDelTargets();
          } catch (e) {
            this.i = save;
            throw e;
          }
          if (!this.at(';') && this.ty() !== T.NEWLINE) {
            this.fail();
          }
          return { _type: 'Delete', targets, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
        }
        case 'assert': {
          this.i++;
          const test = this.parseExpression();
          const msg = this.eat(',') ? this.parseExpression() : null;
          return { _type: 'Assert', test, msg, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
      }
    }
    return this.exprStmt();
  }

  private rhs(): A.expr {
    return this.atKw('yield') ? this.parseYield() : this.parseStarExpressions();
  }

  private exprStmt(): A.stmt {
    const st = this.tok;
    const e = this.rhs();
    const t = this.tok;
    if (t.type === T.OP) {
      if (t.value === '=') {
        const targets: A.expr[] = [e];
        let value: A.expr;
        for (;;) {
          this.i++;
          if (!this.startsExpr()) {
            // invalid_assignment: `(star_targets '=')* a=star_expressions '='` reports a bad target first
            for (const tg of targets) {
              if (tg._type === 'Yield' || tg._type === 'YieldFrom') this.errAt('assignment to yield expression not possible', tg);
              const bad = this.invalidTarget(tg, 'star');
              if (bad) this.targetError(bad, 'star');
            }
            this.fail();
          }
          const r = this.rhs();
          if (this.at('=')) {
            targets.push(r);
            continue;
          }
          value = r;
          break;
        }
        for (let k = 0; k < targets.length; k++) this.checkAssignTarget(targets[k], targets, k, value);
        return { _type: 'Assign', targets, value, type_comment: null, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
      if (t.value === ':') {
        if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
          // invalid_assignment's annotation alternatives need an expression after ':'
          const nt = this.tokAt(this.i + 1);
          const ok = this.startsExpr(nt) && !(nt.type === T.OP && nt.value === '*');
          if (!ok) this.fail();
        }
        this.annTargetCheck(e, st);
        this.i++;
        const annotation = this.parseExpression();
        let value: A.expr | null = null;
        if (this.eat('=')) value = this.rhs();
        const simple = e._type === 'Name' && !(st.type === T.OP && st.value === '(') ? 1 : 0;
        this.applyCtx(e, STORE);
        return { _type: 'AnnAssign', target: e, annotation, value, simple, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
      if (AUG_OPS.has(t.value)) {
        if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
          this.errAt(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
        }
        this.i++;
        const value = this.rhs();
        this.applyCtx(e, STORE);
        return { _type: 'AugAssign', target: e, op: BINOPS[t.value.slice(0, -1)], value, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      }
    }
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && this.startsExpr()) this.specialFail();
    if (t.type === T.OP && t.value === ':=' && e._type !== 'Name') this.errAt(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (this.ty() !== T.NEWLINE && !this.at(';') && this.startsExpr() && e._type !== 'Name' ) {
      // two expressions in a row outside brackets
    }
    return { _type: 'Expr', value: e, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  private annTargetCheck(e: A.expr, st: Tok): void {
    if (e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript') return;
    if (e._type === 'Starred') this.fail();
    if (e._type === 'Tuple' && !(st.type === T.OP && st.value === '(')) {
      this.errAt('only single target (not tuple) can be annotated', e.elts[0]);
    }
    if (e._type === 'Tuple' || e._type === 'List') {
      this.errAt(`only single target (not ${exprName(e)}) can be annotated`, e);
    }
    this.errAt('illegal target for annotation', e);
  }

  /** Validates one `=` target with CPython's messages (invalid_assignment / invalid_named_expression). */
  private checkAssignTarget(e: A.expr, targets: A.expr[], k: number, value: A.expr): void {
    if (e._type === 'Yield' || e._type === 'YieldFrom') this.errAt('assignment to yield expression not possible', e);
    const bad = this.invalidTarget(e, 'star');
    if (!bad) {
      this.applyCtx(e, STORE);
      return;
    }
    // invalid_named_expression: `bitwise_or '=' bitwise_or !('='|':=')`, reached for a lone
    // target or the last element of an unparenthesized target tuple.
    const next = k + 1 < targets.length ? targets[k + 1] : value;
    let cand: A.expr | null = null;
    if (bad === e) cand = e;
    else if (e._type === 'Tuple' && e.elts[e.elts.length - 1] === bad && e.elts.length > 0 &&
      !(this.isParenthesized(e))) cand = bad;
    if (k === 0 && cand && this.isBitOrNode(cand) && this.rhsStartsWithBitOr(next, k + 1 < targets.length)) {
      this.errAt(`cannot assign to ${exprName(cand)} here. Maybe you meant '==' instead of '='?`, cand);
    }
    this.targetError(bad, 'star');
  }

  /** Is `e` a tuple written with its own parentheses (it then starts before its first element)? */
  private isParenthesized(e: A.Tuple): boolean {
    if (!e.elts.length) return true;
    const f = e.elts[0];
    return f.lineno !== e.lineno || f.col_offset !== e.col_offset;
  }

  private isBitOrNode(e: A.expr): boolean {
    switch (e._type) {
      case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Tuple': case 'List':
      case 'GeneratorExp': case 'Yield': case 'YieldFrom': case 'Starred':
        return false;
      case 'UnaryOp':
        return e.op._type !== 'Not';
      case 'Constant':
        return !(e.value === null || e.value === true || e.value === false);
      default:
        return true;
    }
  }

  /** Does the right-hand side begin with a bitwise_or that is not itself followed by '=' or ':='? */
  private rhsStartsWithBitOr(e: A.expr, chained: boolean): boolean {
    let x = e;
    for (;;) {
      if (x._type === 'Tuple' && !this.isParenthesized(x)) x = x.elts[0];
      else if (x._type === 'BoolOp') x = x.values[0];
      else if (x._type === 'Compare') x = x.left;
      else if (x._type === 'IfExp' && x.body.col_offset === x.col_offset && x.body.lineno === x.lineno) x = x.body;
      else break;
    }
    if (x._type === 'Lambda' || x._type === 'Yield' || x._type === 'YieldFrom' || x._type === 'Starred' || x._type === 'NamedExpr') return false;
    if (x._type === 'UnaryOp' && x.op._type === 'Not') return false;
    if (chained && x === e) return false;
    return true;
  }

  private importName(): A.stmt {
    const t = this.next();
    const names: A.alias[] = [];
    do {
      names.push(this.dottedAlias());
    } while (this.eat(','));
    return { _type: 'Import', names, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  private dottedName(): string {
    let name = this.expectName().value;
    while (this.at('.')) {
      this.i++;
      name += '.' + this.expectName().value;
    }
    return name;
  }

  private dottedAlias(): A.alias {
    const st = this.tok;
    const name = this.dottedName();
    let asname: string | null = null;
    if (this.eatKw('as')) asname = this.expectName().value;
    return { _type: 'alias', name, asname, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  private importFrom(): A.stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.at('.')) level += 1;
      else if (this.at('...')) level += 3;
      else break;
      this.i++;
    }
    let module: string | null = null;
    if (!this.atKw('import')) module = this.dottedName();
    this.expectKw('import');
    const names: A.alias[] = [];
    if (this.at('*')) {
      const s = this.next();
      names.push({ _type: 'alias', name: '*', asname: null, lineno: s.lineno, col_offset: s.bcol, end_lineno: s.endLineno, end_col_offset: s.endBcol });
    } else {
      const paren = this.eat('(');
      for (;;) {
        const st = this.tok;
        const name = this.expectName().value;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.expectName().value;
        names.push({ _type: 'alias', name, asname, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol });
        if (!this.eat(',')) break;
        if (paren && this.at(')')) break;
        if (!paren && this.ty() === T.NEWLINE) {
          this.errAtTok('trailing comma not allowed without surrounding parentheses', this.tok, true);
        }
      }
      if (paren) this.expect(')');
    }
    return { _type: 'ImportFrom', module, names, level, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
  }

  // ---- blocks ----
  /** block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement for the indentation error. */
  private block(what: string, kw: Tok): A.stmt[] {
    const body: A.stmt[] = [];
    if (this.ty() === T.NEWLINE) {
      this.i++;
      if (this.ty() !== T.INDENT) {
        if (this.ty() === T.ERRORTOKEN && this.isLastTok(this.i)) this.failAtEnd();
        this.checkTokErr();
        this.errAtTok(`expected an indented block after ${what} on line ${kw.lineno}`, this.tok, false, 'IndentationError');
      }
      this.i++;
      while (this.ty() !== T.DEDENT) {
        if (this.ty() === T.ENDMARKER) break;
        this.release();
        this.statement(body);
      }
      this.i++;
      return body;
    }
    if (this.ty() === T.ENDMARKER || this.ty() === T.ERRORTOKEN) this.fail();
    this.simpleStmts(body);
    return body;
  }

  private colonBlock(what: string, kw: Tok): A.stmt[] {
    if (!this.at(':')) {
      this.checkTokErr();
      if (this.ty() === T.NEWLINE) this.errAtTok("expected ':'", this.tok, true);
      this.fail();
    }
    this.i++;
    return this.block(what, kw);
  }

  /** Like colonBlock but `:` is a forced token (&&':'): any other token reports "expected ':'". */
  private forcedColonBlock(what: string, kw: Tok): A.stmt[] {
    if (!this.at(':')) {
      this.checkTokErr();
      const t = this.tok;
      if (t.type === T.ERRORTOKEN && this.isLastTok(this.i)) this.failAtEnd();
      this.errAtTok("expected ':'", this.tok);
    }
    this.i++;
    return this.block(what, kw);
  }

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA end for compound statements). */
  private lastNonWs(): Tok {
    let j = this.i - 1;
    while (j > 0) {
      const ty = this.tokAt(j).type;
      if (ty !== T.NEWLINE && ty !== T.INDENT && ty !== T.DEDENT) break;
      j--;
    }
    return this.tokAt(j);
  }

  private decorated(): A.stmt {
    const decos: A.expr[] = [];
    while (this.at('@')) {
      this.i++;
      decos.push(this.parseNamed());
      if (this.ty() !== T.NEWLINE) this.fail();
      this.i++;
    }
    const t = this.tok;
    if (this.atKw('def')) return this.funcDef(decos, null);
    if (this.atKw('class')) return this.classDef(decos);
    if (this.atKw('async') && this.peek().type === T.NAME && this.peek().value === 'def') {
      this.i++;
      return this.funcDef(decos, t);
    }
    return this.fail();
  }

  private funcDef(decorator_list: A.expr[], asyncTok: Tok | null): A.stmt {
    const defTok = this.next();
    const st = asyncTok ?? defTok;
    const name = this.expectName();
    this.expectForced('(');
    const args = this.parseParams(false);
    this.expect(')');
    let returns: A.expr | null = null;
    if (this.eat('->')) returns = this.parseExpression();
    const body = this.forcedColonBlock('function definition', defTok);
    return {
      _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name: name.value, args, body, decorator_list, returns,
      type_comment: null, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol,
    } as A.FunctionDef;
  }

  private classDef(decorator_list: A.expr[]): A.stmt {
    const t = this.next();
    const name = this.expectName();
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at('(')) {
      const dummy: A.Name = { _type: 'Name', id: '', ctx: LOAD, lineno: name.lineno, col_offset: name.bcol, end_lineno: name.endLineno, end_col_offset: name.endBcol };
      const call = this.parseCall(dummy) as A.Call;
      bases = call.args;
      keywords = call.keywords;
    }
    const body = this.colonBlock('class definition', t);
    return { _type: 'ClassDef', name: name.value, bases, keywords, body, decorator_list, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol };
  }

  private condition(): A.expr {
    const e = this.parseNamed();
    if (this.at('=')) {
      // invalid_named_expression
      const eq = this.tok;
      if (e._type === 'Name') {
        const save = this.i;
        this.i++;
        let b: A.expr | null = null;
        try {
          b = this.parseBitOr();
        } catch {
          b = null;
        }
        if (b && !this.at('=') && !this.at(':=')) this.errAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
        this.i = save;
      } else if (!['Compare', 'BoolOp', 'IfExp', 'Lambda', 'List', 'Tuple', 'GeneratorExp'].includes(e._type) &&
        !(e._type === 'Constant' && (e.value === null || e.value === true || e.value === false))) {
        this.errAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
      }
      void eq;
    }
    return e;
  }

  private ifStmt(): A.stmt {
    const t = this.next();
    const test = this.condition();
    const body = this.colonBlock(`'${t.value}' statement`, t);
    let orelse: A.stmt[] = [];
    if (this.atKw('elif')) {
      orelse = [this.ifStmt()];
    } else if (this.atKw('else')) {
      const e = this.next();
      orelse = this.forcedColonBlock("'else' statement", e);
    }
    return { _type: 'If', test, body, orelse, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol };
  }

  private whileStmt(): A.stmt {
    const t = this.next();
    const test = this.condition();
    const body = this.colonBlock("'while' statement", t);
    let orelse: A.stmt[] = [];
    if (this.atKw('else')) {
      const e = this.next();
      orelse = this.forcedColonBlock("'else' statement", e);
    }
    return { _type: 'While', test, body, orelse, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol };
  }

  private forStmt(asyncTok: Tok | null): A.stmt {
    const t = this.next();
    const st = asyncTok ?? t;
    const save = this.i;
    let target: A.expr;
    try {
      target = this.parseStarTargets('for');
    } catch (e) {
      // invalid_for_target: report the bad target within the full star_expressions
      this.i = save;
      let full: A.expr | null = null;
      try {
        full = this.parseStarExpressions();
      } catch {
        full = null;
      }
      if (full) {
        const bad = this.invalidTarget(full, 'for');
        if (bad) this.targetError(bad, 'for');
      }
      throw e;
    }
    if (!this.atKw('in')) {
      this.i = save;
      let full: A.expr | null = null;
      try {
        full = this.parseStarExpressions();
      } catch {
        full = null;
      }
      if (full) {
        const bad = this.invalidTarget(full, 'for');
        if (bad) this.targetError(bad, 'for');
      }
      this.fail();
    }
    this.i++;
    const iter = this.parseStarExpressions();
    const body = this.forcedColonBlock("'for' statement", t);
    let orelse: A.stmt[] = [];
    if (this.atKw('else')) {
      const e = this.next();
      orelse = this.forcedColonBlock("'else' statement", e);
    }
    return {
      _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol,
    } as A.For;
  }

  private withItem(): A.withitem {
    const context_expr = this.parseExpression();
    let optional_vars: A.expr | null = null;
    if (this.eatKw('as')) {
      const save = this.i;
      optional_vars = this.parseStarTarget();
      if (!(this.at(',') || this.at(')') || this.at(':'))) {
        this.i = save;
        const e = this.parseExpression();
        if (this.at(',') || this.at(')') || this.at(':')) {
          const bad = this.invalidTarget(e, 'star');
          if (bad) this.targetError(bad, 'star');
        }
        this.fail();
      }
      this.setCtx(optional_vars, STORE);
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private withStmt(asyncTok: Tok | null): A.stmt {
    const t = this.next();
    const st = asyncTok ?? t;
    let items: A.withitem[] | null = null;
    if (this.at('(')) {
      // try the parenthesized form: '(' ','.with_item+ ','? ')' ':'
      const save = this.i;
      try {
        this.i++;
        const its: A.withitem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.eat(',')) break;
          if (this.at(')')) break;
        }
        this.expect(')');
        if (!this.at(':')) throw new Error('not parenthesized with');
        items = its;
      } catch {
        this.i = save;
        items = null;
      }
    }
    if (!items) {
      items = [];
      do {
        items.push(this.withItem());
      } while (this.eat(','));
    }
    const body = this.colonBlock("'with' statement", t);
    return { _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null, lineno: st.lineno, col_offset: st.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol } as A.With;
  }

  private tryStmt(): A.stmt {
    const t = this.next();
    const body = this.forcedColonBlock("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw('except')) {
      const et = this.next();
      const isStar = this.eat('*');
      if (star !== null && star !== isStar) {
        if (isStar) this.raiseRange("cannot have both 'except' and 'except*' on the same 'try'", et, this.last);
        this.errAtTok("cannot have both 'except' and 'except*' on the same 'try'", et);
      }
      star = isStar;
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!this.at(':')) {
        if (isStar && this.ty() === T.NEWLINE) this.errAtTok('expected one or more exception types', this.tok, true);
        if (this.ty() === T.NEWLINE) this.errAtTok("expected ':'", this.tok, true);
        type = this.parseExpression();
        if (this.at(',')) {
          this.i++;
          this.parseExpressions();
          this.errFrom('multiple exception types must be parenthesized', type);
        }
        if (this.eatKw('as')) name = this.expectName().value;
      } else if (isStar) {
        this.errAtTok('expected one or more exception types', this.tok, true);
      }
      const hb = this.colonBlock(isStar ? "'except*' statement" : "'except' statement", et);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hb, lineno: et.lineno, col_offset: et.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol });
    }
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    if (handlers.length && this.atKw('else')) {
      const e = this.next();
      orelse = this.forcedColonBlock("'else' statement", e);
    }
    if (this.atKw('finally')) {
      const f = this.next();
      finalbody = this.forcedColonBlock("'finally' statement", f);
    }
    if (!handlers.length && !finalbody.length) {
      this.checkTokErr();
      this.errAtTok("expected 'except' or 'finally' block", this.tok, true);
    }
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol } as A.Try;
  }

  // ---- match ----
  /** match_stmt with soft-keyword backtracking; returns null when this isn't a match statement. */
  private tryMatch(): A.stmt | null {
    const t = this.tok;
    const save = this.i;
    this.i++;
    let subject: A.expr;
    const n = this.tok;
    if (!this.startsExpr(n) || (n.type === T.NAME && KEYWORDS.has(n.value) && n.value !== 'not' && n.value !== 'None' && n.value !== 'True' && n.value !== 'False' && n.value !== 'await' && n.value !== 'lambda')) {
      this.i = save;
      return null;
    }
    try {
      const st0 = this.tok;
      const first = this.parseStarNamed();
      if (this.at(',')) {
        const elts = [first];
        while (this.eat(',')) {
          if (this.at(':')) break;
          elts.push(this.parseStarNamed());
        }
        subject = { _type: 'Tuple', elts, ctx: LOAD, lineno: st0.lineno, col_offset: st0.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol };
      } else {
        if (first._type === 'Starred') throw new Error('not match');
        subject = first;
      }
      if (!this.at(':')) {
        if (this.ty() === T.NEWLINE) {
          // invalid_match_stmt: "match" subject NEWLINE (reported only if no other parse works)
          try {
            this.errAtTok("expected ':'", this.tok);
          } catch (e) {
            if (e instanceof PySyntaxError) this.matchColonErr = e;
          }
        }
        throw new Error('not match');
      }
    } catch (e) {
      this.i = save;
      return null;
    }
    this.i++;
    if (this.ty() !== T.NEWLINE) {
      this.i = save;
      return null;
    }
    this.i++;
    if (this.ty() !== T.INDENT) {
      this.checkTokErr();
      this.errAtTok(`expected an indented block after 'match' statement on line ${t.lineno}`, this.tok, false, 'IndentationError');
    }
    this.i++;
    const cases: A.match_case[] = [];
    while (this.ty() !== T.DEDENT && this.ty() !== T.ENDMARKER) {
      if (!this.atKw('case')) this.fail();
      const ct = this.next();
      const pattern = this.parsePatterns();
      let guard: A.expr | null = null;
      if (this.eatKw('if')) guard = this.parseNamed();
      const body = this.colonBlock("'case' statement", ct);
      cases.push({ _type: 'match_case', pattern, guard, body });
    }
    this.i++;
    const last = cases[cases.length - 1];
    return { _type: 'Match', subject, cases, lineno: t.lineno, col_offset: t.bcol, end_lineno: this.lastNonWs().endLineno, end_col_offset: this.lastNonWs().endBcol };
  }
}

/**
 * CPython's tokenizer adds a missing final newline only for 'exec' input: in
 * 'eval' mode an error on the last line shows that line without a newline,
 * and an error at the end of the input (where our added newline sits) has
 * offset 0 and end offset 0 (f-string errors: the end column and -1).
 */
function unaddNewline(e: PySyntaxError, text: string): void {
  const lastLine = text.split('\n').length - 1;
  if (e.lineno !== lastLine || e.text === null || !e.text.endsWith('\n')) return;
  e.text = e.text.slice(0, -1);
  const atEnd = Array.from(e.text).length + 1;
  if (e.offset !== atEnd) return;
  if (e.msg.startsWith('f-string')) {
    // raised at the end marker, which has no column: the tokenizer's position
    e.offset = atEnd - 1;
    e.end_offset = -1;
  } else {
    e.offset = 0;
    if (e.end_lineno === e.lineno) e.end_offset = 0;
  }
}

/**
 * Parses Python source into CPython 3.11's AST.
 * @param source text, or bytes (decoded honouring a BOM / PEP 263 cookie)
 * @param mode 'exec' → Module, 'eval' → Expression, 'single' → Interactive
 * @throws PySyntaxError (SyntaxError / IndentationError / TabError) as CPython reports it
 */
export function parse(source: string | Uint8Array, filename = '<unknown>', mode: Mode = 'exec'): A.Module | A.Expression | A.Interactive {
  let escaped = false;
  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const d = decodeSource(source, filename, { surrogateEscape: true });
    text = d.text;
    escaped = !!d.escaped;
  }
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (typeof source === 'string' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const addedNewline = text.length === 0 || text.charCodeAt(text.length - 1) !== 10;
  if (addedNewline) text += '\n';
  if (text.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 0, 0, null);
  }
  const p = Parser.create(text, filename);
  p.escapedBytes = escaped;
  if (mode === 'eval') {
    if (!addedNewline) return p.parseEval();
    try {
      return p.parseEval();
    } catch (e) {
      if (e instanceof PySyntaxError) unaddNewline(e, text);
      throw e;
    }
  }
  if (mode === 'single') return p.parseInteractive();
  return p.parseModule();
}
