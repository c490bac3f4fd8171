# print(): sep, end, file, flush, and argument errors.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" continued")
print(None, True, 1.5, [1, "x"], sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("x", file=None)
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
s = Sink()
print("a", 1, file=s, sep="|")
print(s.parts)
class S:
    def __str__(self): return "custom str"
print(S())
try:
    print(sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(end=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print("last to stderr", file=sys.stderr)
