/**
 * Python regular-expression syntax → JavaScript RegExp source.
 *
 * This is the pure translation layer of the `re` module (no runtime objects):
 * `parsePattern` reads a Python 3.11 pattern with the same grammar and the same
 * error messages/positions as CPython's `Lib/re/_parser.py`, producing a small
 * AST; `emitJs` turns that AST into JS source for the `v` (unicode sets) flag.
 *
 * Semantics kept from Python (JS differs on all of these):
 * - `.` excludes only `\n`; `^`/`$`/`\A`/`\Z` are emitted as lookarounds
 *   (Python's `$` also matches before a final `\n`; MULTILINE only knows `\n`).
 * - `\d` `\w` `\s` `\b` are Unicode-aware for str patterns (ASCII for the `A`
 *   flag and bytes patterns), with Python's exact whitespace set.
 * - scoped inline flags `(?i:...)` / `(?s:...)` / `(?m:...)` / `(?x:...)`.
 * - atomic groups `(?>...)` and possessive quantifiers (new in 3.11) are
 *   emulated with `(?=(X))\k` (a hidden capture group).
 * Python group numbers are mapped to JS group numbers (`pyToJs`), since hidden
 * groups may be interleaved.
 *
 * Not translatable (raise `RegexError` naming the feature): conditional groups
 * `(?(1)a|b)` and `\N{...}` names. Known divergences: a backreference to a
 * group that did not participate matches '' (Python: fails), and a group
 * inside a repeated group is reset on each iteration (Python keeps the last
 * value), both JS RegExp semantics.
 */

/** Python's re flag bits (RegexFlag values). */
export const F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
  F_UNICODE = 32, F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256;

/** A Python `re.error`: message (already with " at position N"), bare msg and position. */
export class RegexError extends Error {
  constructor(readonly msg: string, readonly pattern: string | null, readonly pos: number | null) {
    super(formatRegexError(msg, pattern, pos));
  }
  get lineno(): number | null {
    return this.pos === null || this.pattern === null ? null : countNl(this.pattern, this.pos) + 1;
  }
  get colno(): number | null {
    if (this.pos === null || this.pattern === null) return null;
    const cps = Array.from(this.pattern);
    let last = -1;
    for (let i = 0; i < this.pos && i < cps.length; i++) if (cps[i] === '\n') last = i;
    return this.pos - last;
  }
}

function countNl(p: string, pos: number): number {
  const cps = Array.from(p);
  let n = 0;
  for (let i = 0; i < pos && i < cps.length; i++) if (cps[i] === '\n') n++;
  return n;
}

function formatRegexError(msg: string, pattern: string | null, pos: number | null): string {
  if (pattern === null || pos === null) return msg;
  let s = `${msg} at position ${pos}`;
  if (pattern.includes('\n')) {
    const cps = Array.from(pattern);
    let line = 1, last = -1;
    for (let i = 0; i < pos && i < cps.length; i++) if (cps[i] === '\n') { line++; last = i; }
    s += ` (line ${line}, column ${pos - last})`;
  }
  return s;
}

/** Character categories (`\d` ...): code and negation. */
type Cat = 'd' | 'D' | 's' | 'S' | 'w' | 'W';

