import re
p = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.I, re.I | re.M, repr(re.compile("x")), type(p).__name__, type(p.match("a=1")).__name__)
m = p.search("  a=1; b=two;")
print(m, m.span(), m.start("val"), m.end(1), m.group(0, "key", 2), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
print(m.expand(r"\g<val>:\1"), m[0], m["key"], bool(m))
print([x.group("key") for x in p.finditer("a=1;b=2;c=3", 2)], p.findall("a=1;b=2", 0, 5), p.match("xx a=1"), p.match("xx a=1", 3).span(), p.fullmatch("a=1;", 0, 3))
print(p.sub(r"\2=\1", "a=1;b=2"), p.subn(lambda mm: mm["key"].upper(), "a=1;b=2"), p.split("a=1;b=2"), re.split(r"\W+", "Words, words, words.", 1))
m2 = re.match(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.groups("-"), m2.span(2), m2.start(3), m2.group(2), m2.lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.search(r"é+", "caféé!").span(), re.search(r"😀(.)", "x😀y").span(1), re.findall(r"\w+", "naïve café"), re.sub(r"(?i)É", "E", "été"))
for pat in [r"(?P<n>x)(?P=m)", r"[a-", r"x{2,1}", r"(?<=a*)b", "*a"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("re.error:", e, "|", e.msg, e.pos, e.pattern == pat)
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub(r"(a)", r"\g<zz>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub(r"(a)", r"\3", "a")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"a|(b)", r"[\1]", "ab"), re.sub("", "-", "abc"), re.sub(r"\b", "|", "hi you"), re.subn(r"x*", "-", "abxd", count=2))
print(re.fullmatch(r"\d+|\d+\.\d+", "3.14"), re.match(r"(?x) \d + # digits", "123 rest"), re.search(r"^b", "a\nb", re.M).span(), re.search(r"a$", "a\n").span())
print(re.findall(r"(?s)<(.*?)>", "<a\nb><c>"), re.findall(r"\d{2,}?", "12345"), re.findall(r"(?:(\d)x)+", "1x2x3x"), re.compile(r"a", re.X).flags)
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
print([(t.lastindex, t.group(t.lastindex)) for t in tokens.finditer("x = 3.5 + foo(2)")])
print(re.purge(), re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), hash(re.compile("q")) == hash(re.compile("q")))
print(re.I == 2, re.I + 0, int(re.I), re.I & 2, re.I | 8, repr(re.I | re.S | re.X), re.compile("a", 2 | 8).flags, re.A, {re.I: 1}[2])
print(repr(~re.I), repr(re.I | re.A), re.RegexFlag(512) if False else "", repr(re.I | 1024), str(re.M), re.NOFLAG)
