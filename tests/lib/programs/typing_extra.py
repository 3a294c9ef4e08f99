# needs: "import collections"
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, List, Literal,
                    Mapping, NamedTuple, NewType, Optional, Protocol, Set, Tuple, Type, TypedDict, TypeVar,
                    Union, cast, get_args, get_origin, overload, runtime_checkable, Annotated, get_type_hints,
                    TYPE_CHECKING, Sequence, Iterator, Generator, DefaultDict, Deque, Counter, Awaitable)
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", covariant=True)
print(T, K, V, TypeVar("C", contravariant=True), TYPE_CHECKING)
print(Literal[1, "a"], ClassVar[int], Final[str], Annotated[int, "meta"], Type[int], Set[int], FrozenSet[str])
print(Union[int, Union[str, float]], Union[int, int, str], Optional[Union[int, str]], Union[None, int])
print(Callable[..., int], Callable[[], None], Tuple[()], Dict[K, List[T]], Mapping[str, Any], Iterable[T])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int, str], bool]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x"]), get_origin(int), get_args(int), get_origin(list[int]))
print(Dict[K, T][str, int], List[T][int] == List[int], hash(List[int]) == hash(List[int]), List[int] != List[str])
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence) if False else "skip", cast(int, "x"))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int], Pair(1, 2).v, Pair.__mro__[1:], Pair.__parameters__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._replace(y=1), Point._field_defaults, p._asdict(), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)
class Opts(TypedDict, total=False):
    verbose: bool
class Movie(TypedDict):
    title: str
    year: int
print(Movie(title="x", year=1), sorted(Movie.__required_keys__), sorted(Opts.__optional_keys__), Opts.__total__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(3, Closable))
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
class C:
    a: int
    b: "str"
    c: ClassVar[int] = 3
print(get_type_hints(C))
def g(x: "int", y: Optional[str] = None) -> "List[int]":
    pass
print(get_type_hints(g))
print(Sequence[int], Iterator[str], Generator[int, None, None], DefaultDict[str, int], Deque[int], Counter[str], Awaitable[int])
print(List, Dict, Any, Optional, Union)
