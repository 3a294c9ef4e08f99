/**
 * Parser foundations: the token cursor, position helpers, syntax-error
 * construction with CPython's priority rules (Parser/pegen_errors.c), and
 * assignment-target validation (Parser/action_helpers.c `_PyPegen_set_expr_context`,
 * `_PyPegen_get_invalid_target`).
 */
import type * as A from './ast.js';
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import { utf8Len } from './error_display.js';

export { utf8Len };
import { KEYWORDS, T, Tok } from './tokens.js';
import { Tokenizer, type TokenizeResult } from './tokenizer.js';

/** How many tokens the parser asks the tokenizer for beyond the one it needs. */
const TOKEN_CHUNK = 64;

export const LOAD: A.Load = { _type: 'Load' };
export const STORE: A.Store = { _type: 'Store' };
export const DEL: A.Del = { _type: 'Del' };

export type Pos = A.Positions;

/** Thrown internally to abandon a speculative parse (backtracking). */
export class Backtrack {}

/** How `_PyPegen_get_expr_name` names an expression in error messages. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && v !== null && v.constructor && v.constructor.name === 'ConstEllipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** Converts a UTF-8 byte column on `line` to a code-point column. */
export function byteToCharCol(line: string, bcol: number): number {
  let b = 0;
  let c = 0;
  for (let i = 0; i < line.length && b < bcol; i++) {
    const ch = line.charCodeAt(i);
    if (ch < 0x80) b += 1;
    else if (ch < 0x800) b += 2;
    else if (ch >= 0xd800 && ch <= 0xdbff) {
      b += 4;
      i++;
    } else b += 3;
    c++;
  }
  if (b < bcol) c += bcol - b;
  return c;
}

export type TargetKind = 'star' | 'del' | 'for';

export class ParserBase {
  /**
   * Tokens produced so far. With a lazy tokenizer the array grows as the
   * parser reads on, and `release` clears the slots of statements already
   * parsed, so a file's tokens die young instead of all surviving to the end.
   */
  protected toks: Tok[];
  protected i = 0;
  protected filename: string;
  protected src: string;
  protected lineStarts: number[];
  /** The tokenizer still producing tokens, or null once all are in `toks`. */
  private tz: Tokenizer | null;
  /** Valid once `tz` is null. */
  protected tokErr: PySyntaxError | null;
  protected unclosed: TokenizeResult['unclosed'];
  /** Slots of `toks` below this index have been cleared. */
  private released = 0;
  /** Line offset applied to sub-parsers of f-string expressions (text lines of the outer file). */
  protected lineShift = 0;
  /** Source bytes were not valid UTF-8 (kept as lone surrogates U+DC80..U+DCFF, see source.ts). */
  escapedBytes = false;
  /** For f-string sub-parsers: the outer source's lines, to report errors. */
  protected outerLines: ((lineno: number) => string) | null = null;

  /** Over a finished tokenization, or over a tokenizer the parser pulls tokens from as it needs them. */
  constructor(tr: TokenizeResult | Tokenizer, src: string, filename: string) {
    if (tr instanceof Tokenizer) {
      this.tz = tr;
      tr.fillTo(TOKEN_CHUNK);
      this.toks = tr.tokens;
      this.lineStarts = tr.lineStarts;
      this.tokErr = null;
      this.unclosed = null;
      if (tr.done) this.endOfTokens(tr);
    } else {
      this.tz = null;
      this.toks = tr.tokens;
      this.tokErr = tr.error;
      this.unclosed = tr.unclosed;
      this.lineStarts = tr.lineStarts;
    }
    this.src = src;
    this.filename = filename;
  }

