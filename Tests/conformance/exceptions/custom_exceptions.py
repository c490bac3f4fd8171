# User-defined exception classes: __init__, __str__, __repr__, extra attributes, hierarchies.
class AppError(Exception):
    """Base error of the app."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"
class RetryError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
    def __repr__(self):
        return f"RetryError<{self.attempts}>"

for exc in [AppError("plain"), ConfigError("port"), ConfigError("host", "invalid"), RetryError(3)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

print(AppError.__doc__, ConfigError.__mro__[1].__name__)
print(issubclass(ConfigError, Exception), isinstance(RetryError(1), AppError))

class WithKw(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
e = WithKw("m", code=5)
print(e.args, e.code, str(e))

class NewOverride(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "forced")
        return obj
print(NewOverride("ignored").args)

class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("both")
except AttributeError as e:
    print("caught as AttributeError", repr(e), str(e))
print([c.__name__ for c in MultiBase.__mro__])

class ValueAndType(ValueError, TypeError):
    pass
try:
    int(ValueAndType("x") is None)
    raise ValueAndType("dual")
except TypeError as e:
    print("TypeError handler got", type(e).__name__)

# exceptions are hashable, compare by identity
a, b = ValueError(1), ValueError(1)
print(a == b, a == a, len({a, b}))

# exception objects outlive their handler
saved = None
try:
    raise ConfigError("kept")
except ConfigError as err:
    saved = err
print(saved, saved.__traceback__ is not None)
