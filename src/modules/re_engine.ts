/**
 * The matching engine of the `re` module over plain JS strings: compiled
 * patterns (a family of JS RegExps built lazily from one Python pattern),
 * match iteration with Python's empty-match rules, replacement templates and
 * code-point ↔ UTF-16 index conversion. No runtime objects here, so it is
 * unit-testable on its own; `re.ts` wraps it into Pattern/Match objects.
 *
 * Mirrors the behaviour of CPython's Modules/_sre/sre.c (search/match/
 * fullmatch, `must_advance` after an empty match in finditer/sub/split).
 */
import {
  emitJs, parsePattern, RegexError, F_IGNORECASE, type ParsedPattern,
} from './re_parse.js';

export { RegexError } from './re_parse.js';

/** One JS RegExp built from the pattern, with its Python→JS group map. */
interface Variant {
  re: RegExp;
  /** Same source with the `d` flag, built when a group span is asked for. */
  reD: RegExp | null;
  source: string;
  flags: string;
  pyToJs: number[];
}

/** Which way a match is attempted (CPython's search / match / fullmatch). */
export type MatchMode = 'search' | 'match' | 'fullmatch' | 'nonempty';

/**
 * The result of one successful match, in UTF-16 offsets of `subject`.
 * `subject` is the original string cut at endpos.
 */
export class RawMatch {
  private indicesCache: ([number, number] | undefined)[] | null = null;
  constructor(
    readonly arr: RegExpExecArray,
    readonly variant: Variant,
    readonly subject: string,
    readonly lastIndex: number,
  ) {}
  get start(): number { return this.arr.index; }
  get end(): number { return this.arr.index + this.arr[0].length; }
  /** Python group `g` (0 = whole match); undefined when it did not participate. */
  group(g: number): string | undefined {
    return g === 0 ? this.arr[0] : this.arr[this.variant.pyToJs[g]];
  }
  /** UTF-16 span of group g, or undefined when it did not participate. */
  span(g: number): [number, number] | undefined {
    if (g === 0) return [this.start, this.end];
    if (this.arr[this.variant.pyToJs[g]] === undefined) return undefined;
    if (!this.indicesCache) {
      const v = this.variant;
      if (!v.reD) v.reD = new RegExp(v.source, v.flags + 'd');
      v.reD.lastIndex = this.lastIndex;
      const m = v.reD.exec(this.subject);
      this.indicesCache = m && m.indices ? Array.from(m.indices) as ([number, number] | undefined)[] : [];
    }
    return this.indicesCache[this.variant.pyToJs[g]];
  }
}

/**
 * A compiled Python pattern. Construction parses (and so raises RegexError for
 * bad syntax) and builds the search RegExp; other variants are built on demand.
 */
export class CompiledPattern {
  readonly parsed: ParsedPattern;
  private readonly baseFlags: string;
  private variants = new Map<MatchMode, Variant>();

  constructor(readonly pattern: string, flags: number, readonly isBytes = false) {
    this.parsed = parsePattern(pattern, flags, isBytes);
    this.baseFlags = 'v' + (this.jsIgnoreCase ? 'i' : '');
    this.variant('search');
  }
  get flags(): number { return this.parsed.flags; }
  /** Global IGNORECASE maps to the JS `i` flag unless some group turns it off again. */
  private get jsIgnoreCase(): boolean {
    return (this.parsed.flags & F_IGNORECASE) !== 0 && !this.parsed.scopedCaseOff;
  }
  get groups(): number { return this.parsed.groups; }
  get groupindex(): Map<string, number> { return this.parsed.groupindex; }

