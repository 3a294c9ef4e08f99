/**
 * The tokenizer: source text → tokens, on char codes (no per-character regex).
 * Mirrors CPython 3.11's C tokenizer (Parser/tokenizer.c) for the parser, and
 * in `trivia` mode also yields COMMENT/NL tokens the way Lib/tokenize.py does.
 *
 * Errors are not thrown at once: the tokenizer stops at the first error and
 * records it, so the parser can reproduce CPython's priority rules (a
 * tokenizer error anywhere in the file wins over a parser error).
 */
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import { T, Tok, TriviaTok } from './tokens.js';

const OPS2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>',
  '@=', '^=', '|=', '<>',
]);
const OPS1 = new Set('%&()*+,-./:;<=>@[]^{|}~');
/** Single-char operators by char code. */
const OP1: (string | undefined)[] = [];
for (const ch of OPS1) OP1[ch.charCodeAt(0)] = ch;
/** Two-char operators indexed by c0*128+c1 (ASCII only), a flat table instead of a Map. */
const OP2: (string | undefined)[] = new Array<string | undefined>(128 * 128).fill(undefined);
for (const op of OPS2) OP2[op.charCodeAt(0) * 128 + op.charCodeAt(1)] = op;

/** CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts. */
const MAX_PARENS = 200;

/** Three-char operators keyed by their two-char prefix (all end in '='). */
const OP3 = new Map<string, string>([['**', '**='], ['//', '//='], ['<<', '<<='], ['>>', '>>=']]);

