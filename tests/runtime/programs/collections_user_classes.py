from collections import UserDict
class D(UserDict):
    def __missing__(self, k): return f"missing-{k}"
d = D({"a": 1}, b=2)
print(d["zz"], d, d | {"c": 3}, {"x": 0} | d, type(d | {}).__name__, list(d), list(d.keys()), list(d.items()), d.get("a"), d.get("zz"), "zz" in d, len(d))
d |= {"e": 5}; print(d, d.pop("e"), d.popitem(), d.setdefault("q", 9), d, D.fromkeys("xy", 0), d.copy(), type(d.copy()).__name__)
d["a"] = 0; del d["a"]; print(d, d == {"q": 9}, d != {}, dict(d), sorted(d.values()))
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
u = UserDict(); u.update([("k", 1)], z=2); print(u, repr(UserDict({1: [2]})), UserDict(dict=5) if False else "", isinstance(u, __import__("collections").abc.MutableMapping))
import copy
c = copy.copy(u); c["n"] = 1; print(u, c)
import collections.abc as cabc
from collections import UserList, UserString
print(isinstance(UserDict(), cabc.MutableMapping), isinstance(UserList(), cabc.MutableSequence), isinstance(UserString("x"), cabc.Sequence), isinstance(UserDict(), cabc.Mapping))
print(UserDict(a=1).keys(), UserDict(a=1).items(), UserDict(a=1).values(), UserDict(a=1) == UserDict(a=1), UserDict(a=1) == {"a": 1}, UserDict() == [])
try:
    hash(UserDict())
except TypeError as e:
    print(type(e).__name__, e)
try:
    UserDict().popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
d = deque(range(5))
print(d.index(3), d.index(3, 1, 4), d.count(1), 3 in d, d * 2, d + deque([9]), len(d), d[-2], d.copy(), reversed(d).__class__.__name__, list(reversed(d)))
d.insert(2, "x"); d.remove("x"); d.extendleft([10, 11]); print(d, d.maxlen)
d2 = deque(maxlen=3); d2.extend(range(10)); print(d2); d2.append(99); print(d2); d2.appendleft(-1); print(d2)
d2.clear(); print(d2, deque("abc", 2), repr(deque([], 0)), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([[1]]) == deque([[1]]))
try:
    deque([1]).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d3 = deque([1, 2, 3], maxlen=3); d3.insert(0, 5)
except IndexError as e:
    print(type(e).__name__, e)
dd = deque([1, 2, 3]); del dd[1]; dd[0] = 7; print(dd, dd.pop(), dd.popleft(), dd)
c = Counter({"a": 3, "b": 1, "c": 0, "d": -2})
print(c, +c, -c, c.most_common(), c.most_common(1), list(c.elements()), c.total(), Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2), Counter(a=1, b=0) == Counter(a=1))
c.update(a=1); c.subtract(Counter(b=5)); print(c, c["zz"], "zz" in c, sorted(c.keys()))
print(Counter("hello").most_common(2), Counter([1, 1, 2]) | Counter([2, 2]), Counter("ab") & Counter("bc"), dict(Counter("xyzx")), repr(Counter({"x": 1, "y": 3})))
del c["a"]; print(c, Counter(), Counter(3 * ["x"]).most_common(5))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od.keys()), od.popitem(), od.popitem(last=False), od, OrderedDict(a=1) == OrderedDict(a=1), repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict(a=1).move_to_end("z")
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaultdict()["x"]
except KeyError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); cm["c"] = 4; print(cm, cm.maps, dict(cm), cm.parents, list(cm.items()), "b" in cm, cm.get("z", 0))
try:
    del cm["b"]
except KeyError as e:
    print(type(e).__name__, e)
class MyD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
m = MyD(a=1); m["b"] = 2; print(m, m.data, len(m), "a" in m, m.get("q"), isinstance(m, dict))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(9); print(ul, ul[1:], type(ul[1:]).__name__, ul + [0], ul * 2, 9 in ul)
us = UserString("Hello"); print(us.upper(), us + "!", us[1:3], type(us.lower()).__name__, len(us), us == "Hello", us.split("l"))
ul = UserList([1, 2]); ul += [3]; ul *= 2; print(ul, [0] + ul, type([0] + ul).__name__, 2 * UserList([7]), ul <= [1, 2, 3, 1, 2, 4], ul > UserList([1]), list(reversed(ul)), UserList("ab"), UserList(UserList([5])))
import copy
cu = copy.copy(ul); cu.append(0); print(ul, cu)
try:
    hash(UserList())
except TypeError as e:
    print(type(e).__name__, e)
us = UserString("Hello")
print(us < "World", "He" in us, UserString("l") in us, us * 2, 3 * us, UserString("%s!") % "hi", "<" + us, us.count(UserString("l")), us.replace(UserString("l"), "L"), us.join(["a", "b"]), type(us.join("ab")).__name__)
print(us.center(11, "*"), us.find("l"), us.rfind("l"), us.encode(), us.partition("l"), us.rsplit("l", 1), us.splitlines(), us.startswith("He"), us.zfill(8), us.isalpha(), int(UserString("42")), float(UserString("1.5")))
print([c for c in UserString("ab")], type(list(UserString("ab"))[0]).__name__, us.format(), UserString("{0}-{x}").format(1, x=2), us.removeprefix("He"), us.swapcase(), us.casefold(), hash(us) == hash("Hello"), sorted([UserString("b"), UserString("a")]))
