# Value patterns look their dotted names up each time the case is tried, in order.
class Config:
    lookups = []
    class Limits:
        pass
def make_prop(name, value):
    def get(self):
        Config.lookups.append(name)
        return value
    return property(get)
class Meta(type):
    low = make_prop("low", 1)
    high = make_prop("high", 100)
class Limits(metaclass=Meta):
    pass

def check(v):
    Config.lookups.clear()
    match v:
        case Limits.low:
            r = "low"
        case Limits.high:
            r = "high"
        case _:
            r = "between"
    return r, list(Config.lookups)

print(check(1))
print(check(100))
print(check(50))

class Mode:
    READ = "r"
    WRITE = "w"
def describe(mode):
    match mode:
        case Mode.READ:
            return "reading"
        case Mode.WRITE:
            return "writing"
        case other:
            return f"unknown mode {other!r}"
print(describe("r"), describe("w"), describe("x"))
Mode.READ = "x"
print(describe("x"), describe("r"))
try:
    match 1:
        case Mode.MISSING:
            pass
except AttributeError as e:
    print("AttributeError", e)
