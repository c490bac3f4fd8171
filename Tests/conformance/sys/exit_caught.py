# SystemExit is an exception: catching it, its code attribute, and raising it directly.
import sys
for arg in [(), (0,), (2,), ("msg",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(4)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", e.code)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit", e.code)
raise SystemExit(9)