/** AST of a parsed Python pattern. */
export type RNode =
  | { t: 'lit'; c: number; ci: boolean }
  | { t: 'any'; dotall: boolean }
  | { t: 'cat'; cat: Cat; ascii: boolean }
  | { t: 'set'; neg: boolean; items: SetItem[]; ci: boolean; ascii: boolean }
  | { t: 'seq'; items: RNode[] }
  | { t: 'alt'; alts: RNode[] }
  | { t: 'group'; index: number | null; body: RNode } // index null: non-capturing
  | { t: 'atomic'; body: RNode }
  | { t: 'look'; behind: boolean; neg: boolean; body: RNode }
  | { t: 'rep'; body: RNode; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive' }
  | { t: 'ref'; index: number }
  | { t: 'at'; kind: 'A' | 'Z' | 'b' | 'B' | 'bol' | 'eol' | 'bos' | 'eos'; ascii: boolean };

type SetItem = { lo: number; hi: number } | { cat: Cat };

/** Result of parsing: the AST plus the metadata Pattern objects expose. */
export interface ParsedPattern {
  root: RNode;
  /** Final flags (given flags | global inline flags | UNICODE for str patterns). */
  flags: number;
  /** Number of capturing groups. */
  groups: number;
  /** Group name → group number, in definition order. */
  groupindex: Map<string, number>;
  /** closeOrder[g]: rank of group g's closing parenthesis in the pattern (for Match.lastindex). */
  closeOrder: number[];
  /** True when a scoped group turns IGNORECASE off (then case folding is emitted per atom, not via the JS `i` flag). */
  scopedCaseOff: boolean;
}

const MAXREPEAT = 4294967295;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isOct = (c: number) => c >= 0x30 && c <= 0x37;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const ch = (s: string) => s.codePointAt(0)!;
const SIMPLE_ESC: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const FLAG_LETTERS: Record<string, number> = {
  i: F_IGNORECASE, L: F_LOCALE, m: F_MULTILINE, s: F_DOTALL, x: F_VERBOSE, a: F_ASCII, u: F_UNICODE,
};

/** Width bounds of a node (for the fixed-width look-behind rule). */
function width(n: RNode, gw: Map<number, [number, number]>): [number, number] {
  switch (n.t) {
    case 'lit': case 'any': case 'cat': case 'set': return [1, 1];
    case 'seq': {
      let lo = 0, hi = 0;
      for (const it of n.items) { const [a, b] = width(it, gw); lo += a; hi += b; }
      return [lo, hi];
    }
    case 'alt': {
      let lo = Infinity, hi = 0;
      for (const it of n.alts) { const [a, b] = width(it, gw); lo = Math.min(lo, a); hi = Math.max(hi, b); }
      return [lo === Infinity ? 0 : lo, hi];
    }
    case 'group': case 'atomic': return width(n.body, gw);
    case 'look': case 'at': return [0, 0];
    case 'rep': { const [a, b] = width(n.body, gw); return [a * n.min, n.max === Infinity ? (b === 0 ? 0 : Infinity) : b * n.max]; }
    case 'ref': return gw.get(n.index) ?? [0, Infinity];
  }
}

/** Recursive-descent parser over code points (mirrors the structure of sre's `_parse`). */
class Parser {
  readonly cps: number[];
  pos = 0;
  flags: number;
  groups = 0;
  groupindex = new Map<string, number>();
  open = new Set<number>();
  groupWidths = new Map<number, [number, number]>();
  closeOrder: number[] = [0];
  closeCount = 0;
  lookbehindDepth = 0;
  /** Flags added by global inline flags `(?i)` at the start. */
  globalAdd = 0;
  scopedCaseOff = false;

  constructor(readonly pattern: string, flags: number, readonly isBytes: boolean) {
    this.cps = Array.from(pattern, (s) => s.codePointAt(0)!);
    this.flags = flags;
  }

  err(msg: string, pos: number | null = this.pos): never {
    throw new RegexError(msg, this.pattern, pos);
  }
  peek(off = 0): number | undefined { return this.cps[this.pos + off]; }
  eof(): boolean { return this.pos >= this.cps.length; }
  next(): number | undefined { return this.pos < this.cps.length ? this.cps[this.pos++] : undefined; }
  match(c: string): boolean {
    if (this.cps[this.pos] === ch(c)) { this.pos++; return true; }
    return false;
  }
  str(a: number, b: number): string { return String.fromCodePoint(...this.cps.slice(a, b)); }

  /** alternation: seq ('|' seq)* */
  parseAlt(flags: number, nested: boolean, depth: number): RNode {
    const alts: RNode[] = [];
    for (;;) {
      alts.push(this.parseSeq(nested ? flags : flags | this.globalAdd, nested, depth, !nested && alts.length === 0));
      if (!this.match('|')) break;
    }
    if (!nested && !this.eof()) {
      if (this.peek() === ch(')')) this.err('unbalanced parenthesis');
      this.err('internal error in regular expression parser'); // unreachable
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  parseSeq(flags: number, nested: boolean, depth: number, first: boolean): RNode {
    const items: RNode[] = [];
    let lastIsRepeat = false;
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x7c /* | */ || c === 0x29 /* ) */) break;
      const start = this.pos;
      this.pos++;
      if (flags & F_VERBOSE) {
        if (WHITESPACE.has(c)) continue;
        if (c === 0x23 /* # */) {
          while (!this.eof() && this.peek() !== 0x0a) this.pos++;
          continue;
        }
      }
      // quantifiers
      let min = -1, max = -1;
      if (c === 0x2a) { min = 0; max = Infinity; }
      else if (c === 0x2b) { min = 1; max = Infinity; }
      else if (c === 0x3f) { min = 0; max = 1; }
      else if (c === 0x7b /* { */) {
        const r = this.tryBraces();
        if (r) [min, max] = r;
      }
      if (min >= 0) {
        const last = items[items.length - 1];
        if (!last || last.t === 'at') this.err('nothing to repeat', start);
        if (lastIsRepeat) this.err('multiple repeat', start);
        if (max < min) this.err('min repeat greater than max repeat', this.posAfterBraceOpen(start));
        let mode: 'greedy' | 'lazy' | 'possessive' = 'greedy';
        if (this.match('?')) mode = 'lazy';
        else if (this.match('+')) mode = 'possessive';
        items[items.length - 1] = { t: 'rep', body: last, min, max, mode };
        lastIsRepeat = true;
        continue;
      }
      lastIsRepeat = false;
      const atom = this.parseAtom(c, start, flags, depth, first && items.length === 0);
      if (atom === 'flags') continue; // (?#...) comments and similar produce nothing
      if (atom && typeof atom === 'object' && 'newFlags' in atom) {
        // global inline flags: they apply to everything from here (and were checked to be at the start)
        flags = atom.newFlags;
        continue;
      }
      items.push(atom as RNode);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private posAfterBraceOpen(start: number): number {
    return start + 1;
  }

  /** After '{': parse `m,n` `}` if it is a valid repeat; otherwise rewind and return null (literal '{'). */
  tryBraces(): [number, number] | null {
    const save = this.pos;
    let lo = '', hi = '';
    while (isDigit(this.peek() ?? -1)) lo += String.fromCharCode(this.next()!);
    let comma = false;
    if (this.match(',')) {
      comma = true;
      while (isDigit(this.peek() ?? -1)) hi += String.fromCharCode(this.next()!);
    } else hi = lo;
    if (!this.match('}')) { this.pos = save; return null; }
    void comma;
    const min = lo ? Number(lo) : 0;
    const max = hi ? Number(hi) : Infinity;
    if (min >= MAXREPEAT || (max !== Infinity && max >= MAXREPEAT)) this.err('the repetition number is too large', save);
    return [min, max];
  }

  parseAtom(c: number, start: number, flags: number, depth: number, canGlobal: boolean): RNode | 'flags' | { newFlags: number } {
    const ci = (flags & F_IGNORECASE) !== 0;
    const ascii = this.isBytes || (flags & F_ASCII) !== 0;
    switch (c) {
      case 0x2e: return { t: 'any', dotall: (flags & F_DOTALL) !== 0 };
      case 0x5e: return { t: 'at', kind: flags & F_MULTILINE ? 'bol' : 'bos', ascii };
      case 0x24: return { t: 'at', kind: flags & F_MULTILINE ? 'eol' : 'eos', ascii };
      case 0x5b: return this.parseSet(start, flags);
      case 0x5c: return this.parseEscape(start, flags);
      case 0x28: return this.parseGroup(start, flags, depth, canGlobal);
      case 0x2a: case 0x2b: case 0x3f: // handled as quantifiers; reaching here is impossible
        return this.err('nothing to repeat', start);
      default: return { t: 'lit', c, ci };
    }
  }

  parseGroup(start: number, flags: number, depth: number, canGlobal: boolean): RNode | 'flags' | { newFlags: number } {
    let capture = true;
    let name: string | null = null;
    let kind: 'plain' | 'look' | 'atomic' = 'plain';
    let behind = false, neg = false;
    let groupFlags = flags;
    if (this.match('?')) {
      const c = this.next();
      if (c === undefined) this.err('unexpected end of pattern');
      switch (String.fromCodePoint(c)) {
        case 'P': {
          if (this.match('<')) {
            name = this.readName('>');
            if (!isIdentifier(name)) this.err(`bad character in group name '${name}'`, this.pos - name.length - 1);
          } else if (this.match('=')) {
            const nm = this.readName(')');
            if (!isIdentifier(nm)) this.err(`bad character in group name '${nm}'`, this.pos - nm.length - 1);
            const gi = this.groupindex.get(nm);
            if (gi === undefined) this.err(`unknown group name '${nm}'`, this.pos - nm.length - 1);
            if (this.open.has(gi)) this.err('cannot refer to an open group', this.pos - nm.length - 1);
            return { t: 'ref', index: gi };
          } else {
            const c2 = this.peek();
            if (c2 === undefined) this.err('unexpected end of pattern');
            this.err(`unknown extension ?P${String.fromCodePoint(c2)}`, start + 1);
          }
          break;
        }
        case ':': capture = false; break;
        case '#': {
          for (;;) {
            const c2 = this.next();
            if (c2 === undefined) this.err('missing ), unterminated comment', start);
            if (c2 === 0x29) break;
          }
          return 'flags';
        }
        case '=': case '!': kind = 'look'; neg = c === 0x21; capture = false; break;
        case '<': {
          const c2 = this.next();
          if (c2 === undefined) this.err('unexpected end of pattern');
          if (c2 !== 0x3d && c2 !== 0x21) this.err(`unknown extension ?<${String.fromCodePoint(c2)}`, start + 1);
          kind = 'look'; behind = true; neg = c2 === 0x21; capture = false;
          break;
        }
        case '>': kind = 'atomic'; capture = false; break;
        case '(':
          this.err('conditional groups (?(id)yes|no) are not supported by tspy', start);
          break;
        default: {
          if (!(String.fromCodePoint(c) in FLAG_LETTERS) && c !== 0x2d) this.err(`unknown extension ?${String.fromCodePoint(c)}`, start + 1);
          this.pos--;
          const r = this.parseFlags(flags, start);
          if (r.global) {
            if (!canGlobal) this.err('global flags not at the start of the expression', start);
            this.flags |= r.add;
            this.globalAdd |= r.add;
            return { newFlags: flags | r.add };
          }
          capture = false;
          groupFlags = (flags | r.add) & ~r.del;
          if (r.del & F_IGNORECASE) this.scopedCaseOff = true;
        }
      }
    }
    let index: number | null = null;
    if (capture) {
      index = ++this.groups;
      if (name !== null) {
        const prev = this.groupindex.get(name);
        if (prev !== undefined) this.err(`redefinition of group name '${name}' as group ${index}; was group ${prev}`, this.pos - name.length - 1);
        this.groupindex.set(name, index);
      }
      this.open.add(index);
    }
    if (behind) this.lookbehindDepth++;
    const body = this.parseAlt(groupFlags, true, depth + 1);
    if (behind) this.lookbehindDepth--;
    if (!this.match(')')) this.err('missing ), unterminated subpattern', start);
    if (index !== null) {
      this.open.delete(index);
      this.closeOrder[index] = ++this.closeCount;
      this.groupWidths.set(index, width(body, this.groupWidths));
    }
    if (kind === 'look') {
      if (behind) {
        const [lo, hi] = width(body, this.groupWidths);
        if (lo !== hi) this.err('look-behind requires fixed-width pattern', null);
      }
      return { t: 'look', behind, neg, body };
    }
    if (kind === 'atomic') return { t: 'atomic', body };
    return { t: 'group', index, body };
  }

  /** `(?aiLmsux-imsx:` or `(?aiLmsux)`; positioned on the first flag letter. */
  parseFlags(flags: number, start: number): { add: number; del: number; global: boolean } {
    let add = 0, del = 0;
    let c = this.next();
    while (c !== undefined && String.fromCodePoint(c) in FLAG_LETTERS) {
      const f = FLAG_LETTERS[String.fromCodePoint(c)];
      if (f === F_LOCALE && !this.isBytes) this.err("bad inline flags: cannot use 'L' flag with a str pattern");
      if (f === F_UNICODE && this.isBytes) this.err("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= f;
      if ((add & (F_ASCII | F_LOCALE | F_UNICODE)) && (add & (F_ASCII | F_LOCALE | F_UNICODE)) !== f) {
        this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      c = this.next();
    }
    if (c === undefined) this.err('missing -, : or )');
    if (c === 0x29) {
      return { add, del: 0, global: true };
    }
    if (c === 0x2d) {
      c = this.next();
      if (c === undefined) this.err('missing flag');
      if (!(String.fromCodePoint(c) in FLAG_LETTERS)) this.err(c === 0x3a || c === 0x29 ? 'missing flag' : 'unknown flag', this.pos - 1);
      while (c !== undefined && String.fromCodePoint(c) in FLAG_LETTERS) {
        const f = FLAG_LETTERS[String.fromCodePoint(c)];
        if (f & (F_ASCII | F_LOCALE | F_UNICODE)) this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= f;
        c = this.next();
      }
      if (c === undefined) this.err('missing :');
      if (c !== 0x3a) this.err(c === 0x29 ? 'missing :' : 'unknown flag', this.pos - 1);
      if (add & del) this.err('bad inline flags: flag turned on and off', this.pos - 1);
      return { add, del, global: false };
    }
    if (c !== 0x3a) this.err(String.fromCodePoint(c).match(/[A-Za-z]/) ? 'unknown flag' : 'missing -, : or )', this.pos - 1);
    void start; void flags;
    return { add, del, global: false };
  }

  readName(term: string): string {
    const s = this.pos;
    for (;;) {
      const c = this.next();
      if (c === undefined) this.err(`missing ${term}, unterminated name`, s);
      if (c === ch(term)) break;
    }
    const name = this.str(s, this.pos - 1);
    if (!name) this.err('missing group name', s);
    return name;
  }

  /** An escape outside a set. `start` is the backslash position. */
  parseEscape(start: number, flags: number): RNode {
    const ci = (flags & F_IGNORECASE) !== 0;
    const ascii = this.isBytes || (flags & F_ASCII) !== 0;
    const c = this.next();
    if (c === undefined) this.err('bad escape (end of pattern)', start);
    const s = String.fromCodePoint(c);
    switch (s) {
      case 'A': return { t: 'at', kind: 'A', ascii };
      case 'Z': return { t: 'at', kind: 'Z', ascii };
      case 'b': return { t: 'at', kind: 'b', ascii };
      case 'B': return { t: 'at', kind: 'B', ascii };
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': return { t: 'cat', cat: s, ascii };
    }
    if (s in SIMPLE_ESC) return { t: 'lit', c: SIMPLE_ESC[s], ci };
    if (s === 'x' || s === 'u' || s === 'U' || s === 'N') return { t: 'lit', c: this.parseCodeEscape(s, start), ci };
    if (s === '0') {
      let v = 0;
      for (let k = 0; k < 2 && isOct(this.peek() ?? -1); k++) v = v * 8 + (this.next()! - 0x30);
      return { t: 'lit', c: v, ci };
    }
    if (isDigit(c)) {
      // octal escape (3 octal digits) or group reference (1-2 digits)
      if (isDigit(this.peek() ?? -1)) {
        if (isOct(c) && isOct(this.peek()!) && isOct(this.peek(1) ?? -1)) {
          const v = (c - 0x30) * 64 + (this.next()! - 0x30) * 8 + (this.next()! - 0x30);
          if (v > 0o377) this.err(`octal escape value ${this.str(start, this.pos)} outside of range 0-0o377`, start);
          return { t: 'lit', c: v, ci };
        }
        this.pos++;
      }
      const num = Number(this.str(start + 1, this.pos));
      if (num > this.groups) this.err(`invalid group reference ${num}`, start + 1);
      if (this.open.has(num)) this.err('cannot refer to an open group', start);
      return { t: 'ref', index: num };
    }
    if (isAsciiLetter(c)) this.err(`bad escape \\${s}`, start);
    return { t: 'lit', c, ci };
  }

  /** \xHH \uHHHH \UHHHHHHHH \N{...}: returns the code point. */
  parseCodeEscape(kind: string, start: number): number {
    if (kind === 'N') {
      if (this.isBytes) this.err('bad escape \\N', start);
      this.err('\\N{...} escapes are not supported by tspy', start);
    }
    if ((kind === 'u' || kind === 'U') && this.isBytes) this.err(`bad escape \\${kind}`, start);
    const n = kind === 'x' ? 2 : kind === 'u' ? 4 : 8;
    let hex = '';
    while (hex.length < n && isHex(this.peek() ?? -1)) hex += String.fromCodePoint(this.next()!);
    if (hex.length < n) this.err(`incomplete escape \\${kind}${hex}`, start);
    const v = parseInt(hex, 16);
    if (v > 0x10ffff) this.err(`bad escape \\${kind}${hex}`, start);
    return v;
  }

  /** `[...]`; `start` is the position of '['. */
  parseSet(start: number, flags: number): RNode {
    const ci = (flags & F_IGNORECASE) !== 0;
    const ascii = this.isBytes || (flags & F_ASCII) !== 0;
    const items: SetItem[] = [];
    const neg = this.match('^');
    let first = true;
    for (;;) {
      const c = this.next();
      if (c === undefined) this.err('unterminated character set', start);
      if (c === 0x5d && !first) break;
      first = false;
      const itemStart = this.pos - 1;
      const lo = this.setAtom(c, itemStart);
      if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.pos++;
        const c2 = this.next()!;
        const hi = this.setAtom(c2, this.pos - 1);
        if (typeof lo !== 'number' || typeof hi !== 'number') {
          this.err(`bad character range ${this.str(itemStart, this.pos)}`, itemStart);
        }
        if (hi < lo) this.err(`bad character range ${this.str(itemStart, this.pos)}`, itemStart);
        items.push({ lo, hi });
      } else if (this.peek() === 0x2d && this.peek(1) === undefined) {
        this.pos++;
        this.err('unterminated character set', start);
      } else {
        items.push(typeof lo === 'number' ? { lo, hi: lo } : { cat: lo });
      }
    }
    return { t: 'set', neg, items, ci, ascii };
  }

  /** One set member: a code point or a category escape. */
  setAtom(c: number, pos: number): number | Cat {
    if (c !== 0x5c) return c;
    const e = this.next();
    if (e === undefined) this.err('unterminated character set', pos);
    const s = String.fromCodePoint(e);
    if ('dDsSwW'.includes(s)) return s as Cat;
    if (s === 'b') return 8;
    if (s in SIMPLE_ESC) return SIMPLE_ESC[s];
    if (s === 'x' || s === 'u' || s === 'U' || s === 'N') return this.parseCodeEscape(s, pos);
    if (isOct(e)) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && isOct(this.peek() ?? -1); k++) v = v * 8 + (this.next()! - 0x30);
      if (v > 0o377) this.err(`octal escape value ${this.str(pos, this.pos)} outside of range 0-0o377`, pos);
      return v;
    }
    if (isDigit(e) || isAsciiLetter(e)) this.err(`bad escape \\${s}`, pos);
    return e;
  }
}

function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}\u00b7]*$/u.test(s);
}

