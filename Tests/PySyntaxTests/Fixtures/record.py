"""Records CPython 3.11's view of every fixture, for PySyntaxTests to compare against.

For each NAME.py here: NAME.ast = ast.dump(ast.parse(source), include_attributes=True).
For each errors/NAME.py: NAME.err = JSON of the SyntaxError ast.parse raises.
For each eval/NAME.py and single/NAME.py: the same with mode="eval" / mode="single", written
as NAME.ast when it parses and NAME.err when it does not.
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
            info = error_info(e)
        else:
            sys.exit("errors/%s parses without error" % name)
        with open(os.path.join(d, name[:-3] + ".err"), "w", encoding="utf-8") as f:
            json.dump(info, f, sort_keys=True)
            f.write("\n")


def error_info(e):
    return {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset}


def record_mode(sub, mode):
    d = os.path.join(HERE, sub)
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        base = os.path.join(d, name[:-3])
        for stale in (base + ".ast", base + ".err"):
            if os.path.exists(stale):
                os.remove(stale)
        try:
            dump = ast.dump(ast.parse(src, mode=mode), include_attributes=True)
        except SyntaxError as e:
            with open(base + ".err", "w", encoding="utf-8") as f:
                json.dump(error_info(e), f, sort_keys=True)
                f.write("\n")
        else:
            with open(base + ".ast", "w", encoding="utf-8") as f:
                f.write(dump + "\n")


def record_corpus(src_dir, out_dir):
    """Developer aid: copy every parseable .py under src_dir to out_dir (flattened) with its
    .ast, for FixtureTests.testCorpus (run with PYSYNTAX_CORPUS=out_dir)."""
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for root, _, files in os.walk(src_dir):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                src = f.read()
            try:
                dump = ast.dump(ast.parse(src), include_attributes=True)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
            flat = os.path.relpath(path, src_dir).replace(os.sep, "__")
            with open(os.path.join(out_dir, flat), "wb") as f:
                f.write(src)
            with open(os.path.join(out_dir, flat[:-3] + ".ast"), "w", encoding="utf-8") as f:
                f.write(dump + "\n")
            n += 1
    print("recorded", n, "files")


if len(sys.argv) == 4 and sys.argv[1] == "--corpus":
    record_corpus(sys.argv[2], sys.argv[3])
else:
    record_trees()
    record_errors()
    record_mode("eval", "eval")
    record_mode("single", "single")
