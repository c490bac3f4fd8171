# Exception groups raised and caught keep tracebacks; str/repr of nested groups; __notes__ in split.
def fail(n):
    raise ValueError(f"failure {n}")
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
eg = ExceptionGroup("batch", errors)
print(all(e.__traceback__ is not None for e in eg.exceptions))
print(eg.__traceback__)
try:
    raise eg
except ExceptionGroup as caught:
    print(caught is eg, caught.__traceback__ is not None)
print(str(eg), repr(eg))
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print(str(big), len(big.exceptions))
match_, rest = big.split(lambda e: isinstance(e, ValueError) and e.args[0] % 2 == 0)
print(len(match_.exceptions), len(rest.exceptions), [e.args[0] for e in rest.exceptions][:5])
eg.add_note("batch note")
m, r = eg.split(lambda e: e.args[0] == "failure 1")
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(BaseExceptionGroup.__mro__[1].__name__, ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
e1 = ExceptionGroup("x", [ValueError()])
print(e1.exceptions[0].__traceback__, e1.__cause__, e1.__context__)
