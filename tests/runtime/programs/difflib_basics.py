import difflib
s = difflib.SequenceMatcher(None, 'abcd', 'bcde')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
print(s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'whale', 'shell'], n=2, cutoff=0.5))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py', n=1)), end='')
diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
long_a = ['x'] * 300 + ['y']
long_b = ['x'] * 299 + ['z', 'y']
print(difflib.SequenceMatcher(None, long_a, long_b).get_opcodes()[:3])
for g in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(1):
    print(g)
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
