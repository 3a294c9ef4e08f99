/**
 * `tspy cache info FILE.pyc`: print a cache file's header (magic, flags and
 * invalidation mode, source hash/mtime/size, payload length, checksum validity), whether
 * its source still matches, and the code objects inside, recursively.
 * Exit status 0 for a valid file, 1 when the file is unusable (the reason is
 * printed).
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';
import { CodeObject } from '../bytecode/code.js';
import { reprConst, reprStr } from '../parser/repr.js';
import { ConstFrozenSet, ConstTuple } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';

/** Add the `cache` command group (`cache info`) to the program. */
export function register(program: Command): void {
  const cache = program.command('cache').description('inspect tspy cache files');
  cache
    .command('info')
    .description('print the header and the code objects of a cache file')
    .argument('<file>', 'a __pycache__/<stem>.tspy-311.pyc file')
    .action(async (file: string) => {
      process.exitCode = await cacheInfoCommand(file);
    });
}

const CO_FLAG_NAMES: [number, string][] = [
  [0x1, 'OPTIMIZED'],
  [0x2, 'NEWLOCALS'],
  [0x4, 'VARARGS'],
  [0x8, 'VARKEYWORDS'],
  [0x10, 'NESTED'],
  [0x20, 'GENERATOR'],
  [0x40, 'NOFREE'],
  [0x80, 'COROUTINE'],
  [0x100, 'ITERABLE_COROUTINE'],
  [0x200, 'ASYNC_GENERATOR'],
];

/** `co_flags` spelled like `dis.pretty_flags`. */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  let rest = flags;
  for (const [bit, name] of CO_FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      rest &= ~bit;
    }
  }
  if (rest) names.push(`0x${rest.toString(16)}`);
  return names.length ? names.join(', ') : '0x0';
}

/** A constant as Python would repr it (code objects abbreviated). */
export function constRepr(v: ConstValue): string {
  if (v instanceof CodeObject) {
    return `<code object ${v.co_name}, file ${reprStr(v.co_filename).replace(/^'|'$/g, '"')}, line ${v.co_firstlineno}>`;
  }
  return reprConst(v);
}

