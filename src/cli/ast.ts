/**
 * `tspy ast FILE... [--indent N] [--positions] [--jsonl]`: prints
 * `ast.dump(ast.parse(src))` exactly as CPython 3.11 does. With `--jsonl`, one
 * JSON line per file: `{"file", "dump"}` or `{"file", "error": {type, msg,
 * lineno, offset}}` (for bulk comparisons). Without it, a syntax error prints
 * CPython's report to stderr and the exit status is 1.
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';
import { dump, parse, PySyntaxError } from '../parser/index.js';

interface AstOptions {
  indent?: string;
  positions?: boolean;
  jsonl?: boolean;
}

/** Add the `ast` command to the program. */
export function register(program: Command): void {
  program
    .command('ast')
    .description('print ast.dump(ast.parse(FILE)) like CPython 3.11')
    .argument('<files...>', 'Python source files')
    .option('--indent <n>', 'pretty-print with this indent (as ast.dump(indent=N))')
    .option('--positions', 'include lineno/col_offset/end_lineno/end_col_offset (include_attributes=True)')
    .option('--jsonl', 'one JSON object per line per file; syntax errors reported in the object')
    .action((files: string[], opts: AstOptions) => {
      process.exitCode = astCommand(files, opts);
    });
}

/** Where a command writes (stdout, stderr); tests substitute their own. */
export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
}

export const STDIO: CommandIO = {
  out: (s) => void fs.writeSync(1, s),
  err: (s) => void fs.writeSync(2, s),
};

/** Runs the command; returns the exit status. */
export function astCommand(files: string[], opts: AstOptions, io: CommandIO = STDIO): number {
  let indent: number | string | null = null;
  if (opts.indent !== undefined) {
    const n = Number(opts.indent);
    indent = Number.isInteger(n) ? n : opts.indent;
  }
  const dopts = { indent, includeAttributes: !!opts.positions };
  let status = 0;
  const chunks: string[] = [];
  const flush = (): void => {
    if (chunks.length) io.out(chunks.join(''));
    chunks.length = 0;
  };
  for (const file of files) {
    let src: Uint8Array;
    try {
      src = fs.readFileSync(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (opts.jsonl) {
        chunks.push(JSON.stringify({ file, error: { type: err.code === 'ENOENT' ? 'FileNotFoundError' : 'OSError', msg: err.message, lineno: null, offset: null } }) + '\n');
        continue;
      }
      flush();
      io.err(`tspy ast: can't open file '${file}': [Errno ${-(err.errno ?? 2)}] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
      status = 2;
      continue;
    }
    try {
      const tree = parse(src, file);
      const d = dump(tree, dopts);
      chunks.push(opts.jsonl ? JSON.stringify({ file, dump: d }) + '\n' : d + '\n');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (opts.jsonl) {
        chunks.push(JSON.stringify({ file, error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset } }) + '\n');
        continue;
      }
      flush();
      io.err(e.format());
      status = 1;
    }
    if (chunks.length > 64) flush();
  }
  flush();
  return status;
}