  private variant(mode: MatchMode): Variant {
    let v = this.variants.get(mode);
    if (v) return v;
    const jsIgnoreCase = this.jsIgnoreCase;
    const base = mode === 'nonempty' ? 1 : 0;
    const e = emitJs(this.parsed, { jsIgnoreCase, groupBase: base });
    let source = e.source;
    let flags = this.baseFlags;
    switch (mode) {
      case 'search': flags += 'g'; break;
      case 'match': flags += 'y'; break;
      case 'fullmatch': source = `(?:${source})(?![\\s\\S])`; flags += 'y'; break;
      // Python's "must advance" rule: a match at this position that is not empty.
      // Group 1 captures the rest of the subject; at the end, the rest must differ from it.
      case 'nonempty': source = `(?=([\\s\\S]*))(?:${source})(?!\\1(?![\\s\\S]))`; flags += 'y'; break;
    }
    let re: RegExp;
    try {
      re = new RegExp(source, flags);
    } catch (err) {
      throw new RegexError(`pattern cannot be translated to a JavaScript regular expression (${(err as Error).message})`, null, null);
    }
    v = { re, reD: null, source, flags, pyToJs: e.pyToJs };
    this.variants.set(mode, v);
    return v;
  }

  /** Attempt a match; `pos`/`endpos` are UTF-16 offsets already clamped (0 <= pos <= endpos <= s.length). */
  exec(mode: MatchMode, s: string, pos: number, endpos: number): RawMatch | null {
    const v = this.variant(mode);
    const subject = endpos < s.length ? s.slice(0, endpos) : s;
    const re = v.re;
    re.lastIndex = pos;
    const m = re.exec(subject);
    if (!m) return null;
    return new RawMatch(m, v, subject, pos);
  }

  /**
   * Match.lastindex: the group closed last on the match path, approximated as
   * the participating group ending last, ties going to the group whose `)`
   * comes later in the pattern (the outer one for nested groups). -1 if none.
   */
  lastIndex(m: RawMatch): number {
    const order = this.parsed.closeOrder;
    let best = -1;
    let bestEnd = -1;
    for (let g = 1; g <= this.parsed.groups; g++) {
      const sp = m.span(g);
      if (!sp) continue;
      if (sp[1] > bestEnd || (sp[1] === bestEnd && order[g] > order[best])) {
        best = g;
        bestEnd = sp[1];
      }
    }
    return best;
  }

  /**
   * All successive matches from pos to endpos with Python's rules (used by
   * findall, finditer, sub, split): after an empty match, the next match must
   * not be empty at the same position.
   */
  *iterate(s: string, pos: number, endpos: number): Generator<RawMatch> {
    let mustAdvance = false;
    while (pos <= endpos) {
      let m: RawMatch | null = null;
      if (mustAdvance) {
        m = this.exec('nonempty', s, pos, endpos);
        if (!m) {
          if (pos >= endpos) return;
          pos += isHighSurrogateAt(s, pos) ? 2 : 1;
          m = this.exec('search', s, pos, endpos);
        }
      } else {
        m = this.exec('search', s, pos, endpos);
      }
      if (!m) return;
      yield m;
      mustAdvance = m.end === m.start;
      pos = m.end;
    }
  }
}

function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

// -------------------------------------------------------------- indices

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Code point ↔ UTF-16 offset conversion for one string. Strings without
 * surrogates (nearly all) use the identity without building a table.
 */
