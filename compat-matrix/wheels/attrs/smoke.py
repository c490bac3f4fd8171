# Smoke test of the attrs wheel (pure Python): classes built by decorators, validators,
# converters, slots classes rebuilt by attrs, comparison, hashing, evolve/asdict, errors.
import attr
import attrs


@attrs.define
class Point:
    x: int = attrs.field(converter=int)
    y: int = attrs.field(default=0, validator=attrs.validators.instance_of(int))

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point('3', 4)
print('repr ->', p, p.norm1())
print('slots ->', hasattr(p, '__dict__'), Point.__slots__)
print('eq/order ->', p == Point(3, 4), p != Point(3, 5))
print('evolve ->', attrs.evolve(p, y=10))
print('asdict/astuple ->', attrs.asdict(p), attrs.astuple(p))
try:
    Point(1, 'no')
except TypeError as e:
    print('validator ->', type(e).__name__, e.args[0])
try:
    p.z = 1
except AttributeError as e:
    print('no new attributes ->', type(e).__name__)


@attr.s(frozen=True, hash=True, order=True)
class Version:
    major = attr.ib()
    minor = attr.ib(default=0)


vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print('order ->', vs)
print('hash equal ->', hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except attr.exceptions.FrozenInstanceError as e:
    print('frozen ->', type(e).__name__)
print('fields ->', [f.name for f in attrs.fields(Point)], attrs.has(Point), attrs.has(int))


@attrs.define
class Tree:
    children: list = attrs.Factory(list)
    parent: "Tree | None" = None


t = Tree()
t.children.append(Tree(parent=t))
print('factory ->', len(t.children), Tree().children is not Tree().children)
print('resolve_types ->', attrs.resolve_types(Point).__name__)
