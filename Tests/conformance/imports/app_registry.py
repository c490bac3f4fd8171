# A small application: a package whose decorators register commands, star imports, module attributes.
import sys
import apptools as tools
from apptools import *
from apptools.text import COUNT
import apptools.text as tt
def run(argv):
    results = []
    for cmd in argv:
        name, _, arg = cmd.partition(":")
        fn = REGISTRY.get(name)
        if fn is None:
            print(f"unknown command {name!r}", file=sys.stderr)
            continue
        try:
            results.append((name, fn(arg)))
        except TypeError as e:
            results.append((name, f"error: {e}"))
    return results
print(sorted(REGISTRY), COUNT, tools.__version__, tools.__doc__)
print(run(["upper:abc", "up:xyz", "rev:hello", "nope:1"]))
print(tt.upper.__annotations__, tt.upper.__doc__, tt.upper.registered_as, tt.reverse.__kwdefaults__)
print(REGISTRY["rev"]("ab", times=2), text.COUNT)
print([m for m in sorted(sys.modules) if m.startswith("apptools")])
print(tt.__name__, tt.__package__, tt.__spec__.parent, tt.__file__.endswith("apptools/text.py"))
try:
    REGISTRY["rev"]("ab", 2)
except TypeError as e:
    print(e)
def main():
    return 0 if run(sys.argv[1:]) is not None else 1
if __name__ == "__main__":
    sys.exit(main())