const ID_START_RE = /^[\p{XID_Start}_]$/u;
const ID_CONT_RE = /^[\p{XID_Continue}]$/u;
/** Lib/tokenize.py's `\w+` for names: str.isalnum() characters and '_'. */
const PY_WORD_RE = /^[\p{L}\p{N}_]+/u;
/** Lib/tokenize.py's Number pattern (ASCII digits only; first alternative that matches wins, as in `re`). */
const PY_NUMBER_RE = (() => {
  const group = (...c: string[]): string => '(?:' + c.join('|') + ')';
  const hex = '0[xX](?:_?[0-9a-fA-F])+';
  const bin = '0[bB](?:_?[01])+';
  const oct = '0[oO](?:_?[0-7])+';
  const dec = '(?:0(?:_?0)*|[1-9](?:_?[0-9])*)';
  const exponent = '[eE][-+]?[0-9](?:_?[0-9])*';
  const pointfloat = group('[0-9](?:_?[0-9])*\\.(?:[0-9](?:_?[0-9])*)?', '\\.[0-9](?:_?[0-9])*') + '(?:' + exponent + ')?';
  const expfloat = '[0-9](?:_?[0-9])*' + exponent;
  const floatnumber = group(pointfloat, expfloat);
  const imag = group('[0-9](?:_?[0-9])*[jJ]', floatnumber + '[jJ]');
  return new RegExp(group(imag, floatnumber, group(hex, bin, oct, dec)), 'y');
})();
const NONPRINT_RE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** True for the char codes that may start an ASCII identifier. */
function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdCont(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Is `s` (already NFKC-normalised) a valid Python identifier? Returns the index of the first bad code point, or -1. */
export function badIdentifierChar(s: string): number {
  let i = 0;
  let first = true;
  for (const ch of s) {
    const ok = first ? ID_START_RE.test(ch) : ID_CONT_RE.test(ch);
    if (!ok) return i;
    first = false;
    i += ch.length;
  }
  return -1;
}

function isStringPrefix(s: string): boolean {
  switch (s.length) {
    case 1: {
      const c = s.toLowerCase();
      return c === 'r' || c === 'u' || c === 'b' || c === 'f';
    }
    case 2: {
      const c = s.toLowerCase();
      return c === 'br' || c === 'rb' || c === 'fr' || c === 'rf';
    }
    default:
      return false;
  }
}

export interface TokenizeOptions {
  /** Also produce COMMENT and NL tokens, and tokenize.py's layout of DEDENT/ENDMARKER. */
  trivia?: boolean;
  filename?: string;
}

/** Result of tokenizing a whole source. */
export interface TokenizeResult {
  tokens: Tok[];
  /** The first tokenizer error, if any; tokens stop just before it. */
  error: PySyntaxError | null;
  /** Set when EOF was reached inside brackets: the innermost open bracket. */
  unclosed: { ch: string; lineno: number; col: number; lineStart: number } | null;
  /** Start index of every line (index 0 is line 1). */
  lineStarts: number[];
}

class TokError {
  constructor(public err: PySyntaxError) {}
}

/**
 * Tokenizes `src` fully. `src` must already have its newlines in the form
 * the caller wants (the parser normalises to `\n`; tokenize mode keeps them).
 */
export class Tokenizer {
  private readonly src: string;
  private readonly n: number;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly ascii: boolean;
  private readonly trivia: boolean;
  /** Where the blanks before the current token start (trivia mode's ERRORTOKEN runs). */
  private wsStart = 0;
  private readonly filename: string;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  /** Open brackets, innermost last: count, then each one's char, source index, line number and line start (no object per bracket). */
  private depth = 0;
  private readonly parenCh: string[] = [];
  private readonly parenIdx: number[] = [];
  private readonly parenLine: number[] = [];
  private readonly parenLs: number[] = [];
  private atBol = true;
  private contLine = false;
  readonly tokens: Tok[] = [];
  readonly lineStarts: number[] = [0];
  // incremental column cache for non-ASCII lines
  private cLine = -1;
  private cIdx = 0;
  private cCol = 0;
  private cBcol = 0;
  private outCol = 0;
  private outBcol = 0;

  constructor(src: string, opts: TokenizeOptions = {}) {
    this.src = src;
    this.n = src.length;
    this.trivia = !!opts.trivia;
    this.filename = opts.filename ?? '<unknown>';
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  /** Computes code-point and byte columns of `idx` on the line starting at `ls` into outCol/outBcol. */
  private cols(idx: number, ls: number): void {
    if (this.ascii) {
      this.outCol = this.outBcol = idx - ls;
      return;
    }
    let i: number, col: number, bcol: number;
    if (this.cLine === ls && idx >= this.cIdx) {
      i = this.cIdx;
      col = this.cCol;
      bcol = this.cBcol;
    } else {
      i = ls;
      col = 0;
      bcol = 0;
    }
    const s = this.src;
    while (i < idx) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        bcol += 1;
        i++;
      } else if (c < 0x800) {
        bcol += 2;
        i++;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx + 1 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          bcol += 4;
          i += 2;
        } else {
          bcol += 3;
          i++;
        }
      } else {
        bcol += 3;
        i++;
      }
      col++;
    }
    this.cLine = ls;
    this.cIdx = idx;
    this.cCol = col;
    this.cBcol = bcol;
    this.outCol = col;
    this.outBcol = bcol;
  }

  /** Line text (without newline) of the line starting at `ls`. */
  lineText(ls: number): string {
    let e = this.src.indexOf('\n', ls);
    if (e < 0) e = this.n;
    return this.src.slice(ls, e);
  }

  private error(type: SyntaxErrorType, msg: string, idx: number, ls = this.lineStart, lineno = this.lineno, endIdx = -1, offOverride = -1, endOverride: number | null = null): never {
    this.cols(idx, ls);
    const off = offOverride >= 0 ? offOverride : this.outCol + 1;
    let endOff: number | null = endOverride;
    if (endIdx >= 0) {
      this.cols(endIdx, ls);
      endOff = this.outCol + 1;
    }
    // CPython's tokenizer reports its own errors with the line minus its
    // newline; the kinds pegen raises for it (indentation, EOF, line
    // continuation) carry the whole line.
    let text = this.lineText(ls);
    if (type !== 'SyntaxError' || msg === 'unexpected EOF while parsing' || msg.startsWith('unexpected character after')) text += '\n';
    throw new TokError(new PySyntaxError(type, msg, this.filename, lineno, off, text, endIdx >= 0 ? lineno : lineno, endOff ?? off));
  }

  private push(type: T, start: number, end: number, startLineno: number, startLs: number, value?: string): void {
    if (type === T.ERRORTOKEN && this.trivia && end > start && this.wsStart < start) this.whitespaceErrors(start);
    const v = value ?? this.src.slice(start, end);
    if (this.ascii) {
      const ec = end - this.lineStart;
      this.tokens.push(this.mk(type, v, startLineno, start - startLs, start - startLs, this.lineno, ec, ec, startLs));
      return;
    }
    this.cols(start, startLs);
    const col = this.outCol;
    const bcol = this.outBcol;
    this.cols(end, this.lineStart);
    this.tokens.push(this.mk(type, v, startLineno, col, bcol, this.lineno, this.outCol, this.outBcol, startLs));
  }

  /** A parser token, or in trivia mode a token with code-point columns and its line start. */
  private mk(type: T, value: string, lineno: number, col: number, bcol: number, endLineno: number, endCol: number, endBcol: number, lineStart: number): Tok {
    return this.trivia
      ? new TriviaTok(type, value, lineno, col, bcol, endLineno, endCol, endBcol, lineStart)
      : new Tok(type, value, lineno, bcol, endLineno, endBcol);
  }

  /**
   * tokenize.py: where no token matches, its pattern's leading whitespace
   * does not match either, so each blank before the bad character is an
   * ERRORTOKEN of its own.
   */
  private whitespaceErrors(start: number): void {
    const from = this.wsStart;
    this.wsStart = start;
    for (let i = from; i < start; i++) {
      const c = this.src.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 12) return;
    }
    for (let i = from; i < start; i++) this.push(T.ERRORTOKEN, i, i + 1, this.lineno, this.lineStart);
  }

  private newline(idx: number): void {
    // idx is the index just past the newline character(s)
    this.lineno++;
    this.lineStart = idx;
    this.lineStarts.push(idx);
  }

  /** Set once the last token (ENDMARKER, or the sentinel after an error) has been produced. */
  done = false;
  /** The first tokenizer error, once `done`. */
  tokError: PySyntaxError | null = null;
  /** Once `done` without error: the innermost bracket still open at EOF. */
  unclosed: TokenizeResult['unclosed'] = null;

  /**
   * Produces tokens until `tokens` holds at least `n` of them or the source
   * is exhausted (then `done` is set). The parser pulls tokens this way as it
   * goes, so that a file's tokens need not all be alive at once.
   */
  fillTo(n: number): void {
    if (this.done) return;
    try {
      this.loop(n);
    } catch (e) {
      if (!(e instanceof TokError)) throw e;
      this.tokError = e.err;
      this.done = true;
      // sentinel so the parser stops here and reports the tokenizer's error
      this.tokens.push(this.mk(T.ERRORTOKEN, '', this.lineno, 0, 0, this.lineno, 0, 0, this.lineStart));
    }
    if (this.done && !this.tokError && this.depth > 0) {
      const k = this.depth - 1;
      this.cols(this.parenIdx[k], this.parenLs[k]);
      this.unclosed = { ch: this.parenCh[k], lineno: this.parenLine[k], col: this.outCol, lineStart: this.parenLs[k] };
    }
  }

  /** Runs the tokenizer to the end (or to its first error). */
  run(): TokenizeResult {
    this.fillTo(Infinity);
    return { tokens: this.tokens, error: this.tokError, unclosed: this.unclosed, lineStarts: this.lineStarts };
  }

  /** Scans until there are `limit` tokens or the source ends. */
  private loop(limit: number): void {
    const s = this.src;
    const n = this.n;
    while (this.tokens.length < limit) {
      let blank = false;
      let wsFrom = this.pos;
      if (this.atBol) {
        this.atBol = false;
        let col = 0;
        let alt = 0;
        let contCol = -1;
        let p = this.pos;
        for (;;) {
          const c = s.charCodeAt(p);
          if (c === 32) {
            col++;
            alt++;
          } else if (c === 9) {
            col = ((col >> 3) + 1) << 3;
            alt++;
          } else if (c === 12) {
            col = alt = 0;
          } else if (c === 92 && (s.charCodeAt(p + 1) === 10 || s.charCodeAt(p + 1) === 13)) {
            if (contCol < 0) contCol = col;
            p++;
            if (s.charCodeAt(p) === 13 && s.charCodeAt(p + 1) === 10) p++;
            this.newline(p + 1);
          } else break;
          p++;
        }
        this.pos = p;
        const c = p < n ? s.charCodeAt(p) : -1;
        if (c === 35 || c === 10 || c === 13) blank = true;
        else if (c === -1 && this.trivia) blank = true;
        if (!blank && this.depth === 0 && c !== -1) {
          if (contCol >= 0) col = alt = contCol;
          const top = this.indents.length - 1;
          if (col === this.indents[top]) {
            if (alt !== this.altIndents[top]) this.tabError();
          } else if (col > this.indents[top]) {
            if (this.indents.length >= 100) this.error('IndentationError', 'too many levels of indentation', p);
            if (alt <= this.altIndents[top]) this.tabError();
            this.indents.push(col);
            this.altIndents.push(alt);
            this.push(T.INDENT, this.lineStart, p, this.lineno, this.lineStart);
          } else {
            let k = top;
            let nd = 0;
            while (k > 0 && col < this.indents[k]) {
              k--;
              nd++;
            }
            if (col !== this.indents[k]) {
              if (c === -1) {
                // EOF: dedent fully
              } else {
                let le = s.indexOf('\n', p);
                if (le < 0) le = n - 1;
                this.cols(le + 1, this.lineStart);
                this.error('IndentationError', 'unindent does not match any outer indentation level', p, this.lineStart, this.lineno, -1, this.outCol, -1);
              }
            }
            if (col === this.indents[k] && alt !== this.altIndents[k]) this.tabError();
            for (let j = 0; j < nd; j++) {
              this.indents.pop();
              this.altIndents.pop();
              this.push(T.DEDENT, p, p, this.lineno, this.lineStart, '');
            }
          }
        }
        // tokenize.py scans a bracketed continuation line from column 0
        if (this.depth === 0) wsFrom = this.pos;
      }
      this.wsStart = wsFrom;
      // skip whitespace
      let p = this.pos;
      let c = s.charCodeAt(p);
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++p);
      this.pos = p;
      if (p >= n) {
        this.finish();
        return;
      }
      let commentStart = -1;
      if (c === 35) {
        // comment
        commentStart = p;
        let e = p;
        while (e < n) {
          const d = s.charCodeAt(e);
          if (d === 10 || d === 13) break;
          e++;
        }
        if (this.trivia) this.push(T.COMMENT, p, e, this.lineno, this.lineStart);
        this.pos = p = e;
        if (p >= n) {
          this.finish();
          return;
        }
        c = s.charCodeAt(p);
      }
      if (c === 10 || c === 13) {
        let e = p + 1;
        if (c === 13 && s.charCodeAt(e) === 10) e++;
        const nl = blank || this.depth > 0;
        if (!nl) {
          // CPython's NEWLINE token starts at a preceding comment and ends at the '\n'
          if (this.trivia) this.push(T.NEWLINE, p, e, this.lineno, this.lineStart);
          else this.push(T.NEWLINE, commentStart >= 0 ? commentStart : p, p, this.lineno, this.lineStart, '\n');
          this.contLine = false;
        } else if (this.trivia) {
          this.push(T.NL, p, e, this.lineno, this.lineStart);
        }
        this.newline(e);
        this.pos = e;
        this.atBol = true;
        continue;
      }
      this.token(c);
    }
  }

  private tabError(): never {
    this.error('TabError', 'inconsistent use of tabs and spaces in indentation', this.pos, this.lineStart, this.lineno, -1, 1, 0);
  }

  private finish(): void {
    this.done = true;
    const p = this.n;
    if (this.trivia) {
      // tokenize.py: a final NEWLINE '' if the last logical line wasn't terminated
      const last = this.tokens[this.tokens.length - 1];
      const lastCh = this.src.charCodeAt(p - 1);
      if (last && last.type !== T.NEWLINE && last.type !== T.NL && last.type !== T.DEDENT && last.type !== T.INDENT && last.type !== T.COMMENT && lastCh !== 10 && lastCh !== 13) {
        if (this.depth === 0) {
          this.cols(p, this.lineStart);
          this.tokens.push(this.mk(T.NEWLINE, '', this.lineno, this.outCol, this.outBcol, this.lineno, this.outCol + 1, this.outBcol + 1, this.lineStart));
        }
      } else if (last && last.type === T.COMMENT) {
        this.push(T.NL, p, p, this.lineno, this.lineStart, '');
      }
    }
    if (this.depth === 0 || this.trivia) {
      let lastLs = this.lineStart;
      let lastLn = this.lineno;
      if (lastLs >= p && this.lineStarts.length >= 2) {
        lastLs = this.lineStarts[this.lineStarts.length - 2];
        lastLn = this.lineno - 1;
      }
      this.cols(p, lastLs);
      const eofCol = this.outCol;
      const eofBcol = this.outBcol;
      for (let i = this.indents.length - 1; i > 0; i--) {
        if (!this.trivia) {
          this.tokens.push(this.mk(T.DEDENT, '', lastLn, eofCol, eofBcol, lastLn, eofCol, eofBcol, lastLs));
          continue;
        }
        if (this.trivia) {
          this.tokens.push(this.mk(T.DEDENT, '', this.lineno + (this.lineStart < p ? 1 : 0), 0, 0, this.lineno + (this.lineStart < p ? 1 : 0), 0, 0, p));
        } else this.push(T.DEDENT, p, p, this.lineno, this.lineStart, '');
      }
      this.indents.length = 1;
      if (this.trivia) {
        const ln = this.lineno + (this.lineStart < p ? 1 : 0);
        this.tokens.push(this.mk(T.ENDMARKER, '', ln, 0, 0, ln, 0, 0, p));
      } else this.tokens.push(this.mk(T.ENDMARKER, '', lastLn, eofCol, eofBcol, lastLn, eofCol, eofBcol, lastLs));
    } else {
      this.push(T.ERRORTOKEN, p, p, this.lineno, this.lineStart, '');
    }
  }

  private token(c: number): void {
    const s = this.src;
    const start = this.pos;
    let p = start;
    // identifiers and string prefixes
    if (isAsciiIdStart(c) || c >= 128) {
      let nonAscii = false;
      while (p < this.n) {
        const d = s.charCodeAt(p);
        if (isAsciiIdCont(d)) p++;
        else if (d >= 128) {
          nonAscii = true;
          p++;
        } else break;
      }
      const q = s.charCodeAt(p);
      if ((q === 34 || q === 39) && !nonAscii && p - start <= 2 && isStringPrefix(s.slice(start, p))) {
        this.string(start, p);
        return;
      }
      let word = s.slice(start, p);
      if (nonAscii && this.trivia) {
        // tokenize.py matches names with `\w+` (letters, numbers, '_'; no
        // marks), without normalisation: a character outside \w is an
        // ERRORTOKEN, and a \w run whose first character cannot start an
        // identifier (e.g. '²') falls through to its OP branch.
        const m = PY_WORD_RE.exec(word);
        const k = m ? m[0].length : 0;
        if (k === 0) {
          const w = word.codePointAt(0)! > 0xffff ? 2 : 1;
          this.pos = start + w;
          this.push(T.ERRORTOKEN, start, start + w, this.lineno, this.lineStart);
          return;
        }
        p = start + k;
        word = s.slice(start, p);
        if (!ID_START_RE.test(String.fromCodePoint(word.codePointAt(0)!))) {
          this.pos = p;
          this.push(T.OP, start, p, this.lineno, this.lineStart, word);
          return;
        }
      } else if (nonAscii) {
        const norm = word.normalize('NFKC');
        const bad = badIdentifierChar(word);
        if (bad >= 0) {
          const cp = word.codePointAt(bad)!;
          const ch = String.fromCodePoint(cp);
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          if (NONPRINT_RE.test(ch)) this.error('SyntaxError', `invalid non-printable character U+${hex}`, start + bad);
          this.error('SyntaxError', `invalid character '${ch}' (U+${hex})`, start + bad);
        }
        if (norm !== word && badIdentifierChar(norm) >= 0) {
          this.error('SyntaxError', 'invalid character in identifier', start);
        }
        word = norm;
      }
      this.pos = p;
      this.push(T.NAME, start, p, this.lineno, this.lineStart, word);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(p + 1)))) {
      this.number(start);
      return;
    }
    if (c === 34 || c === 39) {
      this.string(start, start);
      return;
    }
    if (c === 92) {
      // line continuation
      const d = s.charCodeAt(p + 1);
      if (d === 10 || d === 13) {
        p += 2;
        if (d === 13 && s.charCodeAt(p) === 10) p++;
        this.newline(p);
        this.pos = p;
        this.contLine = true;
        if (p >= this.n) {
          const bl = this.lineStarts[this.lineStarts.length - 2];
          this.cols(start + 1, bl);
          this.error('SyntaxError', 'unexpected EOF while parsing', start + 1, bl, this.lineno - 1, -1, this.outCol + 1, -1);
        }
        return;
      }
      this.error('SyntaxError', 'unexpected character after line continuation character', p + 1, this.lineStart, this.lineno, -1, -1, 0);
    }
    // operators (on char codes; the op strings come from interned tables)
    const c1 = s.charCodeAt(p + 1);
    let op: string | undefined = c1 < 128 && c < 128 ? OP2[c * 128 + c1] : undefined;
    if (op !== undefined) {
      const c2 = s.charCodeAt(p + 2);
      if (c2 === 61) {
        const o3 = OP3.get(op);
        if (o3) op = o3;
      }
    } else if (c === 46 && c1 === 46 && s.charCodeAt(p + 2) === 46) op = '...';
    else op = c < 128 ? OP1[c] : undefined;
    if (op === undefined) {
      if (c === 33 /* ! */ || c === 36 || c === 63 || c === 96 || this.trivia) {
        // CPython yields ERRORTOKEN → generic invalid syntax at this char
        const w = s.codePointAt(p)! > 0xffff ? 2 : 1;
        this.pos = p + w;
        this.push(T.ERRORTOKEN, p, p + w, this.lineno, this.lineStart);
        return;
      }
      const cp = s.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      if (NONPRINT_RE.test(ch) || cp < 32) this.error('SyntaxError', `invalid non-printable character U+${hex}`, p);
      this.error('SyntaxError', `invalid character '${ch}' (U+${hex})`, p);
    }
    if (op === '<>') {
      // Barry-as-FLUFL: '<>' is only valid with the easter egg; tokenize as '<' then '>'
      op = '<';
    }
    const oc = op.charCodeAt(0);
    if (op.length === 1) {
      if (oc === 40 || oc === 91 || oc === 123) {
        if (this.depth >= MAX_PARENS) this.error('SyntaxError', 'too many nested parentheses', p);
        const k = this.depth++;
        this.parenCh[k] = op;
        this.parenIdx[k] = p;
        this.parenLine[k] = this.lineno;
        this.parenLs[k] = this.lineStart;
      } else if (oc === 41 || oc === 93 || oc === 125) {
        if (!this.trivia) {
          if (this.depth === 0) this.error('SyntaxError', `unmatched '${op}'`, p);
          const k = --this.depth;
          const openCh = this.parenCh[k];
          const openLine = this.parenLine[k];
          const want = openCh === '(' ? ')' : openCh === '[' ? ']' : '}';
          if (want !== op) {
            if (openLine !== this.lineno) {
              this.error(
                'SyntaxError',
                `closing parenthesis '${op}' does not match opening parenthesis '${openCh}' on line ${openLine}`,
                p,
              );
            }
            this.error('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${openCh}'`, p);
          }
        } else if (this.depth > 0) this.depth--;
      }
    }
    this.pos = p + op.length;
    this.push(T.OP, p, this.pos, this.lineno, this.lineStart, op);
  }

  private number(start: number): void {
    const s = this.src;
    let p = start;
    if (this.trivia) {
      // tokenize.py's Number regex: never an error, it just stops matching
      // (`0777` is NUMBER '0' then NUMBER '777'; `1_` is '1' then NAME '_')
      PY_NUMBER_RE.lastIndex = start;
      PY_NUMBER_RE.exec(s);
      this.pos = PY_NUMBER_RE.lastIndex;
      this.push(T.NUMBER, start, this.pos, this.lineno, this.lineStart);
      return;
    }
    let c = s.charCodeAt(p);
    const decimalTail = (): void => {
      // digits with single underscores between them
      for (;;) {
        while (isDigit(s.charCodeAt(p))) p++;
        if (s.charCodeAt(p) !== 95) break;
        p++;
        if (!isDigit(s.charCodeAt(p))) {
          this.error('SyntaxError', 'invalid decimal literal', p - 1);
        }
      }
    };
    const exponentAndImag = (): void => {
      const e = s.charCodeAt(p);
      if (e === 101 || e === 69) {
        let q = p + 1;
        const sign = s.charCodeAt(q);
        if (sign === 43 || sign === 45) q++;
        if (!isDigit(s.charCodeAt(q))) {
          // not an exponent after all: `1e` → invalid decimal literal
          this.verifyEnd(start, p, 'decimal');
          return;
        }
        p = q;
        decimalTail();
      }
      const j = s.charCodeAt(p);
      if (j === 106 || j === 74) p++;
    };
    if (c === 46) {
      // .5
      p++;
      decimalTail();
      exponentAndImag();
      this.verifyEnd(start, p, 'decimal');
    } else if (c === 48) {
      p++;
      c = s.charCodeAt(p);
      if (c === 120 || c === 88 || c === 111 || c === 79 || c === 98 || c === 66) {
        const kind = c === 120 || c === 88 ? 'hexadecimal' : c === 111 || c === 79 ? 'octal' : 'binary';
        p++;
        const ok = (d: number): boolean =>
          kind === 'hexadecimal' ? isHex(d) : kind === 'octal' ? d >= 48 && d <= 55 : d === 48 || d === 49;
        let any = false;
        for (;;) {
          if (s.charCodeAt(p) === 95) p++;
          const d = s.charCodeAt(p);
          if (!ok(d)) {
            if (kind !== 'hexadecimal' && isDigit(d)) {
              this.error('SyntaxError', `invalid digit '${String.fromCharCode(d)}' in ${kind} literal`, p);
            }
            if (!any || s.charCodeAt(p - 1) === 95) this.error('SyntaxError', `invalid ${kind} literal`, p - 1);
            break;
          }
          any = true;
          while (ok(s.charCodeAt(p))) p++;
          if (s.charCodeAt(p) !== 95) {
            const d2 = s.charCodeAt(p);
            if (kind !== 'hexadecimal' && isDigit(d2)) {
              this.error('SyntaxError', `invalid digit '${String.fromCharCode(d2)}' in ${kind} literal`, p);
            }
            break;
          }
        }
        this.verifyEnd(start, p, kind);
      } else {
        let nonzero = false;
        // leading zeros
        for (;;) {
          while (s.charCodeAt(p) === 48) p++;
          if (s.charCodeAt(p) === 95) {
            p++;
            if (!isDigit(s.charCodeAt(p))) this.error('SyntaxError', 'invalid decimal literal', p - 1);
            continue;
          }
          break;
        }
        const zerosEnd = p;
        if (isDigit(s.charCodeAt(p))) {
          nonzero = true;
          decimalTail();
        }
        c = s.charCodeAt(p);
        if (c === 46) {
          p++;
          decimalTail();
          exponentAndImag();
        } else if (c === 101 || c === 69) {
          exponentAndImag();
        } else if (c === 106 || c === 74) {
          p++;
        } else if (nonzero && this.trivia) {
          // tokenize.py's regex matches the zeros alone as a NUMBER
          p = zerosEnd;
        } else if (nonzero) {
          this.error(
            'SyntaxError',
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            start,
            this.lineStart,
            this.lineno,
            zerosEnd,
          );
        }
        this.verifyEnd(start, p, 'decimal');
      }
    } else {
      decimalTail();
      c = s.charCodeAt(p);
      if (c === 46) {
        p++;
        decimalTail();
      }
      exponentAndImag();
      this.verifyEnd(start, p, 'decimal');
    }
    this.pos = p;
    this.push(T.NUMBER, start, p, this.lineno, this.lineStart);
  }

  /** CPython's verify_end_of_number: a number may not run into a name (except some keywords). */
  private verifyEnd(start: number, p: number, kind: string): void {
    const s = this.src;
    const c = s.charCodeAt(p);
    if (!(isAsciiIdCont(c) || c >= 128)) return;
    // keywords allowed right after a number (deprecated): and else for if in is not or
    const kws = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];
    for (const kw of kws) {
      if (s.startsWith(kw, p)) {
        return;
      }
    }
    const last = s.charCodeAt(p - 1);
    if (kind === 'decimal' && (last === 106 || last === 74)) kind = 'imaginary';
    this.error('SyntaxError', `invalid ${kind} literal`, p - 1);
  }

  private string(start: number, qpos: number): void {
    const s = this.src;
    const q = s.charCodeAt(qpos);
    let p = qpos + 1;
    const startLineno = this.lineno;
    const startLs = this.lineStart;
    let triple = false;
    if (s.charCodeAt(p) === q && s.charCodeAt(p + 1) === q) {
      triple = true;
      p += 2;
    }
    const n = this.n;
    if (triple) {
      for (;;) {
        if (p >= n) {
          this.error(
            'SyntaxError',
            `unterminated triple-quoted string literal (detected at line ${this.lineStart >= n && this.lineno > 1 ? this.lineno - 1 : this.lineno})`,
            start,
            startLs,
            startLineno,
            -1, -1, null,
          );
        }
        const c = s.charCodeAt(p);
        if (c === q && s.charCodeAt(p + 1) === q && s.charCodeAt(p + 2) === q) {
          p += 3;
          break;
        }
        if (c === 92) {
          p++;
          const d = s.charCodeAt(p);
          if (d === 10 || d === 13) {
            p++;
            if (d === 13 && s.charCodeAt(p) === 10) p++;
            this.newline(p);
          } else if (p < n) p++;
          continue;
        }
        if (c === 10 || c === 13) {
          p++;
          if (c === 13 && s.charCodeAt(p) === 10) p++;
          this.newline(p);
          continue;
        }
        p++;
      }
    } else {
      for (;;) {
        const c = p < n ? s.charCodeAt(p) : -1;
        if (c === q) {
          p++;
          break;
        }
        if (c === -1 || c === 10 || c === 13) {
          if (this.trivia && startLineno === this.lineno) {
            // tokenize.py: no string pattern matches; the prefix is a NAME,
            // the quote an ERRORTOKEN, and scanning resumes after the quote
            if (qpos > start) this.push(T.NAME, start, qpos, this.lineno, this.lineStart);
            this.pos = qpos + 1;
            this.push(T.ERRORTOKEN, qpos, qpos + 1, this.lineno, this.lineStart);
            return;
          }
          if (this.trivia) {
            // tokenize.py: a backslash-continued string that then ends
            // unterminated is one ERRORTOKEN up to the end of this line
            let e = p;
            if (c === 13 && s.charCodeAt(e + 1) === 10) e += 2;
            else if (c !== -1) e++;
            this.wsStart = start;
            this.push(T.ERRORTOKEN, start, e, startLineno, startLs);
            this.pos = e;
            if (c !== -1) {
              this.newline(e);
              this.atBol = true;
            }
            return;
          }
          // a backslash-newline just before the end: CPython's line count stays put
          const at = c === -1 && this.lineStart >= n && this.lineno > startLineno ? this.lineno - 1 : this.lineno;
          this.error('SyntaxError', `unterminated string literal (detected at line ${at})`, start, startLs, startLineno);
        }
        if (c === 92) {
          p++;
          const d = s.charCodeAt(p);
          if (d === 10 || d === 13) {
            p++;
            if (d === 13 && s.charCodeAt(p) === 10) p++;
            this.newline(p);
          } else if (p < n) p++;
          continue;
        }
        p++;
      }
    }
    this.pos = p;
    this.push(T.STRING, start, p, startLineno, startLs);
  }
}
