/**
 * SyntaxErrors raised by the symtable and the code generator (CPython's
 * `compiler_error` / `PyErr_RangedSyntaxLocationObject`). They are thrown as
 * the parser's `PySyntaxError` so callers see one error class for every
 * compile-time error.
 */
import { PySyntaxError } from '../parser/errors.js';
export { PySyntaxError };

/** A node-ish location: anything with CPython's position attributes. */
export interface LocLike {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/**
 * Sources per filename, so errors can carry `text` as CPython does (set by
 * compileSource). Kept as given and split into lines only when an error is
 * actually raised: decoding and splitting every compiled file up front cost
 * several percent of compile time.
 */
const sources = new Map<string, string | Uint8Array>();
const splitCache = new Map<string, string[]>();

/** Remember a file's source (text or undecoded UTF-8 bytes) so compile-time SyntaxErrors can quote the offending line; null forgets it. */
export function registerSource(filename: string, source: string | Uint8Array | null): void {
  splitCache.delete(filename);
  if (source === null) sources.delete(filename);
  else sources.set(filename, source);
}

function sourceLinesOf(filename: string): string[] | undefined {
  let lines = splitCache.get(filename);
  if (lines) return lines;
  const src = sources.get(filename);
  if (src === undefined) return undefined;
  const text = typeof src === 'string' ? src : new TextDecoder().decode(src);
  lines = text.split(/\r\n|\r|\n/);
  splitCache.set(filename, lines);
  return lines;
}

/** Convert a 0-based UTF-8 byte column of `line` to a 1-based character offset (as CPython's _PyPegen_byte_offset_to_character_offset). */
function byteToCharOffset(line: string | undefined, byteCol: number): number {
  if (line === undefined || byteCol < 0) return byteCol + 1;
  const bytes = new TextEncoder().encode(line);
  const prefix = new TextDecoder().decode(bytes.slice(0, Math.min(byteCol, bytes.length)));
  return [...prefix].length + 1;
}

/**
 * Build a SyntaxError at `loc` (AST positions: 1-based line, 0-based UTF-8
 * byte column); the error's `offset`/`end_offset` are 1-based characters like CPython's.
 */
export function syntaxError(msg: string, filename: string, loc: LocLike | null): PySyntaxError {
  const lineno = loc ? loc.lineno : 0;
  const lines = sourceLinesOf(filename);
  const line = lines && lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : undefined;
  const offset = loc ? byteToCharOffset(line, loc.col_offset) : 0;
  const endLineno = loc && loc.end_lineno != null ? loc.end_lineno : lineno;
  const endLine = lines && endLineno >= 1 && endLineno <= lines.length ? lines[endLineno - 1] : undefined;
  const endOffset = loc && loc.end_col_offset != null ? byteToCharOffset(endLine, loc.end_col_offset) : offset;
  const text = line !== undefined ? line + '\n' : null;
  return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, text, endLineno, endOffset);
}
