# setrecursionlimit below the current depth is refused; a low limit applies to the next calls.
import sys
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(30)
        except RecursionError as e:
            print(type(e).__name__, e)
        return
    deep(n - 1)
deep(50)
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
def f(n):
    return f(n + 1) if n < 100 else n
try:
    f(0)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1000)