/**
 * Parse a Python pattern. `isBytes` selects bytes semantics (the pattern is a
 * latin-1 string of the bytes). Throws RegexError with CPython's message.
 */
export function parsePattern(pattern: string, flags: number, isBytes = false): ParsedPattern {
  if (isBytes) {
    if (flags & F_UNICODE) throw new RegexError('cannot use UNICODE flag with a bytes pattern', null, null);
    if ((flags & F_LOCALE) && (flags & F_ASCII)) throw new RegexError('ASCII and LOCALE flags are incompatible', null, null);
  } else {
    if (flags & F_LOCALE) throw new RegexError('cannot use LOCALE flag with a str pattern', null, null);
    if ((flags & F_ASCII) && (flags & F_UNICODE)) throw new RegexError('ASCII and UNICODE flags are incompatible', null, null);
  }
  const p = new Parser(pattern, flags, isBytes);
  const root = p.parseAlt(flags, false, 0);
  let f = p.flags;
  if (!isBytes && !(f & F_ASCII)) f |= F_UNICODE;
  return { root, flags: f, groups: p.groups, groupindex: p.groupindex, closeOrder: p.closeOrder, scopedCaseOff: p.scopedCaseOff };
}

// ---------------------------------------------------------------- emission

/** Python's `\s` for str patterns (str.isspace), exactly. */
const PY_SPACE = '\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const PY_SPACE_ASCII = '\\t-\\r\\u{20}';
const PY_WORD = '\\p{L}\\p{N}_';
const PY_WORD_ASCII = 'A-Za-z0-9_';
const PY_DIGIT = '\\p{Nd}';
const PY_DIGIT_ASCII = '0-9';

