"""Disassembler of Python bytecode: tspy's own `dis` module.

tspy compiles to CPython 3.11's bytecode, so what this module prints is what
CPython's prints, byte for byte (only the addresses in code-object reprs are
tspy's own). The decoding and the layout live in tspy's disassembler
(src/bytecode/dis.ts, shared with `tspy dis`), reached through `_tspy_dis`.
"""
import collections
import sys
import types

import _tspy_dis
from _tspy_dis import (
    opname, opmap, cmp_op, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree,
    hasnargs, HAVE_ARGUMENT, EXTENDED_ARG, stack_effect,
)

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels',
           'show_code', 'get_instructions', 'Instruction', 'Bytecode', 'stack_effect', 'opname',
           'opmap', 'cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal',
           'hascompare', 'hasfree', 'hasnargs', 'HAVE_ARGUMENT', 'EXTENDED_ARG']

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED',
    2: 'NEWLOCALS',
    4: 'VARARGS',
    8: 'VARKEYWORDS',
    16: 'NESTED',
    32: 'GENERATOR',
    64: 'NOFREE',
    128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE',
    512: 'ASYNC_GENERATOR',
}

FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], defaults=[None] * 4)

_Instruction = collections.namedtuple(
    '_Instruction', ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """Details for a bytecode operation (the fields of dis.Instruction)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append('%*d' % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(20))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _code_of(x):
    """The code object behind a method, function, generator, async generator or coroutine; x itself otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, coroutine or source string."""
    x = _code_of(x)
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _out(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines, code objects and source strings."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _code_of(x)
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print('Disassembly of %s:' % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print('Sorry:', msg, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _out(_tspy_dis.disassemble(x, depth), file)
    elif isinstance(x, (bytes, bytearray)):
        raise NotImplementedError('dis of raw bytecode is not supported by tspy')
    elif isinstance(x, str):
        _out(_tspy_dis.disassemble(_try_compile(x, '<dis>'), depth), file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last one)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError('no last traceback to disassemble') from None
        while tb.tb_next:
            tb = tb.tb_next
    _out(_tspy_dis.disassemble(tb.tb_frame.f_code, 0), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not the ones nested in its constants)."""
    _out(_tspy_dis.disassemble(co, 0), file)


disco = disassemble


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instructions of a function, method, code object or source string."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for t in _tspy_dis.instructions(co):
        opname_, opcode, arg, argval, argrepr, offset, starts_line, is_target, pos = t
        if starts_line is not None:
            starts_line += shift
        yield Instruction(opname_, opcode, arg, argval, argrepr, offset, starts_line, is_target, Positions(*pos))


def findlinestarts(code):
    """(offset, lineno) for each instruction that starts a source line."""
    for pair in _tspy_dis.linestarts(code):
        yield pair


deoptmap = dict(_tspy_dis.deoptmap)
_specialized_opmap = dict(_tspy_dis.specialized_opmap)
_all_opname = list(opname)
for _name, _op in _specialized_opmap.items():
    _all_opname[_op] = _name
_deopt = list(range(256))
for _name, _base in deoptmap.items():
    _deopt[_specialized_opmap[_name]] = opmap[_base]
_inline_cache_entries = [0] * 256
for _name, _n in _tspy_dis.cache_entries.items():
    _inline_cache_entries[opmap[_name]] = _n


def _unpack_opargs(code):
    """(offset, opcode, arg or None) for each instruction of raw bytecode, CACHE units skipped."""
    extended_arg = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        deop = _deopt[op]
        caches = _inline_cache_entries[deop]
        if deop >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if deop == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """The byte offsets that raw bytecode jumps to, in order of appearance."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None:
            if _deopt[op] in hasjrel:
                if 'JUMP_BACKWARD' in _all_opname[op]:
                    arg = -arg
                label = offset + 2 + arg * 2
            else:
                continue
            if label not in labels:
                labels.append(label)
    return labels


def pretty_flags(flags):
    """The code flags as names, e.g. 'OPTIMIZED, NEWLOCALS'."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def _format_code_info(co):
    lines = []
    lines.append('Name:              %s' % co.co_name)
    lines.append('Filename:          %s' % co.co_filename)
    lines.append('Argument count:    %s' % co.co_argcount)
    lines.append('Positional-only arguments: %s' % co.co_posonlyargcount)
    lines.append('Kw-only arguments: %s' % co.co_kwonlyargcount)
    lines.append('Number of locals:  %s' % co.co_nlocals)
    lines.append('Stack size:        %s' % co.co_stacksize)
    lines.append('Flags:             %s' % pretty_flags(co.co_flags))
    for title, values, fmt in (('Constants:', co.co_consts, '%4d: %r'), ('Names:', co.co_names, '%4d: %s'),
                               ('Variable names:', co.co_varnames, '%4d: %s'), ('Free variables:', co.co_freevars, '%4d: %s'),
                               ('Cell variables:', co.co_cellvars, '%4d: %s')):
        if values:
            lines.append(title)
            for i_v in enumerate(values):
                lines.append(fmt % i_v)
    return '\n'.join(lines)


def code_info(x):
    """Detailed information about the code object of `x`, as a string."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode of a function, method, code object or source string, as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self._original_object)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        return _tspy_dis.disassemble(self.codeobj, 0)
