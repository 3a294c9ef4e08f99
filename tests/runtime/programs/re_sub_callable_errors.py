import re
calls = []
def f(m):
    calls.append(m.group())
    return 5 if m.group() == "n" else m.group().upper()
for pat, s in [("a", "a"), ("a", "banana"), ("n", "banana"), ("x*", "ab"), ("^", "q")]:
    try:
        print(re.sub(pat, f if pat != "a" else (lambda m: 5), s))
    except TypeError as e:
        print(type(e).__name__, e, calls)
try:
    re.sub(b"a", lambda m: "s", b"xa")
except TypeError as e:
    print(type(e).__name__, e)
print(re.sub("a", lambda m: None, "banana"), re.sub("(a)", lambda m: m.group(1) * 2, "banana", count=2))
