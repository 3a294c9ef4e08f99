/**
 * SyntaxErrors raised by the symtable and the code generator (CPython's
 * `compiler_error` / `PyErr_RangedSyntaxLocationObject`). They are thrown as
 * the parser's `PySyntaxError` so callers see one error class for every
 * compile-time error.
 */
import * as fs from 'node:fs';
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
 * The text of line `lineno` of the file `filename` as it is on disk, with its
 * newline, or null when there is no such file or line (CPython
 * `PyErr_ProgramTextObject`: a compile-time error quotes the file, not the
 * source being compiled, so `compile(text, '<string>', 'exec')` errors carry
 * no text). Read with the decoder's replacement of bad bytes.
 */
function programText(filename: string, lineno: number): string | null {
  if (lineno < 1 || filename === '' || filename.startsWith('<')) return null;
  let data: Buffer;
  try {
    data = fs.readFileSync(filename);
  } catch {
    return null;
  }
  let start = 0;
  for (let n = 1; n < lineno; n++) {
    const nl = data.indexOf(10, start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= data.length) return null;
  const nl = data.indexOf(10, start);
  const line = data.subarray(start, nl < 0 ? data.length : nl + 1);
  const text = new TextDecoder().decode(line);
  return text.endsWith('\n') ? text : text + '\n';
}

/**
 * Build a SyntaxError at `loc` (AST positions: 1-based line, 0-based UTF-8
 * byte column) as CPython's compiler_error does: `offset`/`end_offset` are the
 * byte columns plus one (not characters: the parser's errors convert, the
 * compiler's do not), and `text` is the line read from the file.
 */
export function syntaxError(msg: string, filename: string, loc: LocLike | null): PySyntaxError {
  const lineno = loc ? loc.lineno : 0;
  const offset = loc ? loc.col_offset + 1 : 0;
  const endLineno = loc && loc.end_lineno != null ? loc.end_lineno : lineno;
  const endOffset = loc && loc.end_col_offset != null ? loc.end_col_offset + 1 : offset;
  return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, programText(filename, lineno), endLineno, endOffset);
}