/** The body (no brackets) of the positive class for a category. */
function catBody(cat: Cat, ascii: boolean): string {
  switch (cat.toLowerCase()) {
    case 'd': return ascii ? PY_DIGIT_ASCII : PY_DIGIT;
    case 's': return ascii ? PY_SPACE_ASCII : PY_SPACE;
    default: return ascii ? PY_WORD_ASCII : PY_WORD;
  }
}

/** A category as a standalone class (`[...]` or `[^...]`). */
function catClass(cat: Cat, ascii: boolean): string {
  const neg = cat === 'D' || cat === 'S' || cat === 'W';
  return `[${neg ? '^' : ''}${catBody(cat, ascii)}]`;
}

/** One code point as a JS (v-mode) regex atom that is valid in and out of classes. */
function esc(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

/** Simple case variants of a code point (for scoped IGNORECASE emitted without the JS `i` flag). */
function caseVariants(c: number): number[] {
  const s = String.fromCodePoint(c);
  const out = new Set<number>([c]);
  for (const v of [s.toLowerCase(), s.toUpperCase()]) {
    const cps = Array.from(v);
    if (cps.length === 1) out.add(cps[0].codePointAt(0)!);
  }
  for (const v of Array.from(out)) {
    const l = String.fromCodePoint(v).toLowerCase();
    if (Array.from(l).length === 1) out.add(l.codePointAt(0)!);
  }
  // Python/Unicode simple folds that lower()/upper() miss
  const extra: Record<number, number[]> = { 0x73: [0x17f], 0x17f: [0x73, 0x53], 0x6b: [0x212a], 0x212a: [0x6b, 0x4b] };
  for (const v of Array.from(out)) for (const e of extra[v] ?? []) out.add(e);
  return Array.from(out);
}

/** Options for `emitJs`. */
export interface EmitOptions {
  /** True when the JS RegExp gets the `i` flag (global IGNORECASE). */
  jsIgnoreCase: boolean;
  /** Number of hidden JS groups emitted before the pattern (e.g. by a wrapper). */
  groupBase: number;
}

/** Emitted JS source and the map from Python group number to JS group number (index 0 unused). */
export interface Emitted {
  source: string;
  pyToJs: number[];
  jsGroups: number;
}

/** Emit JS source for the `v` flag. Throws RegexError for untranslatable constructs. */
export function emitJs(parsed: ParsedPattern, opts: EmitOptions): Emitted {
  let jsGroup = opts.groupBase;
  const pyToJs: number[] = new Array(parsed.groups + 1).fill(0);
  const pattern = '';
  void pattern;

  const wordB = (ascii: boolean) => ascii ? '[A-Za-z0-9_]' : `[${PY_WORD}]`;

  const emitSetItems = (n: Extract<RNode, { t: 'set' }>): string => {
    const local = n.ci && !opts.jsIgnoreCase;
    let out = '';
    for (const it of n.items) {
      if ('cat' in it) {
        const neg = it.cat === 'D' || it.cat === 'S' || it.cat === 'W';
        out += neg ? catClass(it.cat, n.ascii) : `[${catBody(it.cat, n.ascii)}]`;
        continue;
      }
      if (it.lo === it.hi) {
        if (local) for (const v of caseVariants(it.lo)) out += esc(v);
        else out += esc(it.lo);
      } else {
        out += `${esc(it.lo)}-${esc(it.hi)}`;
        if (local) {
          const lim = Math.min(it.hi, it.lo + 2000);
          for (let c = it.lo; c <= lim; c++) for (const v of caseVariants(c)) if (v < it.lo || v > it.hi) out += esc(v);
        }
      }
    }
    return out;
  };

  const emit = (n: RNode): string => {
    switch (n.t) {
      case 'lit': {
        if (n.ci !== opts.jsIgnoreCase) {
          const vs = caseVariants(n.c);
          if (vs.length > 1) {
            if (!n.ci) throw new RegexError('turning IGNORECASE off inside a pattern is not supported by tspy', null, null);
            return `[${vs.map(esc).join('')}]`;
          }
        }
        return esc(n.c);
      }
      case 'any': return n.dotall ? '[\\s\\S]' : '[^\\n]';
      case 'cat': return catClass(n.cat, n.ascii);
      case 'set': {
        if (!n.ci && opts.jsIgnoreCase) throw new RegexError('turning IGNORECASE off inside a pattern is not supported by tspy', null, null);
        return `[${n.neg ? '^' : ''}${emitSetItems(n)}]`;
      }
      case 'seq': return n.items.map(emit).join('');
      case 'alt': return n.alts.map(emit).join('|');
      case 'group': {
        if (n.index === null) return `(?:${emit(n.body)})`;
        const g = ++jsGroup;
        pyToJs[n.index] = g;
        return `(${emit(n.body)})`;
      }
      case 'atomic': {
        const g = ++jsGroup;
        return `(?:(?=(${emit(n.body)}))\\${g})`;
      }
      case 'look': return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${emit(n.body)})`;
      case 'rep': {
        let q: string;
        if (n.min === 0 && n.max === Infinity) q = '*';
        else if (n.min === 1 && n.max === Infinity) q = '+';
        else if (n.min === 0 && n.max === 1) q = '?';
        else if (n.max === Infinity) q = `{${n.min},}`;
        else if (n.min === n.max) q = `{${n.min}}`;
        else q = `{${n.min},${n.max}}`;
        if (n.mode === 'possessive') {
          const g = ++jsGroup;
          return `(?:(?=((?:${emit(n.body)})${q}))\\${g})`;
        }
        return `(?:${emit(n.body)})${q}${n.mode === 'lazy' ? '?' : ''}`;
      }
      case 'ref': {
        const g = pyToJs[n.index];
        return `(?:\\${g})`;
      }
      case 'at': {
        switch (n.kind) {
          case 'A': case 'bos': return '(?<![\\s\\S])';
          case 'Z': return '(?![\\s\\S])';
          case 'eos': return '(?=\\n?(?![\\s\\S]))';
          case 'bol': return '(?<![^\\n])';
          case 'eol': return '(?![^\\n])';
          case 'b': case 'B': {
            if (n.ascii && !opts.jsIgnoreCase) return n.kind === 'b' ? '\\b' : '\\B';
            const w = wordB(n.ascii);
            return n.kind === 'b' ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
          }
        }
      }
    }
  };
  const source = emit(parsed.root);
  return { source, pyToJs, jsGroups: jsGroup };
}
