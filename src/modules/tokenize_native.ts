/**
 * `_tspy_tokenize`: the native half of tspy's `tokenize` module
 * (src/lib/tokenize.py): the token stream that `tspy tokenize` prints
 * (src/parser/tokenize_api.ts, identical to Lib/tokenize.py's), as tuples.
 */
import { type PyValue, PyBuiltinFunction, None, TypeErrorType, newError, typeName } from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyBytes } from '../runtime/bytes.js';
import { tokenize, TokenizeError } from '../parser/tokenize_api.js';
import type { Token } from '../parser/tokens.js';
import { mkList, mkTuple } from '../vm/rt.js';
import { PySyntaxError } from '../parser/errors.js';
import { EncodingError } from '../parser/source.js';
import { syntaxErrorToPy } from '../importer/importer.js';

function tokenTuple(t: Token): PyValue {
  return mkTuple([t.type, t.exactType, t.string, mkTuple([t.start[0], t.start[1]]), mkTuple([t.end[0], t.end[1]]), t.line]);
}

/** The attributes of `_tspy_tokenize`. */
export function tokenizeNativeEntries(): [string, PyValue][] {
  return [
    [
      'tokens',
      new PyBuiltinFunction('tokens', (a, k) => {
        // (tokens, error): error None, or (kind, message, lineno, col) after the tokens read before it.
        const [src] = parseArgs('tokens', a, k, ['source']);
        const source = typeof src === 'string' ? src : src instanceof PyBytes ? src.bytes : undefined;
        if (source === undefined) throw newError(TypeErrorType, `expected str or bytes, not ${typeName(src ?? None)}`);
        try {
          return mkTuple([mkList(tokenize(source).map(tokenTuple)), None]);
        } catch (e) {
          if (e instanceof TokenizeError) return mkTuple([mkList(e.tokens.map(tokenTuple)), mkTuple([e.kind, e.message, e.lineno, e.col])]);
          if (e instanceof EncodingError) return mkTuple([mkList([]), mkTuple(['SyntaxError', e.tokenizeMsg, 0, 0])]);
          if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
          throw e;
        }
      }, null, 'tokens', '_tspy_tokenize'),
    ],
  ];
}
