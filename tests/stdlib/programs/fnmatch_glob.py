import fnmatch
import glob
import os

pats = ['a*b*c', '*.py', '[!a-c]x?', '[]]', '[!]', '[a-]', '[z-a]b', '*', '**a', 'a[b',
        '[^x]', '[&&]', 'a*', '*a*', '[a-c-e]', '[!]]', '[\\]', 'a\\*', '[--0]', '[a-c-]',
        '?*?', '[[]', 'x|y', '(a)', '[!a-]', '[b-a-z]', '']
names = ['abc', 'aXbYc', 'ab', 'a.py', 'foo.py', '.py', 'dx1', 'ax1', ']', '!', 'a', '-',
         'b', 'zb', 'xa', 'a[b', '^', 'x', '&', 'd', 'a*', '\\', '/', '0', 'x|y', '(a)', '',
         'a\nc', 'A.PY']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('a/b', 'a*'))
print(fnmatch.filter(names, '[a-c]*'))
print(fnmatch.filter([b'x.c', b'y.h'], b'*.c'), fnmatch.fnmatchcase(b'ab', b'a?'))
print(fnmatch.translate('*.txt') == r'(?s:.*\.txt)\Z')

# glob over a private directory tree
root = 'glob_tree.tmp'


def touch(p):
    with open(p, 'w') as f:
        f.write('x')


def rmtree(p):
    for dp, dns, fns in os.walk(p, topdown=False):
        for n in fns:
            os.remove(os.path.join(dp, n))
        for n in dns:
            os.rmdir(os.path.join(dp, n))
    os.rmdir(p)


if os.path.exists(root):
    rmtree(root)
os.makedirs(os.path.join(root, 'a', 'b', 'c'))
os.makedirs(os.path.join(root, 'x[1]'))
os.makedirs(os.path.join(root, '.hid'))
for f in ['a/one.py', 'a/two.txt', 'a/b/three.py', 'a/b/c/four.py', 'top.py', '.secret.py',
          'x[1]/in.txt', '.hid/h.py', 'star*.txt']:
    touch(os.path.join(root, f))

R = root + '/'


def show(paths):
    return sorted(p[len(R):] if p.startswith(R) else p for p in paths)


print(show(glob.glob(R + '*')))
print(show(glob.glob(R + '*.py')))
print(show(glob.glob(R + '.*')))
print(show(glob.glob(R + '*', include_hidden=True)))
print(show(glob.glob(R + '*/')))
print(show(glob.glob(R + 'a/*/*.py')))
print(show(glob.glob(R + '**/*.py')))
print(show(glob.glob(R + '**/*.py', recursive=True)))
print(show(glob.glob(R + '**', recursive=True)))
print(show(glob.glob(R + '**/', recursive=True)))
print(show(glob.glob(R + '**/*.py', recursive=True, include_hidden=True)))
print(show(glob.glob(R + 'x[1]/*')))
print(show(glob.glob(glob.escape(R + 'x[1]') + '/*')))
print(show(glob.glob(R + 'star*.txt')), show(glob.glob(R + glob.escape('star*.txt'))))
print(show(glob.glob(R + 'a/one.py')), glob.glob(R + 'missing.py'), show(glob.glob(R + 'a/')))
print(show(glob.glob(R + '?op.p[xy]')))
print(sorted(glob.glob('**/*.py', root_dir=root, recursive=True)))
print(sorted(glob.glob('*', root_dir=root)))
print(sorted(glob.glob('**', root_dir=root, recursive=True)))
print(sorted(glob.glob('a/**/', root_dir=root, recursive=True)))
it = glob.iglob(R + '*.py')
print(type(it).__name__ != 'list', show(it))
print(glob.escape('a*b?c[d]'), glob.escape('/x/[y]'), glob.escape(b'q?'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
print(sorted(glob.glob(os.fsencode(R) + b'*.py')))
print(glob.glob(''), glob.glob('', recursive=True))
rmtree(root)
print(os.path.exists(root))
