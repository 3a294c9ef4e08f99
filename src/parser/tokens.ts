/**
 * Token kinds and the token record shared by the tokenizer and the parser.
 * Numbers and names mirror CPython 3.11's `token` module (Lib/token.py).
 */

/** Token kinds (CPython's numbering). */
export const enum T {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 54,
  ERRORTOKEN = 60,
  COMMENT = 61,
  NL = 62,
  ENCODING = 63,
}

/** Names of the generic token kinds, as `token.tok_name`. */
export const TOKEN_NAMES: Record<number, string> = {
  0: 'ENDMARKER', 1: 'NAME', 2: 'NUMBER', 3: 'STRING', 4: 'NEWLINE', 5: 'INDENT', 6: 'DEDENT',
  54: 'OP', 60: 'ERRORTOKEN', 61: 'COMMENT', 62: 'NL', 63: 'ENCODING',
};

/** Exact operator token names, as `token.EXACT_TOKEN_TYPES` (used by `tokenize -e`). */
export const EXACT_OP_NAMES: Record<string, string> = {
  '!=': 'NOTEQUAL', '%': 'PERCENT', '%=': 'PERCENTEQUAL', '&': 'AMPER', '&=': 'AMPEREQUAL',
  '(': 'LPAR', ')': 'RPAR', '*': 'STAR', '**': 'DOUBLESTAR', '**=': 'DOUBLESTAREQUAL',
  '*=': 'STAREQUAL', '+': 'PLUS', '+=': 'PLUSEQUAL', ',': 'COMMA', '-': 'MINUS', '-=': 'MINEQUAL',
  '->': 'RARROW', '.': 'DOT', '...': 'ELLIPSIS', '/': 'SLASH', '//': 'DOUBLESLASH',
  '//=': 'DOUBLESLASHEQUAL', '/=': 'SLASHEQUAL', ':': 'COLON', ':=': 'COLONEQUAL', ';': 'SEMI',
  '<': 'LESS', '<<': 'LEFTSHIFT', '<<=': 'LEFTSHIFTEQUAL', '<=': 'LESSEQUAL', '=': 'EQUAL',
  '==': 'EQEQUAL', '>': 'GREATER', '>=': 'GREATEREQUAL', '>>': 'RIGHTSHIFT', '>>=': 'RIGHTSHIFTEQUAL',
  '@': 'AT', '@=': 'ATEQUAL', '[': 'LSQB', ']': 'RSQB', '^': 'CIRCUMFLEX', '^=': 'CIRCUMFLEXEQUAL',
  '{': 'LBRACE', '|': 'VBAR', '|=': 'VBAREQUAL', '}': 'RBRACE', '~': 'TILDE',
};

/**
 * One token as the tokenizer produces it for the parser: positions in UTF-8
 * byte columns (`bcol`, what AST positions use). Six fields, one shape: the
 * parser reads millions of these.
 */
export class Tok {
  constructor(
    public type: T,
    public value: string,
    public lineno: number,
    public bcol: number,
    public endLineno: number,
    public endBcol: number,
  ) {}
}

/**
 * A token of the `tokenize` API (trivia mode), which also reports columns in
 * code points (`col`, as Python's `tokenize` module) and its line.
 */
export class TriviaTok extends Tok {
  constructor(
    type: T,
    value: string,
    lineno: number,
    public col: number,
    bcol: number,
    endLineno: number,
    public endCol: number,
    endBcol: number,
    /** Index into the source text of the start of the token's first line. */
    public lineStart: number,
  ) {
    super(type, value, lineno, bcol, endLineno, endBcol);
  }
}

/** A token as `tokenize.tokenize` reports it (public API). */
export interface Token {
  /** Generic kind name: NAME, NUMBER, STRING, OP, NEWLINE, NL, COMMENT, INDENT, DEDENT, ENCODING, ENDMARKER, ERRORTOKEN. */
  type: string;
  /** Exact kind: for OP the operator's name (LPAR, EQUAL, ...), otherwise equal to `type`. */
  exactType: string;
  string: string;
  /** [row, col]: row 1-based, col in code points. */
  start: [number, number];
  end: [number, number];
  /** The physical line(s) the token came from. */
  line: string;
}

/** Python's hard keywords (Lib/keyword.py kwlist). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);
