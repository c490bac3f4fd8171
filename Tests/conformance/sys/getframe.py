# sys._getframe: the running frames with their globals, locals, code, line numbers and callers.
import sys
def callee(a, b=2):
    local_v = a + b
    f = sys._getframe()
    return f, f.f_code.co_name, sorted(f.f_locals), f.f_lineno
def caller():
    frame, name, names, line = callee(1)
    back = sys._getframe(1)
    return name, names, line, frame.f_back is sys._getframe(), back.f_code.co_name, sys._getframe(0).f_code.co_name
print(caller())
top = sys._getframe()
print(top.f_code.co_name, top.f_globals is globals(), top.f_locals is globals(), top.f_back, type(top).__name__)
print(sys._getframe() is sys._getframe(), top.f_builtins is vars(__builtins__) if not isinstance(__builtins__, dict) else True)
def module_name_of_caller():
    return sys._getframe(1).f_globals.get("__name__")
print(module_name_of_caller())
def depth():
    n, f = 0, sys._getframe()
    while f is not None:
        n, f = n + 1, f.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(top).startswith("<frame at 0x"), repr(top).endswith(", code <module>>"), "getframe.py', line " in repr(top))
