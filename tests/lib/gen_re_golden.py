"""Record CPython's results for the re engine unit tests (tests/lib/re_golden.json).

usage: python3 tests/lib/gen_re_golden.py
"""
import json
import os
import re

FIND = [
    (r"(\w+)@(\w+)\.com", "alice@example.com and more", 0), (r"\d+", "a1b22c333", 0), (r"(\w)(\d)", "a1 b2 c3", 0),
    (r"x*", "abc", 0), (r"|a", "a", 0), (r"a|", "aba", 0), (r"\b|a", "a a", 0), (r"(?=a)|a", "aa", 0),
    (r"a.c", "abc a\nc", re.S), (r"a.c", "abc a\nc", 0), (r"^\w", "a\nb\nc", re.M), (r"hello", "Hello HELLO hello", re.I),
    (r"(?i)world", "WORLD", 0), (r"<.+>", "<a><b>", 0), (r"<.+?>", "<a><b>", 0), (r"a{2,3}", "aaaaaaa", 0),
    (r"a{2,3}?", "aaaa", 0), (r"\bcat\b", "cat concat cat's bobcat", 0), (r"\Bcat", "concat cat", 0),
    (r"\w+(?=!)", "hi! bye. wow!", 0), (r"(?<=\$)\d+", "cost $30 or $45", 0), (r"\d+(?!\d|%)", "50% 20 7%", 0),
    (r"(?:ab)+", "ababab abx", 0), (r"(a|b)+", "abab", 0), (r"[^aeiou\s]+", "hello world", 0), (r"[\d.]+", "v1.2.3 and 4.5", 0),
    (r"(\w+) \1", "bye bye", 0), (r"$", "a\nb\n", 0), (r"$", "a\nb\n", re.M), (r"^", "a\nb\n", re.M), (r"\Z", "ab\n", 0),
    (r"\A\w", "ab\ncd", re.M), (r"\w+", "héllo wörld ñ 日本語 x²", 0), (r"\w+", "héllo wörld", re.A), (r"\d", "1٣", 0),
    (r"\s+", "a\x1cb\x85c\ufeffd", 0), (r"(?>a+)b", "aaab", 0), (r"a*+a", "aaa", 0), (r"a++b", "aab ab b", 0),
    (r"(?x) a b # c", "ab", 0), (r"a(?x: b c)d", "abcd", 0), (r"a(?i:b)c", "aBc abC", 0), (r"(?s:.)(.)", "\n\n\na", 0),
    (r"x{,2}", "xxxxx", 0), (r"a{", "a{", 0), (r"[]a]+", "a]b", 0), (r"[a-]+", "a-b", 0), (r"\x41\u00e9\101\0", "Aé" + "A\0", 0),
    (r"[\w-]+", "foo-bar baz", 0), (r"[^\W\d]+", "ab12cd", 0), (r"😀+", "a😀😀b", 0), (r".", "a😀b", 0),
    (r"(?P<first>\w)(?P=first)", "aabbcd", 0), (r"[a-z]+", "ABC def", re.I), (r"(?i)[^a-c]+", "ABCdefABC", 0),
    (r"\$\d", "$5", 0), (r"[\s\S]", "a\n", 0), (r"(\d+)C\b", "temperature 81C", 0),
    (r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "parseHTTPResponse", 0), (r"(.)\1+", "aaabbbcccd", 0),
    (r"[.!?]", "a.b!c?", 0), (r"\.", "a.b", 0), (r"a|b|", "abc", 0), (r"(a)|(b)", "ab", 0),
    (r"(?i)straße", "STRASSE straße STRAßE", 0), (r"[\u0041-\u0043]+", "xABCDx", 0), (r"\\", "a\\b", 0),
    (r"(?m)^\s*#.*$", "x\n  # c\ny", 0), (r"\d{2}(?=(\d{3})+$)", "1234567", 0),
]
SUB = [
    (r"\s+", " ", "too    many   spaces", 0), (r"(\w+) (\w+)", r"\2 \1", "hello world", 0), ("a", "b", "aaa", 2),
    (r"(?P<w>\w+)", r"<\g<w>>", "hi there", 0), (r"x*", "-", "abc", 0), (r"x*", "-", "abxd", 0), (r"(a)|b", r"[\1]", "ab", 0),
    (r"(\d)", r"\g<1>0", "a1b2", 0), ("o", r"\n", "foo", 0), (r"(?=a)|a", "-", "aa", 0), ("", "-", "ab", 0),
]
SPLIT = [
    (r"[,;]\s*", "a, b;c,  d", 0), (r"(\d)", "a1b2c", 0), (r"\s", "a b c", 1), (r"x*", "axbc", 0), (r"(a)|b", "xaybz", 0),
    (r"\b", "hi you", 0), ("", "abc", 0),
]
ERRORS = [
    r"(unclosed", r"\b*", r"a**", r"a{3,2}", r"(?i)a(?i)b", r"a(?i)b", r"[]", r"[a", r"(?P<1a>x)", r"(?P=n)", r"\q",
    r"(?<=a+)b", r"(a)\2", r"(?P<n>a)(?P<n>b)", r")", r"a|*", "(?P<n", "(?P<>a)", "(?Px)", "(?", "(?z)", "(?i",
    "(?-i)", "(?i-i:a)", "(?<x)", r"\x4", r"\u12", "[z-a]", r"[\d-z]", r"\777", r"\8", "(a", "a)", "(?#abc", "x\n(",
]
SPANS = [
    (r"(\w+)@(\w+)\.com", "alice@example.com and more"), (r"(a)(b)?", "a"), (r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-03"),
    (r"(😀)(x)", "a😀x"), (r"((a)b)", "ab"), (r"(a)(b)", "ab"), (r"(a)()", "a"),
]

out = {'findall': [], 'sub': [], 'split': [], 'errors': [], 'spans': []}
for p, s, f in FIND:
    r = re.findall(p, s, f)
    out['findall'].append([p, s, f, [list(x) if isinstance(x, tuple) else x for x in r]])
for p, r, s, c in SUB:
    out['sub'].append([p, r, s, c, list(re.subn(p, r, s, count=c))])
for p, s, m in SPLIT:
    out['split'].append([p, s, m, re.split(p, s, maxsplit=m)])
for p in ERRORS:
    try:
        re.compile(p)
        out['errors'].append([p, None])
    except re.error as e:
        out['errors'].append([p, str(e)])
for p, s in SPANS:
    m = re.search(p, s)
    out['spans'].append([p, s, [m.span(g) for g in range(m.re.groups + 1)], m.lastindex])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 're_golden.json'), 'w') as fh:
    json.dump(out, fh, ensure_ascii=True, indent=0)
