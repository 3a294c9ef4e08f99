# needs: "x = b'x'\nprint(x.decode(), end='')"
import re
b = re.compile(rb"(\d+)-(\w+)")
bm = b.search(b"id 42-abc")
print(b, bm, bm.group(1), bm.groups(), b.findall(b"1-a 2-b"), b.sub(rb"\2", b"7-x"), re.split(rb",", b"a,b"), re.escape(b"a.b"))
for args in [(r"\w", b"bytes"), (rb"\w", "str")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
