/**
 * String literals: prefix handling, escape decoding, implicit concatenation
 * and 3.11-style f-strings (the tokenizer yields one STRING token; its inside
 * is parsed here into JoinedStr/FormattedValue), mirroring CPython 3.11's
 * Parser/string_parser.c, including its position conventions.
 */
import type * as A from './ast.js';
import { Tok } from './tokens.js';
import { utf8Len } from './parser_base.js';
import { lookupUnicodeName } from './unicode_names.js';
import { ConstSurrogateStr } from '../bytecode/constants.js';

/** A decoded str literal: a JS string, or code points where escaped surrogates would pair up. */
export type PyStrValue = string | ConstSurrogateStr;

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}
function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Code points of a faithful JS string (pairs are real astral characters; lone surrogates stand alone). */
function codePointsOf(s: string, out: number[]): void {
  for (const ch of s) out.push(ch.codePointAt(0)!);
}

/**
 * Python str concatenation of two decoded values. Plain strings stay plain
 * unless `a` ends in a lone high surrogate and `b` starts with a lone low one:
 * joined as UTF-16 they would merge into one code point, so the result keeps
 * its code points instead.
 */
export function concatPyStr(a: PyStrValue, b: PyStrValue): PyStrValue {
  if (typeof a === 'string' && typeof b === 'string') {
    if (!(a.length && b.length && isHigh(a.charCodeAt(a.length - 1)) && isLow(b.charCodeAt(0)))) return a + b;
  }
  const cps: number[] = [];
  if (typeof a === 'string') codePointsOf(a, cps);
  else cps.push(...a.codePoints);
  if (typeof b === 'string') codePointsOf(b, cps);
  else cps.push(...b.codePoints);
  return new ConstSurrogateStr(cps);
}

/** What fstring.ts needs from the parser. */
export interface StringHost {
  parseFStringExpr(text: string, tok: Tok, lines: number, cols: number): A.expr;
  raiseAtTok(msg: string, t: Tok): never;
  raiseAfter(msg: string): never;
  escapedBytes: boolean;
}

/** CPython's error for a string literal holding bytes that are not UTF-8 (source read as bytes). */
function checkEscapedBytes(p: Parsed, host: StringHost): void {
  const m = /(?<![\ud800-\udbff])[\udc80-\udcff]/.exec(p.body);
  if (!m) return;
  const byte = m[0].charCodeAt(0) - 0xdc00;
  const pos = utf8Len(p.body.slice(0, m.index));
  const why = byte >= 0x80 && byte < 0xc2 ? 'invalid start byte' : byte >= 0xf5 ? 'invalid start byte' : 'invalid continuation byte';
  host.raiseAfter(`(unicode error) 'utf-8' codec can't decode byte 0x${byte.toString(16)} in position ${pos}: ${why}`);
}

interface Parsed {
  bytes: boolean;
  raw: boolean;
  fstr: boolean;
  /** Offset of the body in the token text, and the body itself. */
  bodyStart: number;
  body: string;
}

function splitToken(t: Tok): Parsed {
  const s = t.value;
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstr = false;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) break;
    if (c === 98 || c === 66) bytes = true;
    else if (c === 114 || c === 82) raw = true;
    else if (c === 102 || c === 70) fstr = true;
    i++;
  }
  const q = s.charCodeAt(i);
  let ql = 1;
  if (s.length - i >= 6 && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) ql = 3;
  return { bytes, raw, fstr, bodyStart: i + ql, body: s.slice(i + ql, s.length - ql) };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

class EscapeError {
  constructor(public msg: string) {}
}

/**
 * Decodes backslash escapes of a (non-raw) str literal body, as `unicode_escape` does.
 * Returns a `ConstSurrogateStr` only when an escaped high surrogate is
 * directly followed by an escaped low one (`'\\ud800\\udc00'`).
 */
