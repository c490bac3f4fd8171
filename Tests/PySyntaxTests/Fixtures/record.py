"""Records CPython 3.11's view of every fixture, for PySyntaxTests to compare against.

For each NAME.py here: NAME.ast = ast.dump(ast.parse(source), include_attributes=True).
For each errors/NAME.py: NAME.err = JSON of the SyntaxError ast.parse raises.
Run: python3 Tests/PySyntaxTests/Fixtures/record.py
"""
import ast
import json
import os
import sys

if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
    sys.exit("record.py must run under CPython 3.11, not %s %s"
             % (sys.implementation.name, sys.version.split()[0]))

HERE = os.path.dirname(os.path.abspath(__file__))


def record_trees():
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == "record.py":
            continue
        with open(os.path.join(HERE, name), "rb") as f:
            src = f.read()
        dump = ast.dump(ast.parse(src), include_attributes=True)
        with open(os.path.join(HERE, name[:-3] + ".ast"), "w", encoding="utf-8") as f:
            f.write(dump + "\n")


def record_errors():
    d = os.path.join(HERE, "errors")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        try:
            ast.parse(src)
        except SyntaxError as e:
            info = {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                    "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        else:
            sys.exit("errors/%s parses without error" % name)
        with open(os.path.join(d, name[:-3] + ".err"), "w", encoding="utf-8") as f:
            json.dump(info, f, sort_keys=True)
            f.write("\n")


record_trees()
record_errors()
