# After a RecursionError the program continues normally, repeatedly, at any depth.
import sys
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
def nested_try(n):
    try:
        return nested_try(n + 1)
    except RecursionError:
        if n % 100 == 0:
            return n
        raise
print(nested_try(0) > 0)
def gen_depth(n):
    return [gen_depth(n + 1)] if n < 50 else n
print(str(gen_depth(0)).count("["))
class Node:
    def __init__(self, child): self.child = child
    def depth(self): return 1 + (self.child.depth() if self.child else 0)
n = None
for _ in range(500):
    n = Node(n)
print(n.depth())
print(sys.getrecursionlimit())