export function decodeStrEscapes(s: string): PyStrValue {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  // set once escapes would pair up: from then on the text is kept as code points
  let cps: number[] | null = null;
  const emit = (t: string): void => {
    if (cps) codePointsOf(t, cps);
    else out += t;
  };
  let i = 0;
  const n = s.length;
  let chunk = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      i++;
      continue;
    }
    emit(s.slice(chunk, i));
    const escStart = i;
    i++;
    if (i >= n) throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${utf8Len(s.slice(0, escStart))}: \\ at end of string`);
    const e = s[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      emit(simple);
      i++;
    } else if (e >= '0' && e <= '7') {
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && s[i] >= '0' && s[i] <= '7') {
        v = v * 8 + (s.charCodeAt(i) - 48);
        i++;
        k++;
      }
      emit(String.fromCodePoint(v));
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = s.slice(i + 1, i + 1 + len);
      if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
        let k = 0;
        while (k < hex.length && /[0-9a-fA-F]/.test(hex[k])) k++;
        const pos = utf8Len(s.slice(0, escStart));
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + 1 + k}: truncated ${what} escape`);
      }
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) {
        const pos = utf8Len(s.slice(0, escStart));
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + 1 + len}: illegal Unicode character`);
      }
      if (cps) cps.push(v);
      else if (isLow(v) && out.length && isHigh(out.charCodeAt(out.length - 1))) {
        // only an escape can leave a lone high surrogate at the end of `out`
        cps = [];
        codePointsOf(out, cps);
        cps.push(v);
      } else out += String.fromCodePoint(v);
      i += 1 + len;
    } else if (e === 'N') {
      const pos = utf8Len(s.slice(0, escStart));
      if (s[i + 1] !== '{') throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + 1}: malformed \\N character escape`);
      const close = s.indexOf('}', i + 2);
      if (close < 0) throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + 1 + utf8Len(s.slice(i, n)) - 1}: malformed \\N character escape`);
      const name = s.slice(i + 2, close);
      const cp = lookupUnicodeName(name);
      if (cp === undefined) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + utf8Len(s.slice(escStart, close))}: unknown Unicode character name`);
      }
      emit(String.fromCodePoint(cp));
      i = close + 1;
    } else {
      // invalid escape: kept verbatim (a DeprecationWarning in CPython)
      emit('\\');
    }
    chunk = i;
  }
  if (cps) {
    codePointsOf(s.slice(chunk), cps);
    return new ConstSurrogateStr(cps);
  }
  out += s.slice(chunk);
  return out;
}

/** Decodes a bytes literal body (raw or not) into bytes. */
function decodeBytes(s: string, raw: boolean): Uint8Array | string {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return 'bytes can only contain ASCII literal characters';
    if (c !== 92 || raw) {
      out.push(c);
      continue;
    }
    i++;
    if (i >= n) throw new EscapeError("(value error) Trailing \\ in string");
    const e = s[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple.length) out.push(simple.charCodeAt(0));
    } else if (e >= '0' && e <= '7') {
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && s[i] >= '0' && s[i] <= '7') {
        v = v * 8 + (s.charCodeAt(i) - 48);
        i++;
        k++;
      }
      i--;
      out.push(v & 0xff);
    } else if (e === 'x') {
      const hex = s.slice(i + 1, i + 3);
      if (hex.length < 2 || !/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new EscapeError(`(value error) invalid \\x escape at position ${i - 1}`);
      }
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(92, s.charCodeAt(i));
    }
  }
  return new Uint8Array(out);
}

/** Accumulates the parts of an implicitly concatenated string group (FstringParser in CPython). */
class Builder {
  lastStr: PyStrValue | null = null;
  values: A.expr[] = [];
  constructor(private first: Tok, private lastTok: Tok) {}
  add(s: PyStrValue): void {
    if (typeof s === 'string' ? s.length === 0 : s.codePoints.length === 0) return;
    this.lastStr = this.lastStr === null ? s : concatPyStr(this.lastStr, s);
  }
  flush(first: Tok = this.first, last: Tok = this.lastTok): void {
    if (this.lastStr !== null) {
      this.values.push(makeStr(this.lastStr, first, first, last));
      this.lastStr = null;
    }
  }
}

function makeStr(s: PyStrValue, kindTok: Tok, first: Tok, last: Tok): A.Constant {
  return {
    _type: 'Constant', value: s, kind: kindTok.value.charCodeAt(0) === 117 ? 'u' : null,
    lineno: first.lineno, col_offset: first.bcol, end_lineno: last.endLineno, end_col_offset: last.endBcol,
  };
}

