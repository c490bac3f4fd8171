# The exit status comes from SystemExit.code, which a handler may change before re-raising.
try:
    raise SystemExit(1)
except SystemExit as e:
    print("changing code from", e.code)
    e.code = 4
    raise
