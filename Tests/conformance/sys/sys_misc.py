# Other sys attributes: getdefaultencoding, argv type, dont_write_bytecode, displayhook existence.
import sys
print(callable(sys.exit), callable(sys.getrecursionlimit), callable(sys.intern))
print(hasattr(sys, "displayhook"), hasattr(sys, "excepthook"), hasattr(sys, "stdin"))
print(sys.stdin is sys.__stdin__, type(sys.path_hooks).__name__, type(sys.meta_path).__name__)
print(type(sys.getswitchinterval()).__name__, sys.float_info.max > 1e300, sys.int_info.bits_per_digit)
print(sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.__name__, type(sys).__name__)
