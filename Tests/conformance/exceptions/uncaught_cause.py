# Uncaught exception raised from another one.
class AppError(Exception):
    pass
try:
    int("x")
except ValueError as e:
    raise AppError("bad input") from e
