# sys.argv and sys.path: program name, path is a list with the program's directory first.
import sys
print(sys.argv, type(sys.argv).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
here = __file__.rsplit("/", 1)[0]
print(__file__.startswith("/"), sys.path[0] == here, sys.path[0].endswith("/sys"))
sys.path.append("/nonexistent/dir/for/test")
print(sys.path[-1])
sys.path.pop()
sys.argv.append("extra")
print(sys.argv)
