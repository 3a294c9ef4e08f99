/**
 * Syntax errors as CPython 3.11 reports them (Objects/exceptions.c SyntaxError
 * attributes): `offset`/`end_offset` are 1-based character columns.
 */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A Python syntax error raised by the tokenizer or parser. */
export class PySyntaxError extends Error {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  end_lineno: number | null;
  end_offset: number | null;

  constructor(
    type: SyntaxErrorType,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    end_lineno: number | null = null,
    end_offset: number | null = null,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
    this.name = type;
    this.type = type;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }

  /**
   * CPython's rendering of a SyntaxError report (Python/pythonrun.c
   * print_error_text): `  File "x", line N`, the stripped source line, a caret
   * line when the offset falls inside it, and `Type: msg`.
   */
  format(): string {
    const out: string[] = [`  File "${this.filename}", line ${this.lineno}`];
    if (this.text !== null) {
      let text = this.text;
      const nl = text.indexOf('\n');
      if (nl >= 0 && nl < text.length - 1) text = text.slice(0, nl + 1);
      let offset = this.offset - 1;
      let k = 0;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\f')) k++;
      text = text.slice(k);
      offset -= k;
      if (text.endsWith('\n')) text = text.slice(0, -1);
      const chars = [...text];
      const len = chars.length;
      if (offset > len) offset = len;
      out.push('    ' + text);
      if (offset >= 0 && this.offset > 0) {
        let end: number;
        if (this.end_lineno !== null && this.end_lineno > this.lineno) end = len;
        else if (this.end_offset !== null && this.end_offset > 0) end = Math.min(this.end_offset - 1 - k, len);
        else end = offset + 1;
        const n = Math.max(end - offset, 1);
        out.push('    ' + ' '.repeat(offset) + '^'.repeat(n));
      }
    }
    out.push(`${this.type}: ${this.msg}`);
    return out.join('\n') + '\n';
  }
}
