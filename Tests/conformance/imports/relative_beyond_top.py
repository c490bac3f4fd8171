# Relative imports that go beyond the top-level package, or have no parent package.
try:
    import pkg_alpha.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .helper_basic import func
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_alpha.sub.missing_rel
except ImportError as e:
    print(type(e).__name__, str(e).replace("\\", "/"))
