/**
 * The source-line-and-caret block under `  File "x", line N` in a
 * SyntaxError report. CPython 3.11 has two sets of rules, and both are
 * visible to programs:
 *
 * - the C printer (Python/pythonrun.c `print_exception_file_and_line` and
 *   `print_error_text`), used for an uncaught error and by the default
 *   `sys.excepthook`: `syntaxErrorBlockC`;
 * - the traceback module (Lib/traceback.py `TracebackException._format_syntax_error`),
 *   used by `traceback.format_exception_only` and friends: `syntaxErrorBlockModule`.
 *
 * They differ on tabs in the indentation, on offsets past the end of the
 * line, and on the end offset of SyntaxError subclasses.
 */

/** Byte length of a JS string encoded as UTF-8 (the C printer measures and clips in bytes; the parser's byte columns too). */
export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The C printer's block for `text` with 1-based `offset` and `endOffset`
 * (-1 when unknown or None; `subclass` true for IndentationError, TabError and
 * other subclasses of SyntaxError, whose end position the printer ignores).
 * The line is printed without its leading blanks (space, tab, form feed);
 * the caret line is left out when the offset falls left of the printed text,
 * and the carets run from the offset to the end offset (at least one, and no
 * further than one past the line's end; to the end of the line when the error
 * spans lines). Returns the lines, each ending in "\n".
 */
export function syntaxErrorBlockC(text: string, lineno: number, offset: number, endLineno: number, endOffset: number, subclass: boolean): string {
  let end = subclass ? -1 : endOffset;
  const lineSize = utf8Len(text);
  if (!subclass && endLineno > lineno) end = lineSize;
  if (end > lineSize + 1) end = lineSize + 1;
  const carets = end > 0 && end > offset ? end - offset : 1;
  let off = offset - 1;
  let k = 0;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\f')) k++;
  let t = text.slice(k);
  off -= k;
  let len = utf8Len(t);
  if (len > 0 && t.endsWith('\n')) len--;
  if (off > len) off = len;
  // A text of several lines: start at the line the offset falls in.
  for (;;) {
    const nl = t.indexOf('\n');
    if (nl < 0) break;
    const inl = utf8Len(t.slice(0, nl));
    if (inl >= off) break;
    t = t.slice(nl + 1);
    len -= inl + 1;
    off -= inl + 1;
  }
  let out = '    ' + t;
  if (!t.endsWith('\n')) out += '\n';
  if (off < 0) return out;
  return out + '    ' + ' '.repeat(off) + '^'.repeat(carets) + '\n';
}

/** Python's str.isspace for one UTF-16 unit of the indentation-stripped line (enough for the caret's padding). */
function isSpace(c: string): boolean {
  return /^[\s\x1c-\x1f\x85]$/.test(c);
}

/**
 * The traceback module's block for `text` with 1-based `offset` and
 * `endOffset` (null for None). The line loses trailing newlines and leading
 * spaces, newlines and form feeds (not tabs); an end offset of None, 0 or -1,
 * or equal to the offset, means one caret; the caret line is left out when the
 * offset falls left of the printed text, and whitespace characters before the
 * caret (tabs) are kept so that it lines up. Returns the lines, each ending in "\n".
 */
export function syntaxErrorBlockModule(text: string, offset: number | null, endOffset: number | null): string {
  const rtext = text.replace(/\n+$/, '');
  const ltext = rtext.replace(/^[ \n\f]+/, '');
  const spaces = rtext.length - ltext.length;
  let out = `    ${ltext}\n`;
  if (offset === null) return out;
  let end = endOffset === null || endOffset === 0 ? offset : endOffset;
  if (offset === end || end === -1) end = offset + 1;
  const colno = offset - 1 - spaces;
  const endColno = end - 1 - spaces;
  if (colno >= 0) {
    const cps = [...ltext].slice(0, colno);
    const pad = cps.map((c) => (isSpace(c) ? c : ' ')).join('');
    out += `    ${pad}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
  }
  return out;
}
