# sys.stdout.write / sys.stderr.write return values and interleaving.
import sys
n = sys.stdout.write("written\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.flush()
print(type(sys.stdout).__name__ in ("TextIOWrapper",), sys.stdout.encoding.lower().replace("-", ""))
print(sys.stderr is sys.__stderr__, sys.stdout is sys.__stdout__)
print(sys.stdout.writable(), sys.stdout.isatty())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
class Capture:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s); return len(s)
    def flush(self): pass
old = sys.stdout
sys.stdout = Capture()
print("captured", 1)
cap = sys.stdout
sys.stdout = old
print(cap.data)
sys.stderr.write("stderr line\n")
