# Runaway recursion through generators, iterator, len, bool, subscription and __init__ protocols.
def g(n):
    yield from g(n + 1)
try:
    next(g(0))
except RecursionError as e:
    print(type(e).__name__, e)
def h(n):
    return list(h2(n))
def h2(n):
    yield h(n + 1)
try:
    h(0)
except RecursionError as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self): return self
    def __next__(self): return next(self)
try:
    next(It())
except RecursionError as e:
    print(type(e).__name__, e)
class Len:
    def __len__(self): return len(self)
try:
    len(Len())
except RecursionError as e:
    print(type(e).__name__, e)
class B:
    def __bool__(self): return bool(self)
try:
    bool(B())
except RecursionError as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k): return self[k]
try:
    G()[0]
except RecursionError as e:
    print(type(e).__name__, e)
class I:
    def __init__(self): I()
try:
    I()
except RecursionError as e:
    print(type(e).__name__, e)
