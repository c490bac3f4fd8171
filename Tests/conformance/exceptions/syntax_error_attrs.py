# SyntaxError objects: from compile() and built by hand; str() shows file and line.
try:
    compile("x = (1,\n", "fname.py", "exec")
except SyntaxError as e:
    print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename, str(e), e.args[0])
try:
    compile("def f():\n  return\n    x\n", "f.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, str(e), isinstance(e, SyntaxError))
try:
    compile("if True:\n\tx = 1\n        y = 2\n", "t.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
e = SyntaxError("m", ("f", 1, 2, "txt", 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), e.args)
e = SyntaxError("m2", ("dir/file.py", 7, 1, None))
print(str(e), e.end_lineno)
print(repr(str(SyntaxError("only"))), SyntaxError("only").lineno, SyntaxError().msg)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    exec("1 +")
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
try:
    eval("x y")
except SyntaxError as e:
    print(e.msg)