/** Parses a group of adjacent STRING tokens into a Constant or JoinedStr. */
export function parseStringGroup(toks: Tok[], host: StringHost): A.expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  const parts = toks.map(splitToken);
  const bytesMode = parts[0].bytes;
  if (host.escapedBytes) for (const p of parts) checkEscapedBytes(p, host);
  let fmode = false;
  for (let k = 0; k < parts.length; k++) {
    if (parts[k].bytes !== bytesMode) host.raiseAfter('cannot mix bytes and nonbytes literals');
    if (parts[k].fstr) fmode = true;
  }
  const pos = { lineno: first.lineno, col_offset: first.bcol, end_lineno: last.endLineno, end_col_offset: last.endBcol };
  if (bytesMode) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let k = 0; k < parts.length; k++) {
      let b: Uint8Array | string;
      try {
        b = decodeBytes(parts[k].body, parts[k].raw);
      } catch (e) {
        if (e instanceof EscapeError) host.raiseAfter(e.msg);
        throw e;
      }
      if (typeof b === 'string') host.raiseAtTok(b, toks[k]);
      chunks.push(b);
      total += b.length;
    }
    let value: Uint8Array;
    if (chunks.length === 1) value = chunks[0];
    else {
      value = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) {
        value.set(c, o);
        o += c.length;
      }
    }
    return { _type: 'Constant', value, kind: null, ...pos };
  }
  if (!fmode) {
    let value: PyStrValue = '';
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      const v = p.raw ? p.body : decodeStr(p.body, host, toks[k]);
      value = concatPyStr(value, v);
    }
    return makeStr(value, first, first, last);
  }
  const b = new Builder(first, last);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!p.fstr) {
      b.add(p.raw ? p.body : decodeStr(p.body, host, toks[k]));
      continue;
    }
    const fp = new FParser(p, toks[k], host, first, last);
    fp.parse(b, 0);
  }
  b.flush();
  return { _type: 'JoinedStr', values: b.values, ...pos };
}

