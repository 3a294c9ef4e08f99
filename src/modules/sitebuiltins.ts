/**
 * The builtins CPython's site module adds (Lib/_sitebuiltins.py): `exit` and
 * `quit` (Quitter objects that raise SystemExit) and `help` (a _Helper;
 * pydoc's interactive help is not supported, so calling it raises
 * NotImplementedError).
 */
import {
  type PyValue,
  PyObject,
  PyType,
  ObjectType,
  None,
  SystemExitType,
  NotImplementedErrorType,
  newError,
  defineMethods,
} from '../runtime/object.js';
import { makeException } from '../runtime/exceptions.js';
import { parseArgs } from '../runtime/args.js';

const QuitterType = new PyType('Quitter', [ObjectType], 0, '_sitebuiltins');
const HelperType = new PyType('_Helper', [ObjectType], 0, '_sitebuiltins');

/** exit / quit. */
class PyQuitter extends PyObject {
  constructor(public readonly name: string) {
    super();
    this.ob_type = QuitterType;
  }
}

const CALL_SPEC = ['code?'];
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  defineMethods(QuitterType, {
    __repr__: (args) => `Use ${(args[0] as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`,
    __call__(args, kwnames) {
      const p = parseArgs('__call__', args.slice(1), kwnames, CALL_SPEC);
      throw makeException(SystemExitType, [p[0] ?? None]);
    },
  });
  defineMethods(HelperType, {
    __repr__: () => 'Type help() for interactive help, or help(object) for help about object.',
    __call__() {
      throw newError(NotImplementedErrorType, 'help() (pydoc) is not supported by tspy');
    },
  });
}

/** The site builtins: [name, value] pairs for the builtins module. */
export function siteBuiltins(): [string, PyValue][] {
  install();
  const helper = new PyObject(HelperType);
  return [
    ['exit', new PyQuitter('exit')],
    ['quit', new PyQuitter('quit')],
    ['help', helper],
  ];
}
