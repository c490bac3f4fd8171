# Driver for the single_phase case: module sp_basic built with PyModule_Create.
import sp_basic

print("doc:", sp_basic.__doc__)
print("name:", sp_basic.__name__)
print("module_name():", sp_basic.module_name())

print("ANSWER:", sp_basic.ANSWER, type(sp_basic.ANSWER).__name__)
print("NEGATIVE:", sp_basic.NEGATIVE)
print("FLAVOR:", repr(sp_basic.FLAVOR), type(sp_basic.FLAVOR).__name__)
print("PRIMES:", sp_basic.PRIMES, type(sp_basic.PRIMES).__name__)
print("NOTHING:", sp_basic.NOTHING)
print("has_constants():", sp_basic.has_constants())

print("add(2, 3):", sp_basic.add(2, 3))
print("add(-10, 4):", sp_basic.add(-10, 4))
print("add(1000000000000, 1):", sp_basic.add(1000000000000, 1))
print("greet:", sp_basic.greet("world"))
print("greet non-ascii:", sp_basic.greet("Zoë"))

print("add doc:", sp_basic.add.__doc__)
print("add name:", sp_basic.add.__name__)

try:
    sp_basic.greet(5)
except TypeError as e:
    print("greet(5):", type(e).__name__, str(e))

try:
    sp_basic.add(1)
except TypeError as e:
    print("add(1):", type(e).__name__, str(e))

# A second import statement must find the module already loaded.
first = sp_basic
import sp_basic
print("same module:", first is sp_basic)
print("done")
