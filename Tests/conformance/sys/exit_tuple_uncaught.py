# sys.exit with a one-item tuple: caught it is SystemExit(3); uncaught CPython reports the tuple and exits 1.
import sys
try:
    sys.exit((3,))
except SystemExit as e:
    print(repr(e.code), e.args)
sys.exit((3,))
