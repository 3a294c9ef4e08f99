/**
 * `tspy dis FILE | -c CODE`: compile Python source and print its bytecode the
 * way `python3 -m dis FILE` does (see src/bytecode/dis.ts for the format and
 * the fake code-object addresses). A SyntaxError prints CPython's report to
 * stderr and exits 1.
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';

/** Add the `dis` command to the program. */
export function register(program: Command): void {
  program
    .command('dis')
    .description('disassemble a Python file (like python3 -m dis)')
    .argument('[file]', 'Python source file')
    .option('-c, --code <code>', 'disassemble CODE instead of a file')
    .action(async (file: string | undefined, opts: { code?: string }) => {
      process.exitCode = await disCommand(file, opts.code);
    });
}

/** Run the command; returns the exit status. */
export async function disCommand(file: string | undefined, code: string | undefined): Promise<number> {
  const { compileSource } = await import('../compiler/index.js');
  const { disassemble } = await import('../bytecode/dis.js');
  const { PySyntaxError } = await import('../parser/errors.js');
  let source: string | Uint8Array;
  let filename: string;
  if (code !== undefined) {
    source = code;
    filename = '<string>';
  } else if (file !== undefined) {
    try {
      source = fs.readFileSync(file);
    } catch (e) {
      process.stderr.write(`tspy dis: can't open file '${file}': ${(e as Error).message}\n`);
      return 2;
    }
    filename = file;
  } else {
    process.stderr.write('tspy dis: expected FILE or -c CODE\n');
    return 2;
  }
  try {
    const co = compileSource(source, filename, 'exec');
    fs.writeSync(1, disassemble(co));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      fs.writeSync(2, 'Traceback (most recent call last):\n' + e.format());
      return 1;
    }
    throw e;
  }
}
