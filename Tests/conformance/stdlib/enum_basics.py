# enum.Enum: members, lookup, iteration, auto, unique.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, [m.name for m in Color.__members__.values()])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_class(self):
        return "big" if self.mass > 1e23 else "small"
print(Planet.MERCURY.mass, Planet.MERCURY.density_class)
Animal = enum.Enum("Animal", "ANT BEE")
print(list(Animal), Animal.BEE.value)
print(Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
