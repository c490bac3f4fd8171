# version_info, maxsize, byteorder, platform, implementation, hexversion, flags.
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, type(vi.micro).__name__, vi.releaselevel, vi >= (3, 11), vi < (3, 12))
print(len(vi), tuple(vi)[:2], isinstance(vi, tuple))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2] == vi[:2])
print(sys.hexversion >> 16 == 0x030B, sys.maxunicode)
print(type(sys.version).__name__, sys.version.startswith("3.11"))
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags.verbose).__name__)
print(sys.flags.debug, sys.flags.inspect, sys.flags.interactive, sys.flags.no_user_site in (0, 1))
print(type(sys.executable).__name__, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