export class IndexMap {
  private readonly table: Uint32Array | null; // code point index → UTF-16 offset (length = cps + 1)
  readonly cpLength: number;
  constructor(readonly s: string) {
    if (!SURROGATE.test(s)) {
      this.table = null;
      this.cpLength = s.length;
      return;
    }
    const offs: number[] = [];
    let i = 0;
    while (i < s.length) {
      offs.push(i);
      i += isHighSurrogateAt(s, i) ? 2 : 1;
    }
    offs.push(s.length);
    this.table = Uint32Array.from(offs);
    this.cpLength = offs.length - 1;
  }
  /** UTF-16 offset of code point index i (0 <= i <= cpLength). */
  toU16(i: number): number {
    return this.table ? this.table[i] : i;
  }
  /** Code point index of UTF-16 offset u (which lies on a code point boundary). */
  toCp(u: number): number {
    const t = this.table;
    if (!t) return u;
    let lo = 0, hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

let lastMap: IndexMap | null = null;
/** A (cached, one entry) IndexMap for s: consecutive calls on one subject share it. */
export function indexMap(s: string): IndexMap {
  if (lastMap && lastMap.s === s) return lastMap;
  lastMap = new IndexMap(s);
  return lastMap;
}

// -------------------------------------------------------------- templates

/** A parsed replacement template: literal strings and group numbers. */
export type TemplatePart = string | number;

const TEMPLATE_ESC: Record<string, string> = { a: '\x07', b: '\x08', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * Parse a replacement template (`\1`, `\g<name>`, `\g<2>`, escapes) like
 * CPython's `re._parser.parse_template`. Throws RegexError for bad templates;
 * an unknown group *name* throws `{ indexError: message }` (CPython raises
 * IndexError there).
 */
export function parseTemplate(tpl: string, groups: number, groupindex: Map<string, number>, isBytes = false): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const cps = Array.from(tpl);
  let lit = '';
  const flush = () => { if (lit) { parts.push(lit); lit = ''; } };
  const err = (msg: string, pos: number): never => { throw new RegexError(msg, tpl, pos); };
  const addGroup = (g: number, pos: number) => {
    if (g > groups) err(`invalid group reference ${g}`, pos);
    flush();
    parts.push(g);
  };
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (c !== '\\') { lit += c; i++; continue; }
    const start = i;
    i++;
    if (i >= cps.length) err('bad escape (end of pattern)', start);
    const e = cps[i++];
    if (e === 'g') {
      if (cps[i] !== '<') err('missing <', i);
      i++;
      const ns = i;
      while (i < cps.length && cps[i] !== '>') i++;
      const name = cps.slice(ns, i).join('');
      if (i >= cps.length) {
        if (!name) err('missing group name', ns);
        err('missing >, unterminated name', ns);
      }
      i++;
      if (!name) err('missing group name', ns);
      let g: number;
      if (/^[0-9]+$/.test(name)) {
        g = Number(name);
        if (g >= 4294967295) err(`invalid group reference ${name}`, ns);
      } else {
        if (!/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(name) || (isBytes && !/^[\x00-\x7f]*$/.test(name))) {
          err(`bad character in group name '${name}'`, ns);
        }
        const gi = groupindex.get(name);
        if (gi === undefined) throw { indexError: `unknown group name '${name}'` };
        g = gi;
      }
      addGroup(g, ns);
      continue;
    }
    if (e === '0') {
      let v = 0;
      for (let k = 0; k < 2 && i < cps.length && /[0-7]/.test(cps[i]); k++) v = v * 8 + Number(cps[i++]);
      lit += String.fromCharCode(v);
      continue;
    }
    if (/[1-9]/.test(e)) {
      if (i < cps.length && /[0-9]/.test(cps[i])) {
        if (/[0-7]/.test(e) && /[0-7]/.test(cps[i]) && i + 1 < cps.length && /[0-7]/.test(cps[i + 1])) {
          const v = Number(e) * 64 + Number(cps[i]) * 8 + Number(cps[i + 1]);
          i += 2;
          if (v > 0o377) err(`octal escape value \\${e}${cps[i - 2]}${cps[i - 1]} outside of range 0-0o377`, start);
          lit += String.fromCharCode(v);
          continue;
        }
        const g = Number(e + cps[i]);
        i++;
        addGroup(g, start + 1);
        continue;
      }
      addGroup(Number(e), start + 1);
      continue;
    }
    if (e in TEMPLATE_ESC) { lit += TEMPLATE_ESC[e]; continue; }
    if (/[A-Za-z]/.test(e)) err(`bad escape \\${e}`, start);
    lit += '\\' + e;
  }
  flush();
  return parts;
}

/** Expand parsed template parts for one match (unmatched groups expand to ''). */
export function expandTemplate(parts: TemplatePart[], m: RawMatch): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : m.group(p) ?? '';
  return out;
}

/** Python's re.escape: backslash before every char in `_special_chars_map`. */
export function escapePattern(s: string): string {
  return s.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => {
    switch (c) {
      case '\t': return '\\\t';
      case '\n': return '\\\n';
      case '\r': return '\\\r';
      case '\v': return '\\\v';
      case '\f': return '\\\f';
      default: return '\\' + c;
    }
  });
}
