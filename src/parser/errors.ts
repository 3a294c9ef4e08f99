/**
 * Syntax errors as CPython 3.11 reports them (Objects/exceptions.c SyntaxError
 * attributes): `offset`/`end_offset` are 1-based character columns.
 */
import { syntaxErrorBlockC } from './error_display.js';

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
    let out = `  File "${this.filename}", line ${this.lineno}\n`;
    if (this.text !== null) {
      const plain = this.type === 'SyntaxError';
      out += syntaxErrorBlockC(this.text, this.lineno, this.offset, plain ? (this.end_lineno ?? this.lineno) : this.lineno, plain ? (this.end_offset ?? -1) : -1, !plain);
    }
    return `${out}${this.type}: ${this.msg}\n`;
  }
}
