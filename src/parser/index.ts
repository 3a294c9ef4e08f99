/**
 * Public API of the parser stage: `tokenize`, `parse`, `dump`, and the
 * error type. See each module for the CPython behaviour it mirrors.
 */
export { parse } from './parser.js';
export { dump, type DumpOptions } from './dump.js';
export { tokenize, formatTokenize } from './tokenize_api.js';
export { PySyntaxError, type SyntaxErrorType } from './errors.js';
export { decodeSource } from './source.js';
export type { Token } from './tokens.js';
export { reprConst, reprStr, reprFloat, reprBytes } from './repr.js';
export type * from './ast.js';
