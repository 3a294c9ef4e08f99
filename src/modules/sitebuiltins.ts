/**
 * The builtins CPython's site module adds (Lib/_sitebuiltins.py): `exit` and
 * `quit` (Quitter objects that raise SystemExit), `help` (a _Helper;
 * pydoc's interactive help is not supported, so calling it raises
 * NotImplementedError) and the `copyright`, `credits` and `license` printers.
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
import { stdoutWrite } from './stdio.js';

const QuitterType = new PyType('Quitter', [ObjectType], 0, '_sitebuiltins');
const HelperType = new PyType('_Helper', [ObjectType], 0, '_sitebuiltins');
const PrinterType = new PyType('_Printer', [ObjectType], 0, '_sitebuiltins');

/** CPython's sys.copyright (also the text of `copyright`). */
export const COPYRIGHT =
  'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
const CREDITS =
  '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
  '    for supporting Python development.  See www.python.org for more information.';

/** copyright / credits / license: the repr shows the text (license: a pointer to license()). */
class PyPrinter extends PyObject {
  constructor(public readonly name: string, public readonly text: string | null) {
    super();
    this.ob_type = PrinterType;
  }
}

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
  defineMethods(PrinterType, {
    __repr__: (args) => (args[0] as PyPrinter).text ?? `Type ${(args[0] as PyPrinter).name}() to see the full ${(args[0] as PyPrinter).name} text`,
    __call__(args) {
      const p = args[0] as PyPrinter;
      if (p.text === null) throw newError(NotImplementedErrorType, `${p.name}() is not supported by tspy (the license file is not available)`);
      stdoutWrite(p.text + '\n');
      return None;
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
    ['copyright', new PyPrinter('copyright', COPYRIGHT)],
    ['credits', new PyPrinter('credits', CREDITS)],
    ['license', new PyPrinter('license', null)],
  ];
}