  // ---- cursor ----
  /** Token `j`; past the last token (ENDMARKER or the error sentinel), the last one. */
  protected tokAt(j: number): Tok {
    return j < this.toks.length ? this.toks[j] : this.moreTokens(j);
  }
  private moreTokens(j: number): Tok {
    const tz = this.tz;
    if (tz !== null) {
      tz.fillTo(j + 1 + TOKEN_CHUNK);
      if (tz.done) this.endOfTokens(tz);
    }
    const n = this.toks.length;
    return this.toks[j < n ? j : n - 1];
  }
  private endOfTokens(tz: Tokenizer): void {
    this.tokErr = tz.tokError;
    this.unclosed = tz.unclosed;
    this.tz = null;
  }
  /**
   * Tokenizes the rest of the file. Every error path calls this first: CPython
   * reports a tokenizer error anywhere in the file, or an unclosed bracket,
   * in place of a parser error.
   */
  protected drainTokens(): void {
    if (this.tz !== null) this.moreTokens(Number.MAX_SAFE_INTEGER - TOKEN_CHUNK - 1);
  }
  /** Is `j` the index of the very last token? */
  protected isLastTok(j: number): boolean {
    this.tokAt(j + 1);
    return j >= this.toks.length - 1;
  }
  /**
   * Clears the token slots before the statement starting at `i` (keeping the
   * two tokens before it, which error messages may look at). Called only at
   * statement starts in blocks, where no enclosing rule can backtrack.
   */
  protected release(): void {
    const upto = this.i - 2;
    if (upto - this.released < 512) return;
    const toks = this.toks as (Tok | undefined)[];
    for (let k = this.released; k < upto; k++) toks[k] = undefined;
    this.released = upto;
  }

  /** Furthest token index examined (CPython's "last token fetched", used for error priorities). */
  protected maxSeen = 0;
  protected get tok(): Tok {
    if (this.i > this.maxSeen) this.maxSeen = this.i;
    return this.tokAt(this.i);
  }
  /** Current token type (a method, so TypeScript doesn't narrow it across cursor moves). */
  protected ty(): T {
    if (this.i > this.maxSeen) this.maxSeen = this.i;
    return this.tokAt(this.i).type;
  }
  protected get last(): Tok {
    return this.toks[this.i - 1];
  }
  protected peek(k = 1): Tok {
    const j = this.i + k;
    const t = this.tokAt(j);
    if (j > this.maxSeen && j < this.toks.length) this.maxSeen = j;
    return t;
  }
  protected next(): Tok {
    const t = this.tokAt(this.i);
    if (t.type === T.ERRORTOKEN && this.isLastTok(this.i)) this.failAtEnd();
    this.i++;
    return t;
  }
  protected at(op: string): boolean {
    if (this.i > this.maxSeen) this.maxSeen = this.i;
    const t = this.tokAt(this.i);
    return t.type === T.OP && t.value === op;
  }
  protected atKw(kw: string): boolean {
    if (this.i > this.maxSeen) this.maxSeen = this.i;
    const t = this.tokAt(this.i);
    return t.type === T.NAME && t.value === kw;
  }
  protected eat(op: string): boolean {
    const t = this.tokAt(this.i);
    if (t.type === T.OP && t.value === op) {
      this.i++;
      return true;
    }
    return false;
  }
  protected eatKw(kw: string): boolean {
    const t = this.tokAt(this.i);
    if (t.type === T.NAME && t.value === kw) {
      this.i++;
      return true;
    }
    return false;
  }
  protected expect(op: string): Tok {
    const t = this.tokAt(this.i);
    if (t.type === T.OP && t.value === op) {
      this.i++;
      return t;
    }
    return this.fail();
  }
  /** A forced token (`&&'x'` in the grammar): reports "expected 'x'". */
  protected expectForced(op: string): Tok {
    const t = this.tokAt(this.i);
    if (t.type === T.OP && t.value === op) {
      this.i++;
      return t;
    }
    this.checkTokErr();
    if (t.type === T.ERRORTOKEN && this.isLastTok(this.i)) this.failAtEnd();
    return this.errAtTok(`expected '${op}'`, t);
  }
  protected expectKw(kw: string): Tok {
    const t = this.tokAt(this.i);
    if (t.type === T.NAME && t.value === kw) {
      this.i++;
      return t;
    }
    return this.fail();
  }
  protected isName(t: Tok = this.tok): boolean {
    return t.type === T.NAME && !KEYWORDS.has(t.value);
  }
  protected expectName(): Tok {
    const t = this.tokAt(this.i);
    if (t.type === T.NAME && !KEYWORDS.has(t.value)) {
      this.i++;
      return t;
    }
    return this.fail();
  }

