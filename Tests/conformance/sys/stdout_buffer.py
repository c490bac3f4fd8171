# sys.stdout.buffer takes bytes and keeps them in order with text written to sys.stdout.
import sys
print("text first")
n = sys.stdout.buffer.write(b"bytes second\n")
print("text third", n)
sys.stdout.write("fourth: ")
sys.stdout.buffer.write("caf\u00e9\n".encode("utf-8"))
print(type(sys.stdin.buffer).__name__, hasattr(sys.stdout.buffer, "write"))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.buffer.flush()
print(sys.stdin.buffer.read())
