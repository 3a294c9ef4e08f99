/**
 * The code object the cache tests' stand-in compiler returns: `return <text>`
 * of the source (plus `extraConsts`), so a cache round trip shows which source
 * was compiled without running the real compiler.
 */
import { CodeObject } from '../../src/bytecode/code.js';
import type { ConstValue } from '../../src/bytecode/constants.js';

export function fakeCode(source: string | Uint8Array, filename: string, extraConsts: ConstValue[] = []): CodeObject {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  return new CodeObject({
    co_argcount: 0,
    co_posonlyargcount: 0,
    co_kwonlyargcount: 0,
    co_stacksize: 1,
    co_flags: 0,
    co_code: Uint8Array.of(151, 0, 100, 0, 83, 0),
    co_consts: [text, ...extraConsts],
    co_names: [],
    co_localsplusnames: [],
    co_localspluskinds: new Uint8Array(0),
    co_filename: filename,
    co_name: '<module>',
    co_qualname: '<module>',
    co_firstlineno: 1,
    co_linetable: new Uint8Array(0),
    co_exceptiontable: new Uint8Array(0),
  });
}
