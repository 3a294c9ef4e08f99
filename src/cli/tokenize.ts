/**
 * `tspy tokenize FILE [-e]`: prints exactly what `python3 -m tokenize [-e]
 * FILE` prints (Lib/tokenize.py's main): one line per token, and
 * `FILE:LINE:COL: error: MSG` on stderr with status 1 for tokenize errors.
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';
import { formatTokenize } from '../parser/tokenize_api.js';
import { STDIO, type CommandIO } from './ast.js';

/** Add the `tokenize` command to the program. */
export function register(program: Command): void {
  program
    .command('tokenize')
    .description('print the tokens of FILE like python3 -m tokenize')
    .argument('<file>', 'Python source file')
    .option('-e, --exact', 'display token names using the exact type')
    .action((file: string, opts: { exact?: boolean }) => {
      process.exitCode = tokenizeCommand(file, !!opts.exact);
    });
}

/** Runs the command; returns the exit status. */
export function tokenizeCommand(file: string, exact: boolean, io: CommandIO = STDIO): number {
  let src: Uint8Array;
  try {
    src = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.err(`error: [Errno ${-(err.errno ?? 2)}] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}: '${file}'\n`);
    return 1;
  }
  const r = formatTokenize(src, file, exact);
  if (r.stdout) io.out(r.stdout);
  if (r.stderr) io.err(r.stderr);
  return r.status;
}
