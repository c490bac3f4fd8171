# Uncaught exception with a context: both are printed, the last line is the final one.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("while handling")
