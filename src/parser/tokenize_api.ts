/**
 * The public `tokenize()` — tokens as Python's `tokenize` module
 * (Lib/tokenize.py) reports them: COMMENT/NL included, columns in code
 * points, an ENCODING token first when the input is bytes — and the
 * `python -m tokenize` text format.
 */
import { PySyntaxError } from './errors.js';
import { decodeSource, EncodingError } from './source.js';
import { EXACT_OP_NAMES, T, TOKEN_NAMES, type TriviaTok, type Token } from './tokens.js';
import { Tokenizer } from './tokenizer.js';
import { reprStr } from './repr.js';

/** Error raised by `tokenize()` where Lib/tokenize.py raises TokenError / IndentationError. */
export class TokenizeError extends Error {
  constructor(public kind: 'TokenError' | 'IndentationError' | 'SyntaxError', msg: string, public lineno: number, public col: number, public tokens: Token[]) {
    super(msg);
  }
}

function lineOf(src: string, t: TriviaTok, lineStarts: number[]): string {
  const s = lineStarts[t.lineno - 1] ?? src.length;
  let lastLine = t.endLineno;
  if (t.type === T.NEWLINE || t.type === T.NL) lastLine = t.lineno;
  let e = lineStarts[lastLine] ?? src.length;
  if (e < s) e = s;
  return src.slice(s, e);
}

/**
 * Tokenizes like `tokenize.tokenize` (bytes input: ENCODING first) or
 * `tokenize.generate_tokens` (string input).
 * @throws TokenizeError where tokenize.py raises (carrying the tokens produced so far)
 */
export function tokenize(source: string | Uint8Array, filename = '<tokenize>'): Token[] {
  const out: Token[] = [];
  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const d = decodeSource(source, filename);
    text = d.text;
    // tokenize.py reports 'utf-8' once the BOM has been stripped
    const enc = d.encoding === 'utf-8-sig' ? 'utf-8' : d.encoding;
    out.push({ type: 'ENCODING', exactType: 'ENCODING', string: enc, start: [0, 0], end: [0, 0], line: '' });
  }
  const tk = new Tokenizer(text, { trivia: true, filename });
  const r = tk.run();
  // trivia mode: every token carries code-point columns and its line start
  for (const t of r.tokens as TriviaTok[]) {
    const type = TOKEN_NAMES[t.type];
    const exactType = t.type === T.OP ? EXACT_OP_NAMES[t.value] ?? 'OP' : type;
    let line = t.type === T.ENDMARKER || (t.type === T.DEDENT && t.lineStart >= text.length) ? '' : lineOf(text, t, r.lineStarts);
    if (t.type === T.NEWLINE && t.value === '') line = lineOf(text, t, r.lineStarts);
    out.push({ type, exactType, string: t.value, start: [t.lineno, t.col], end: [t.endLineno, t.endCol], line });
  }
  if (r.error) {
    const e: PySyntaxError = r.error;
    if (e.msg.startsWith('unterminated triple-quoted')) throw new TokenizeError('TokenError', 'EOF in multi-line string', e.lineno, e.offset - 1, out);
    if (e.type === 'IndentationError' && e.msg.startsWith('unindent')) throw new TokenizeError('IndentationError', e.msg, e.lineno, e.offset - 1, out);
    throw new TokenizeError('SyntaxError', e.msg, e.lineno, e.offset - 1, out);
  }
  return out;
}

/** Pads to `w` code points (Python's %-15s counts code points, not UTF-16 units). */
function padCp(s: string, w: number): string {
  let n = 0;
  for (const _ of s) n++;
  return n >= w ? s : s + ' '.repeat(w - n);
}

function pyRepr(s: string): string {
  return reprStr(s);
}

/** One line of `python -m tokenize [-e]` output. */
export function formatToken(t: Token, exact = false): string {
  const range = `${t.start[0]},${t.start[1]}-${t.end[0]},${t.end[1]}:`;
  const name = exact ? t.exactType : t.type;
  return range.padEnd(20) + name.padEnd(15) + padCp(pyRepr(t.string), 15);
}

/** The full `python -m tokenize` output for a file's bytes: [stdout, stderr, exit status]. */
export function formatTokenize(source: Uint8Array, filename: string, exact = false): { stdout: string; stderr: string; status: number } {
  try {
    const toks = tokenize(source, filename);
    return { stdout: toks.map((t) => formatToken(t, exact) + '\n').join(''), stderr: '', status: 0 };
  } catch (e) {
    if (e instanceof TokenizeError) {
      const stdout = e.tokens.map((t) => formatToken(t, exact) + '\n').join('');
      return { stdout, stderr: `${filename}:${e.lineno}:${e.col}: error: ${e.message}\n`, status: 1 };
    }
    if (e instanceof EncodingError) return { stdout: '', stderr: `${filename}: error: ${e.tokenizeMsg}\n`, status: 1 };
    if (e instanceof PySyntaxError) return { stdout: '', stderr: `${filename}: error: ${e.msg}\n`, status: 1 };
    throw e;
  }
}
