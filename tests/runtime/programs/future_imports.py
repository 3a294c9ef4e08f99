from __future__ import annotations
from __future__ import division, generator_stop
import __future__


class Node:
    def __init__(self, value: int, nxt: Node | None = None) -> None:
        self.value = value
        self.nxt = nxt

    def total(self) -> int:
        return self.value + (self.nxt.total() if self.nxt else 0)


print(Node(1, Node(2)).total())
print(Node.__init__.__annotations__)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), division.compiler_flag)
print(sorted(k for k in dir(__future__) if not k.startswith('__')))
print(__future__.__all__)
