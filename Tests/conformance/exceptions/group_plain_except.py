# Exception groups with plain except: isinstance checks, re-raising, wrapping, causes.
def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

def collect(nums):
    errors, results = [], []
    for n in nums:
        try:
            results.append(work(n))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("work failed", errors)
    return results

print(collect([2, 4]))
try:
    collect([1, 2, 3])
except ExceptionGroup as eg:
    print(eg.message, [str(e) for e in eg.exceptions])
    print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

try:
    try:
        collect([5])
    except ExceptionGroup as eg:
        raise RuntimeError("summary") from eg
except RuntimeError as r:
    print(repr(r), repr(r.__cause__))

try:
    raise BaseExceptionGroup("base", [SystemExit(2)])
except Exception:
    print("not caught as Exception")
except BaseException as b:
    print("caught as BaseException", type(b).__name__, b.exceptions)

def flatten(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e
nested = ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), ExceptionGroup("c", [KeyError(3)])])])
print([repr(e) for e in flatten(nested)])
print(nested.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(repr(nested.split(KeyError)[0]))
