"""Extract, format and print stack traces and exceptions (CPython 3.11 API).

tspy's own implementation. Source lines come from ``linecache`` and the
``~~~^^^`` position markers and the final ``Type: message`` lines from the
native helpers the VM's uncaught-exception printer uses (``_tspy_traceback``),
so both print the same text. Exception groups are formatted like other
exceptions (their nested tracebacks are not drawn).
"""

import sys
import linecache
import itertools
from _tspy_traceback import caret_line as _caret_line, exception_only as _exception_only

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


# ---------------------------------------------------------------- lists

def print_list(extracted_list, file=None):
    """Print the list of (filename, lineno, name, line) entries as format_list does."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples as strings ready for printing."""
    return StackSummary.from_list(extracted_list).format()


# ---------------------------------------------------------------- tracebacks

def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the traceback's entries."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---------------------------------------------------------------- exceptions

def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception 'exc' (or type, value, tb) with its traceback to 'file' (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format an exception like print_exception; return a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback (the final 'Type: message' lines)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type/value/traceback like print_exception."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------- stacks

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of the frames of a traceback (tspy frames need no clearing)."""
    while tb is not None:
        tb.tb_frame.clear()
        tb = tb.tb_next


# ---------------------------------------------------------------- summaries

class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line (a 4-tuple lookalike)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) following f.f_back from f (default: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions_gen = code.co_positions()
    return next(itertools.islice(positions_gen, instruction_index // 2, None))


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from an iterable of (frame, lineno) pairs."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = list(frame_gen)[limit:]

        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name,
                lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            line = frame_summary._original_line
            stripped_characters = len(line) - len(frame_summary.line.lstrip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                marks = _caret_line(line, frame_summary.lineno,
                                    frame_summary.end_lineno, frame_summary.colno,
                                    frame_summary.end_colno, stripped_characters)
                if marks:
                    row.append(marks)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: one string per frame (with repeat elision)."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class _ExceptionPrintContext:
    """Indentation state while drawing nested exception groups."""

    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            if not self.exception_group_depth:
                yield text
            else:
                yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering: stack, exc_type, __cause__/__context__ chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if isinstance(exc_value, BaseException) and type(exc_value) is exc_type:
            self._native_only = _exception_only(exc_value)
        else:
            self._native_only = None
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.exceptions = None
        self.__cause__ = None
        self.__context__ = None

        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e is not None and e.__cause__ is not None
                        and id(e.__cause__) not in _seen):
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None
                                    and not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None
                        and need_context and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for member in e.exceptions:
                        exceptions.append(TracebackException(
                            type(member), member, member.__traceback__,
                            limit=limit, lookup_lines=lookup_lines,
                            capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth, _seen=_seen))
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception-only lines ('Type: message', SyntaxError details, notes)."""
        if self._native_only is not None:
            yield from self._native_only
            return
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        yield _format_final_exc_line(stype, self._str)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield '{}\n'.format(note)
        elif self.__notes__ is not None:
            yield '{}\n'.format(_safe_string(self.__notes__, '__notes__', func=repr))

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the traceback, chained exceptions first when chain is true;
        exception groups are drawn as boxes of numbered members like CPython's."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                top = _ctx.exception_group_depth == 0
                if top:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                         margin_char='+' if top else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                count = len(exc.exceptions)
                n = count if count <= self.max_group_width else self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last = i == n - 1
                    if last:
                        # a nested group's last member may draw the closing line itself
                        _ctx.need_close = True
                    truncated = i >= self.max_group_width
                    title = '...' if truncated else f'{i + 1}'
                    yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                           + f'+---------------- {title} ----------------\n')
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        rest = count - self.max_group_width
                        yield from _ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
                    if last and _ctx.need_close:
                        yield _ctx.indent() + '+------------------------------------\n'
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if top:
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file' (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
