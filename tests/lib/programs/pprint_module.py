# needs: "import collections"
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "tspy", "versions": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 8}], "b": None},
        "text": "lorem ipsum dolor sit amet " * 6, "set": {3, 1, 2}, "empty": {}, "t1": (1,), 10: "int key"}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat(data, depth=1))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"z": 1, "y": [1] * 30, "x": "s" * 70})
r = [1, 2]
r.append(r)
print(pprint.pformat(r)[:20], pprint.isrecursive(r), pprint.isreadable([1, "a"]), pprint.saferepr({"k": (1, 2)}))
@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
pprint.pprint([Point(1, 2, ["t" * 20] * 3), Point(3, 4)], width=40)
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
dd = defaultdict(list, {"k%d" % i: [i] * 5 for i in range(6)})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra" * 5), width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(frozenset(range(25)), width=40)
pprint.pprint(("a very long string " * 3, 123456789, [None, True, False, 3.5]), width=30)
pprint.pprint({"mixed": [1, "a", (2, "b")], 3: "x", "2": "y"}, width=20)
