# ImportError "cannot import name" with the module's path, and its name/path attributes.
try:
    from helper_basic import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path.rsplit('/', 1)[-1])
try:
    from sys import no_such_attr
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg_alpha import not_a_submodule
except ImportError as e:
    print(type(e).__name__, e)
