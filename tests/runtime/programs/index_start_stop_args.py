# start/stop arguments of index/count/find on lists, tuples, bytes and str:
# CPython's slice-index conversion (message, huge values clamped).
class Idx:
    def __index__(self): return 1
exprs = ['[1].index(9, None)', '(1,).index(9, None)', '[1].index(1, 0, None)', '[1].index(1, 1.5)',
         '(1,).index(1, "a")', 'bytearray(b"a").index(b"a", None)', '"a".index("a", None)', 'range(3).index(5)',
         '[1].index(1, 2**100)', '[1].index(1, -2**100)', '[1, 2, 1].index(1, Idx())', '(1, 2, 1).index(1, -2**70, 2**70)',
         'b"abc".count(b"a", 1.5)', 'b"abc".find(b"a", "x")', 'b"abc".index(b"a", None, 1.0)',
         'bytearray(b"a").rfind(b"a", [])', 'b"abc".startswith(b"a", 1.5)', 'b"abc".endswith(b"a", None, "")',
         '"abc".startswith("a", 1.5)', '"abc".count("a", 1.5)', 'b"abc".find(b"c", -2**100, 2**100)',
         'b"abc".count(97, 1)', '"abc".find("b", 2**100)', '"aaa".count("a", None, -1)', 'b"abcb".rindex(b"b", Idx())']
for e in exprs:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