function decodeStr(body: string, host: StringHost, t: Tok): PyStrValue {
  try {
    return decodeStrEscapes(body);
  } catch (e) {
    if (e instanceof EscapeError) host.raiseAfter(e.msg);
    throw e;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Parses the body of one f-string token. */
class FParser {
  private s: string;
  private i: number;
  private end: number;
  constructor(private p: Parsed, private t: Tok, private host: StringHost, private first: Tok, private last: Tok) {
    // Work on the whole token text so offsets for positions are easy.
    this.s = t.value;
    this.i = p.bodyStart;
    this.end = p.bodyStart + p.body.length;
  }

  private err(msg: string): never {
    return this.host.raiseAfter(msg);
  }

  /** fstring_parse / FstringParser_ConcatFstring: literal and expression parts until the end or a '}' (nested). */
  parse(b: Builder, level: number): void {
    for (;;) {
      const [lit, doubled] = this.findLiteral(level);
      if (lit) b.add(lit);
      if (doubled) continue;
      if (this.i >= this.end || this.s.charCodeAt(this.i) === 125) break;
      // at '{'
      const fv = this.findExpr(level, b);
      b.flush();
      b.values.push(fv);
    }
    if (level === 0 && this.i < this.end) this.err("f-string: unexpected end of string");
    if (level !== 0 && (this.i >= this.end || this.s.charCodeAt(this.i) !== 125)) this.err("f-string: expecting '}'");
  }

  private findLiteral(level: number): [PyStrValue, boolean] {
    const s = this.s;
    const start = this.i;
    let j = this.i;
    const end = this.end;
    const raw = this.p.raw;
    let doubled = false;
    let stop = end;
    while (j < end) {
      let ch = s.charCodeAt(j++);
      if (!raw && ch === 92 && j < end) {
        ch = s.charCodeAt(j++);
        if (ch === 78 /* N */) {
          if (j < end && s.charCodeAt(j++) === 123) {
            while (j < end && s.charCodeAt(j++) !== 125) {
              /* skip name */
            }
          }
          stop = j;
          continue;
        }
      }
      if (ch === 123 || ch === 125) {
        if (level === 0) {
          if (j < end && s.charCodeAt(j) === ch) {
            stop = j;
            this.i = j + 1;
            doubled = true;
            break;
          }
          if (ch === 125) {
            this.i = j - 1;
            this.err("f-string: single '}' is not allowed");
          }
        }
        j--;
        stop = j;
        break;
      }
      stop = j;
    }
    if (!doubled) this.i = stop;
    if (stop === start) return ['', doubled];
    const text = s.slice(start, stop);
    return [raw ? text : decodeStr(text, this.host, this.t), doubled];
  }

  /** fstring_find_expr: one replacement field, `{` current. */
  private findExpr(level: number, b: Builder): A.FormattedValue {
    if (level >= 2) this.err('f-string: expressions nested too deeply');
    const s = this.s;
    const end = this.end;
    const brace = this.i;
    this.i++;
    const exprStart = this.i;
    let quote = 0;
    let stringType = 0;
    const stack: number[] = [];
    let j = this.i;
    for (; j < end; j++) {
      const ch = s.charCodeAt(j);
      if (ch === 92) this.err('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (j + 2 < end && s.charCodeAt(j + 1) === ch && s.charCodeAt(j + 2) === ch) {
              j += 2;
              stringType = 0;
              quote = 0;
              continue;
            }
          } else {
            stringType = 0;
            quote = 0;
            continue;
          }
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        if (j + 2 < end && s.charCodeAt(j + 1) === ch && s.charCodeAt(j + 2) === ch) {
          stringType = 3;
          j += 2;
        } else stringType = 1;
        quote = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (stack.length >= 200) this.err('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === 35) {
        this.err("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
        if (j + 1 < end) {
          const nx = s.charCodeAt(j + 1);
          if ((ch === 33 && nx === 61) || (ch === 61 && nx === 61) || (ch === 60 && nx === 61) || (ch === 62 && nx === 61)) {
            j++;
            continue;
          }
        }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (!stack.length) this.err(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const open = stack.pop()!;
        if (!((open === 40 && ch === 41) || (open === 91 && ch === 93) || (open === 123 && ch === 125))) {
          this.err(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open)}'`);
        }
      }
    }
    const exprEnd = j;
    this.i = j;
    if (quote) this.err('f-string: unterminated string');
    if (stack.length) this.err(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
    if (this.i >= end) this.err("f-string: expecting '}'");
    const exprText = s.slice(exprStart, exprEnd);
    let allWs = true;
    for (let k = 0; k < exprText.length; k++) {
      if (!isSpace(exprText.charCodeAt(k))) {
        allWs = false;
        break;
      }
    }
    if (allWs) this.err('f-string: empty expression not allowed');
    // location (fstring_find_expr_location)
    let lines = 0;
    let cols = 0;
    let nlAfterBrace = true;
    for (let k = brace + 1; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) {
        nlAfterBrace = false;
        break;
      }
    }
    if (!nlAfterBrace) {
      let k = brace;
      while (k > 0 && s.charCodeAt(k) !== 10) k--;
      cols = utf8Len(s.slice(k, brace));
      if (s.charCodeAt(k) === 10) cols -= 1;
    }
    for (let k = 0; k < brace; k++) if (s.charCodeAt(k) === 10) lines++;
    const value = this.host.parseFStringExpr(exprText, this.t, lines, cols);
    let exprTextForDebug: string | null = null;
    if (s.charCodeAt(this.i) === 61) {
      this.i++;
      while (this.i < end && isSpace(s.charCodeAt(this.i))) this.i++;
      if (this.i >= end) this.err("f-string: expecting '}'");
      exprTextForDebug = s.slice(exprStart, this.i);
    }
    let conversion = -1;
    if (s.charCodeAt(this.i) === 33) {
      this.i++;
      if (this.i >= end) this.err("f-string: expecting '}'");
      conversion = s.charCodeAt(this.i);
      this.i++;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        this.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: A.expr | null = null;
    if (this.i < end && s.charCodeAt(this.i) === 58) {
      this.i++;
      if (this.i >= end) this.err("f-string: expecting '}'");
      const sb = new Builder(this.first, this.last);
      this.parse(sb, level + 1);
      sb.flush(this.t, this.t);
      formatSpec = {
        _type: 'JoinedStr', values: sb.values,
        lineno: this.t.lineno, col_offset: this.t.bcol, end_lineno: this.t.endLineno, end_col_offset: this.t.endBcol,
      };
    }
    if (this.i >= end || s.charCodeAt(this.i) !== 125) this.err("f-string: expecting '}'");
    this.i++;
    if (exprTextForDebug !== null) {
      b.add(exprTextForDebug);
      if (formatSpec === null && conversion === -1) conversion = 114;
    }
    return {
      _type: 'FormattedValue', value, conversion, format_spec: formatSpec,
      lineno: this.first.lineno, col_offset: this.first.bcol, end_lineno: this.last.endLineno, end_col_offset: this.last.endBcol,
    };
  }
}
