# dataclasses: fields, defaults, ordering, frozen, asdict.
import dataclasses
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
i = Item("pen", 2)
i.tags.append("blue")
print(i, i == Item("pen", 2, ["blue"]), dataclasses.asdict(i), dataclasses.astuple(i))
print([f.name for f in dataclasses.fields(Item)], dataclasses.is_dataclass(i))
@dataclass(order=True, frozen=True)
class V:
    x: int
    y: int = 0
print(sorted([V(2), V(1, 5), V(1)]), hash(V(1)) == hash(V(1)))
try:
    V(1).x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(dataclasses.replace(V(1, 2), y=9))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
