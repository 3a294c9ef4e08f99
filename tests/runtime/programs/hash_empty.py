# CPython's str and bytes hashes are randomised, except the empty ones: 0.
print(hash(''), hash(b''), hash(memoryview(b'')))
print(hash('') == hash(b''), hash('abc') == hash(b'abc'))
