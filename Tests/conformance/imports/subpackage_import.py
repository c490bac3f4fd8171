# Dotted imports bind the top package; `import a.b.c as x` binds the leaf.
import pkg_alpha.sub.sibling
print(pkg_alpha.sub.sibling.SIB)
print("pkg_alpha" in dir(), "sibling" in dir())
import pkg_alpha.sub.sibling as sib
print(sib.SIB, sib is pkg_alpha.sub.sibling)
from pkg_alpha.sub import sibling
print(sibling is sib)
from pkg_alpha import sub
print(sub.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_alpha")))