/** Describe a code object tree, one block per code object, nested ones indented. */
export function describeCodeTree(code: CodeObject, indent = ''): string {
  const lines: string[] = [];
  const tupleRepr = (xs: string[]) => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`);
  lines.push(`${indent}code object ${code.co_name} (qualname ${code.co_qualname})`);
  const p = indent + '  ';
  lines.push(`${p}filename:          ${code.co_filename}`);
  lines.push(`${p}firstlineno:       ${code.co_firstlineno}`);
  lines.push(`${p}argcount:          ${code.co_argcount}`);
  lines.push(`${p}posonlyargcount:   ${code.co_posonlyargcount}`);
  lines.push(`${p}kwonlyargcount:    ${code.co_kwonlyargcount}`);
  lines.push(`${p}nlocals:           ${code.co_nlocals}`);
  lines.push(`${p}stacksize:         ${code.co_stacksize}`);
  lines.push(`${p}flags:             0x${code.co_flags.toString(16).padStart(8, '0')} (${prettyFlags(code.co_flags)})`);
  lines.push(`${p}code:              ${code.co_code.length} bytes (${code.co_code.length >> 1} code units)`);
  lines.push(`${p}consts:            ${tupleRepr(code.co_consts.map(constRepr))}`);
  lines.push(`${p}names:             ${tupleRepr(code.co_names.map(reprStr))}`);
  lines.push(`${p}varnames:          ${tupleRepr(code.co_varnames.map(reprStr))}`);
  if (code.co_cellvars.length) lines.push(`${p}cellvars:          ${tupleRepr(code.co_cellvars.map(reprStr))}`);
  if (code.co_freevars.length) lines.push(`${p}freevars:          ${tupleRepr(code.co_freevars.map(reprStr))}`);
  lines.push(`${p}linetable:         ${code.co_linetable.length} bytes`);
  lines.push(`${p}exceptiontable:    ${code.co_exceptiontable.length} bytes`);
  let out = lines.join('\n') + '\n';
  const walk = (v: ConstValue): void => {
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) v.items.forEach(walk);
    else if (v !== null && typeof v === 'object' && 'co_code' in v) out += describeCodeTree(v as CodeObject, p);
  };
  code.co_consts.forEach(walk);
  return out;
}

/** The command itself; returns the exit status. */
export async function cacheInfoCommand(file: string): Promise<number> {
  const { initCache } = await import('../cache/init.js');
  const fmt = await import('../cache/format.js');
  const { validateCache, sourcePathFromCache } = await import('../cache/pycache.js');
  await initCache();
  let buf: Uint8Array;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    process.stderr.write(`tspy cache info: cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  const out: string[] = [];
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
  out.push(`file:              ${file} (${buf.length} bytes)`);
  let header: ReturnType<typeof fmt.readHeader>;
  try {
    header = fmt.readHeader(buf);
  } catch (e) {
    const head = buf.subarray(0, Math.min(buf.length, fmt.HEADER_SIZE));
    out.push(`header bytes:      ${hex(head) || '(none)'}`);
    out.push(`expected magic:    ${fmt.MAGIC_NUMBER} (${hex(fmt.MAGIC)})`);
    out.push(`invalid:           ${(e as Error).message}`);
    process.stdout.write(out.join('\n') + '\n');
    return 1;
  }
  out.push(`magic:             ${header.magicNumber} (${hex(buf.subarray(0, 4))}), format version ${fmt.FORMAT_VERSION}`);
  out.push(`flags:             0x${header.flags.toString(16).padStart(8, '0')} (${header.mode}${header.racy ? ', racy stat' : ''})`);
  out.push(`source hash:       0x${header.sourceHash.toString(16).padStart(16, '0')} (xxh64)`);
  const ms = Number(header.sourceMtimeNs / 1_000_000n);
  const frac = (header.sourceMtimeNs % 1_000_000_000n).toString().padStart(9, '0');
  out.push(`source mtime:      ${header.sourceMtimeNs} ns (${new Date(ms).toISOString().slice(0, 19)}.${frac}Z)`);
  out.push(`source size:       ${header.sourceSize}`);
  const { compilerBuildId } = await import('../cache/compiler_link.js');
  const build = compilerBuildId();
  const buildNote = header.compilerBuild === build ? 'this build' : build === 0 ? 'current build unknown' : `another build; this one is 0x${build.toString(16).padStart(8, '0')}`;
  out.push(`compiler build:    0x${header.compilerBuild.toString(16).padStart(8, '0')} (${buildNote})`);
  out.push(`payload length:    ${header.payloadLength}`);
  const sumOk = fmt.checksumValid(buf, header);
  out.push(`checksum:          0x${header.checksum.toString(16).padStart(16, '0')} (${sumOk ? 'valid' : 'INVALID'})`);
  const src = sourcePathFromCache(file);
  if (src) {
    let state: string;
    try {
      const st = fmt.statSource(src);
      const source = fs.readFileSync(src);
      try {
        validateCache(buf, source, st);
        state = header.mode === 'unchecked-hash' ? 'present (not checked: unchecked-hash)' : 'matches';
      } catch (e) {
        state = (e as Error).message;
      }
    } catch {
      state = 'missing';
    }
    out.push(`source:            ${src} (${state})`);
  }
  if (!sumOk) {
    process.stdout.write(out.join('\n') + '\n');
    return 1;
  }
  let code: CodeObject;
  try {
    code = fmt.decodePayload(buf.subarray(fmt.HEADER_SIZE));
  } catch (e) {
    out.push(`payload:           ${(e as Error).message}`);
    process.stdout.write(out.join('\n') + '\n');
    return 1;
  }
  process.stdout.write(out.join('\n') + '\n' + describeCodeTree(code));
  return 0;
}
