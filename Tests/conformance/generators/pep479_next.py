# A bare next() on an exhausted iterator inside a generator is a RuntimeError now.
def firsts(iterables):
    for it in iterables:
        i = iter(it)
        yield next(i)

print(list(firsts(["ab", "cd"])))
try:
    print(list(firsts(["ab", "", "cd"])))
except RuntimeError as e:
    print(type(e).__name__, e)

def safe_firsts(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return
print(list(safe_firsts(["xy", "", "zz"])))

def genexp_case():
    return list(next(iter(x)) for x in ["a", ""])
try:
    print(genexp_case())
except RuntimeError as e:
    print("genexpr:", e)