  // ---- positions ----
  protected spanTT(a: Tok, b: Tok): Pos {
    return { lineno: a.lineno, col_offset: a.bcol, end_lineno: b.endLineno, end_col_offset: b.endBcol };
  }
  protected spanTN(a: Tok, b: Pos): Pos {
    return { lineno: a.lineno, col_offset: a.bcol, end_lineno: b.end_lineno!, end_col_offset: b.end_col_offset! };
  }
  protected spanNT(a: Pos, b: Tok): Pos {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.endLineno, end_col_offset: b.endBcol };
  }
  protected spanNN(a: Pos, b: Pos): Pos {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno!, end_col_offset: b.end_col_offset! };
  }

  // ---- errors ----
  /** Text of source line `lineno` (1-based) with its newline. */
  protected lineText(lineno: number): string {
    if (this.outerLines) return this.outerLines(lineno);
    this.drainTokens();
    const s = this.lineStarts[lineno - 1];
    if (s === undefined) return '';
    let e = this.src.indexOf('\n', s);
    if (e < 0) e = this.src.length;
    return this.src.slice(s, e) + '\n';
  }

  /**
   * A tokenizer error found later in the file replaces a parser error, except
   * the kinds CPython's tokenizer only flags without raising (bad dedent, tabs,
   * line continuation, EOF) — those surface only when the parser reaches them.
   */
  protected checkTokErr(): void {
    this.drainTokens();
    const e = this.tokErr;
    if (!e) return;
    if (e.type !== 'SyntaxError' || e.msg.startsWith('unexpected character after line continuation') || e.msg === 'unexpected EOF while parsing') return;
    throw e;
  }

  /** The parser reached the tokenizer's early stop: report the tokenizer's error or the unclosed bracket. */
  protected failAtEnd(): never {
    this.drainTokens();
    if (this.tokErr) throw this.tokErr;
    if (this.unclosed) this.unclosedError();
    throw this.mkErr('SyntaxError', 'unexpected EOF while parsing', this.tok.lineno, this.tok.bcol, this.tok.endLineno, this.tok.endBcol);
  }

  protected unclosedError(): never {
    const u = this.unclosed!;
    throw new PySyntaxError('SyntaxError', `'${u.ch}' was never closed`, this.filename, u.lineno, u.col + 1,
      this.lineText(u.lineno), u.lineno, 0);
  }

  /** Builds an error from byte positions (converted to 1-based character offsets as CPython does). */
  protected mkErr(type: SyntaxErrorType, msg: string, lineno: number, bcol: number, endLineno: number | null, endBcol: number | null): PySyntaxError {
    const text = this.lineText(lineno);
    const off = byteToCharCol(text, bcol) + 1;
    let endOff: number | null = null;
    if (endBcol !== null && endBcol < 0) endOff = -1;
    else if (endLineno !== null && endBcol !== null) {
      const etext = endLineno === lineno ? text : this.lineText(endLineno);
      endOff = byteToCharCol(etext, endBcol) + 1;
    }
    return new PySyntaxError(type, msg, this.filename, lineno, off, text, endLineno, endOff);
  }

  /** Generic failure at the current token: "invalid syntax" (with the tokenizer's priority rules). */
  protected fail(): never {
    this.drainTokens();
    const t = this.tok;
    if (t.type === T.ERRORTOKEN && this.i === this.toks.length - 1) this.failAtEnd();
    // unexpected indent/unindent is reported as is: CPython does not look for later tokenizer errors then
    if (t.type === T.INDENT) throw this.mkErr('IndentationError', 'unexpected indent', t.lineno, t.endBcol - 1, t.lineno, -1);
    if (t.type === T.DEDENT) throw this.mkErr('IndentationError', 'unexpected unindent', t.lineno, t.bcol - 1, t.lineno, -1);
    this.checkTokErr();
    if (this.speculating) throw new Backtrack();
    // the generic error sits at the furthest token the parser looked at
    const far = this.toks[Math.min(this.maxSeen, this.toks.length - 1)];
    this.speculate();
    this.checkUnclosed();
    this.specialFail();
    if (far.type === T.ERRORTOKEN && this.maxSeen >= this.toks.length - 1) this.failAtEnd();
    if (far.type === T.INDENT || far.type === T.DEDENT || far.type === T.ENDMARKER) this.errAtTok('invalid syntax', far);
    throw this.mkErr('SyntaxError', 'invalid syntax', far.lineno, far.bcol, far.endLineno, far.endBcol);
  }

  /** Hook for subclasses to raise a more specific message before the generic one. */
  protected specialFail(): void {}

  /**
   * Error located at a token. INDENT/DEDENT tokens have no column in CPython:
   * the reported offset is the tokenizer's cursor, without the usual +1.
   */
  protected errAtTok(msg: string, t: Tok, _afterToken = false, type: SyntaxErrorType = 'SyntaxError'): never {
    this.checkTokErr();
    this.checkUnclosed();
    if (t.type === T.INDENT) throw this.mkErr(type, msg, t.lineno, t.endBcol - 1, t.lineno, -1);
    if (t.type === T.DEDENT || t.type === T.ENDMARKER) throw this.mkErr(type, msg, t.lineno, t.bcol - 1, t.lineno, -1);
    throw this.mkErr(type, msg, t.lineno, t.bcol, t.endLineno, t.endBcol);
  }

  /** CPython reports "'(' was never closed" instead of a parser error when its lookahead went past the bracket's line. */
  protected checkUnclosed(): void {
    this.drainTokens();
    if (!this.unclosed) return;
    const far = this.toks[Math.min(this.maxSeen, this.toks.length - 1)];
    if (far.lineno > this.unclosed.lineno || this.maxSeen >= this.toks.length - 1) this.unclosedError();
  }

  protected speculating = false;
  /**
   * Before a generic error, CPython's second pass tries `disjunction expression`
   * (invalid_expression) from the failing point, reading ahead; mimic that
   * lookahead so the "furthest token" matches.
   */
  protected speculate(): void {
    this.drainTokens();
    if (this.speculating || !this.unclosed) return;
    const save = this.i;
    this.speculating = true;
    try {
      this.speculateExpr();
    } catch {
      // only the lookahead matters
    } finally {
      this.speculating = false;
      this.i = save;
    }
  }
  protected speculateExpr(): void {}

  /** Error spanning a node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / KNOWN_RANGE). */
  protected errAt(msg: string, a: Pos, b: Pos = a, type: SyntaxErrorType = 'SyntaxError'): never {
    this.checkTokErr();
    this.checkUnclosed();
    throw this.mkErr(type, msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** Error from a node's start to the end of the last token (RAISE_SYNTAX_ERROR_STARTING_FROM). */
  protected errFrom(msg: string, a: Pos): never {
    this.checkTokErr();
    this.checkUnclosed();
    throw this.mkErr('SyntaxError', msg, a.lineno, a.col_offset, this.last.endLineno, this.last.endBcol);
  }

  // ---- targets ----
  /** The first sub-expression that is not a valid target (`_PyPegen_get_invalid_target`), or null. */
  protected invalidTarget(e: A.expr, kind: TargetKind): A.expr | null {
    switch (e._type) {
      case 'List':
      case 'Tuple':
        for (const x of e.elts) {
          const r = this.invalidTarget(x, kind);
          if (r) return r;
        }
        return null;
      case 'Starred':
        if (kind === 'del') return e;
        return this.invalidTarget(e.value, kind);
      case 'Compare':
        if (kind === 'for') {
          if (e.ops[0]._type === 'In') return this.invalidTarget(e.left, kind);
          return null;
        }
        return e;
      case 'Name':
      case 'Subscript':
      case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  /** Sets the context of a target expression in place, raising CPython's "cannot assign to" / "cannot delete" errors. */
  protected setCtx(e: A.expr, ctx: A.expr_context, kind: TargetKind = 'star'): void {
    const bad = this.invalidTarget(e, kind);
    if (bad) this.targetError(bad, kind);
    this.applyCtx(e, ctx);
  }

  protected targetError(bad: A.expr, kind: TargetKind): never {
    if (kind === 'del') this.errAt(`cannot delete ${exprName(bad)}`, bad);
    this.errAt(`cannot assign to ${exprName(bad)}`, bad);
  }

  protected applyCtx(e: A.expr, ctx: A.expr_context): void {
    switch (e._type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        break;
      case 'Starred':
        e.ctx = ctx;
        this.applyCtx(e.value, ctx);
        break;
      case 'List':
      case 'Tuple':
        e.ctx = ctx;
        for (const x of e.elts) this.applyCtx(x, ctx);
        break;
      default:
        break;
    }
  }
}
