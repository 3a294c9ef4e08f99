"""tspy's own `filecmp`: compare files (cmp, cmpfiles) and directories
(dircmp, computed lazily attribute by attribute, with CPython's reports)."""
import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            x = a.read(BUFSIZE)
            if x != b.read(BUFSIZE):
                return False
            if not x:
                return True


def cmp(f1, f2, shallow=True):
    """Compare two files: equal signatures (type, size, mtime) are enough
    when shallow; otherwise the contents decide."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _compare(a, b, shallow):
    # 0 same, 1 different, 2 could not compare.
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """(same, different, trouble) lists for the names common to dirs a and b."""
    result = ([], [], [])
    for name in common:
        result[_compare(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


class dircmp:
    """Compare two directories; attributes (left_only, common_files,
    diff_files, subdirs, ...) are computed when first read."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skip)

    def phase1(self):
        a = {os.path.normcase(n): n for n in self.left_list}
        b = {os.path.normcase(n): n for n in self.right_list}
        self.common = [a[k] for k in a if k in b]
        self.left_only = [a[k] for k in a if k not in b]
        self.right_only = [b[k] for k in b if k not in a]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a_type = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                b_type = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if a_type != b_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print a report on the differences between a and b."""
        print('diff', self.left, self.right)
        for side, names in ((self.left, 'left_only'), (self.right, 'right_only')):
            values = getattr(self, names)
            if values:
                values.sort()
                print('Only in', side, ':', values)
        for label, names in (('Identical files :', 'same_files'), ('Differing files :', 'diff_files'),
                             ('Trouble with common files :', 'funny_files'),
                             ('Common subdirectories :', 'common_dirs'), ('Common funny cases :', 'common_funny')):
            values = getattr(self, names)
            if values:
                values.sort()
                print(label, values)

    def report_partial_closure(self):
        """Print reports on self and on its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print reports on self and all subdirectories, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4, same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)
