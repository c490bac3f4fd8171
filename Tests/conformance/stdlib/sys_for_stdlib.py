# sys attributes the standard library reads.
import sys

print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.getfilesystemencoding())
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.isolated, type(sys.flags).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.bits_per_digit)
print(sys.getfilesystemencodeerrors(), sys.warnoptions, sys.float_repr_style, sys.getdefaultencoding())
print(sys.version_info[:2], sys.version_info.major, isinstance(sys.hexversion, int))
print("builtins" in sys.builtin_module_names, "posix" in sys.builtin_module_names, "_io" in sys.builtin_module_names,
      "itertools" in sys.builtin_module_names)
print(type(sys.path).__name__, any(p.endswith("python3.11") for p in sys.path))
print(sys._getframe().f_globals["__name__"], sys._getframe(0).f_code.co_name)
def inner():
    return sys._getframe(1).f_code.co_name
print(inner())
