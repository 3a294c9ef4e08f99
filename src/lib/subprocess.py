"""tspy's own `subprocess`: run child processes (through Node's spawnSync).

A child runs to completion in one go: at Popen() unless stdin=PIPE, in which
case it runs when communicate(), wait() or poll() is called or its output is
first read, with whatever was written to proc.stdin as its input (run() and
call() start it in communicate() and wait(), under their timeout). So a
program cannot talk to a child interactively; run(), call(), check_call(),
check_output(), getoutput(), getstatusoutput() and Popen.communicate()
behave as in CPython."""
import io
import os
import sys
import time

import _tspy_subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


_stdout_alias = property(lambda self: self.output, lambda self, value: setattr(self, 'output', value),
                         doc="Alias for output attribute, to match stderr")


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess(object):
    """A process that has finished running (the result of run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(__import__('types').GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a Windows command line."""
    result = []
    for arg in map(os.fsdecode, seq):
        backslashes = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                backslashes.append(c)
            elif c == '"':
                result.append('\\' * len(backslashes) * 2)
                backslashes = []
                result.append('\\"')
            else:
                if backslashes:
                    result.extend(backslashes)
                    backslashes = []
                result.append(c)
        if backslashes:
            result.extend(backslashes)
        if needquote:
            result.extend(backslashes)
            result.append('"')
    return ''.join(result)


class _Input(io.BytesIO):
    # proc.stdin for stdin=PIPE: collects what the program writes for the child.
    def __init__(self, proc):
        super().__init__()
        self._proc = proc

    def close(self):
        if not self.closed:
            self._proc._written = self.getvalue()
        super().close()


class _Output:
    # proc.stdout / proc.stderr for PIPE: runs a deferred child on first use,
    # then reads like a binary or text file over what the child wrote.
    def __init__(self, proc, which):
        self._proc = proc
        self._which = which
        self._data = None
        self._closed = False

    def _load(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if self._data is None:
            self._proc._ensure_run(None)
            raw = self._proc._captured[self._which] or b''
            if self._proc.text_mode:
                self._data = io.StringIO(self._proc._decode(raw))
            else:
                self._data = io.BytesIO(raw)
        return self._data

    def read(self, size=-1):
        return self._load().read(size)

    def readline(self, size=-1):
        return self._load().readline(size)

    def readlines(self, hint=-1):
        return self._load().readlines(hint)

    def __iter__(self):
        return self

    def __next__(self):
        line = self._load().readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Popen:
    """Execute a child program (see the module docstring for when it runs)."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None,
                 _defer=False):
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        if preexec_fn is not None:
            raise NotImplementedError("subprocess.Popen's preexec_fn is not supported by tspy")
        self.args = args
        self.returncode = None
        self.pid = None
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._argv = self._make_argv(args, executable, shell)
        self._executable = os.fsdecode(executable) if executable is not None else self._argv[0]
        self._cwd = os.fsdecode(cwd) if cwd is not None else None
        self._env = None if env is None else {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        self._merge = stderr == STDOUT and stdout == PIPE
        out_mode = self._mode(stdout, 'stdout')
        if stderr == STDOUT:
            # stderr follows stdout: into its pipe (joined by a shell), its file, or our fd 1.
            err_mode = 'devnull' if self._merge else (1 if out_mode == 'inherit' else out_mode)
        else:
            err_mode = self._mode(stderr, 'stderr')
        self._modes = (self._mode(stdin, 'stdin'), out_mode, err_mode)
        self._written = None
        self._captured = (None, None, None)
        self._ran = False
        self.stdin = _Input(self) if stdin == PIPE else None
        self.stdout = self._reader(1) if stdout == PIPE else None
        self.stderr = self._reader(2) if stderr == PIPE else None
        if stdin != PIPE and not _defer:
            self._run(None, None)

    @staticmethod
    def _make_argv(args, executable, shell):
        if isinstance(args, (str, bytes, os.PathLike)):
            args = [args]
        else:
            args = list(args)
        args = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in args]
        for a in args:
            if not isinstance(a, str):
                raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)
        if shell:
            args = ['/bin/sh', '-c'] + args
        return args

    def _mode(self, value, name):
        if value is None:
            return 'inherit'
        if value == PIPE:
            return 'pipe'
        if value == DEVNULL:
            return 'devnull'
        if value == STDOUT:
            raise ValueError('STDOUT can only be used for stderr')
        if isinstance(value, int):
            return value
        return value.fileno()

    def _reader(self, which):
        return _Output(self, which)

    def _run(self, data, timeout):
        self._ran = True
        self._child_created = True
        stdout_mode = self._modes[1]
        stderr_mode = self._modes[2]
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except (AttributeError, ValueError):
                pass
        code, out, err, timed_out, pid = _tspy_subprocess.run_child(
            self._executable, self._argv, self._cwd, self._env, data,
            self._modes[0], stdout_mode, stderr_mode, timeout, self._merge)
        self.pid = pid
        self._captured = (None, out if stdout_mode == 'pipe' else None, err if stderr_mode == 'pipe' else None)
        if timed_out:
            self.returncode = code
            raise TimeoutExpired(self.args, timeout, self._decode(self._captured[1]), self._decode(self._captured[2]))
        self.returncode = code

    def _ensure_run(self, timeout):
        if not self._ran:
            data = self._written
            if data is None and self.stdin is not None and not self.stdin.closed:
                data = self.stdin.getvalue()
            self._run(data, timeout)

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()

    def communicate(self, input=None, timeout=None):
        """Send input to the child, wait for it, return (stdout, stderr)."""
        if self._ran and input:
            raise ValueError("Invalid file object: input was already sent to the process")
        if input is not None and self.stdin is not None:
            if self.text_mode and isinstance(input, str):
                input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
            self._written = (self._written or b'') + bytes(input)
        if not self._ran:
            self._ensure_run(timeout)
        out = self._drain(1)
        err = self._drain(2)
        for f in (self.stdin,):
            if f and not f.closed:
                io.BytesIO.close(f)
        return (out, err)

    def _drain(self, which):
        stream = self.stdout if which == 1 else self.stderr
        if stream is None:
            return None
        data = stream.read()
        stream.close()
        return data

    def poll(self):
        """The return code (the child has always finished here)."""
        self._ensure_run(None)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to terminate; return its return code."""
        self._ensure_run(timeout)
        return self.returncode

    def send_signal(self, sig):
        pass

    def terminate(self):
        pass

    def kill(self):
        pass


def call(*popenargs, timeout=None, **kwargs):
    """Run the command and return its return code."""
    with Popen(*popenargs, _defer=True, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run the command; raise CalledProcessError on a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command and return its output; raise CalledProcessError on failure."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, _defer=True, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
