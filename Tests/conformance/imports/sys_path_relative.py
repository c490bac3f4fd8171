# Relative sys.path entries are searched from the current directory; module paths come out absolute.
import sys
here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, "extra_path")
sys.path.insert(0, "./nsdir/../nsdir")
import helper_extra_mod
import ns_pkg.part
def rel(p):
    return p[len(here) + 1:] if p.startswith(here + "/") else "elsewhere: " + p
print(rel(helper_extra_mod.__file__), rel(ns_pkg.part.__file__))
print([rel(p) for p in ns_pkg.__path__])
print(helper_extra_mod.__spec__.origin == helper_extra_mod.__file__)
