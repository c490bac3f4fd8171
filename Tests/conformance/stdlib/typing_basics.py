# typing: generics, aliases and introspection.
import typing
from typing import Any, Dict, Generic, List, Optional, TypeVar, Union

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(3).v, List[int], Dict[str, int], Optional[int], Union[int, str])
def f(a: int, b: "str" = "x") -> List[int]:
    return [a]
print(typing.get_type_hints(f), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
class P(typing.NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields)
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.cast(int, "x"), isinstance([], typing.Iterable))
