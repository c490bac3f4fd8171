#!/usr/bin/env python3
"""Check that a binary exports every Py*/_Py* symbol CPython 3.11's libpython exports.

    python3 tools/capi/check_exports.py .build/debug/swallow
    python3 tools/capi/check_exports.py --table .build/debug/swallow   # no libpython needed

The reference list is `nm -D --defined-only -S` of the running CPython's libpython (found
through sysconfig), or, with --table or when no libpython is found, tools/capi/capi-table.json.
A symbol passes if the binary defines it in its dynamic symbol table with the same kind
(function or data) and, for data, the same size. Prints the counts and exits 1 on any missing
symbol, kind mismatch or size mismatch.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "capi-table.json")
EXPORT_RE = re.compile(r"^_?Py")
FUNCTION_KINDS = set("TtWi")
DATA_KINDS = set("DdBbRrVvGgSs")


def read_exports(path):
    """name -> ("function"|"data", nm kind, size or None) for defined dynamic Py*/_Py* symbols."""
    p = subprocess.run(["nm", "-D", "--defined-only", "-S", path], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("check_exports.py: nm failed on %s: %s" % (path, p.stderr.strip()))
    out = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4:
            size, kind, name = int(parts[1], 16), parts[2], parts[3]
        elif len(parts) == 3:
            size, kind, name = None, parts[1], parts[2]
        else:
            continue
        if not EXPORT_RE.match(name):
            continue
        cls = "function" if kind in FUNCTION_KINDS else "data" if kind in DATA_KINDS else kind
        out[name] = (cls, kind, size)
    return out


def libpython():
    libdir = sysconfig.get_config_var("LIBDIR")
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython" or not libdir:
        return None
    for var in ("INSTSONAME", "LDLIBRARY"):
        name = sysconfig.get_config_var(var)
        if name and ".so" in name and os.path.exists(os.path.join(libdir, name)):
            return os.path.join(libdir, name)
    return None


def reference(use_table):
    """(description, name -> (class, nm kind, size))."""
    lib = None if use_table else libpython()
    if lib:
        return "libpython (%s)" % os.path.basename(lib), read_exports(lib)
    with open(TABLE) as f:
        table = json.load(f)
    ref = {e["name"]: (e["kind"], e["nm"], e.get("size")) for e in table["symbols"]}
    return "tools/capi/capi-table.json (CPython %s)" % table["python"], ref


def compare(ref, got, only=None):
    """Lists of (name, detail) for missing symbols, kind mismatches and data size mismatches.
    only: restrict the check to these names."""
    missing, kind, size = [], [], []
    for name in sorted(ref):
        if only is not None and name not in only:
            continue
        rcls, _, rsize = ref[name]
        if name not in got:
            missing.append((name, rcls))
            continue
        gcls, gkind, gsize = got[name]
        if gcls != rcls:
            kind.append((name, "%s in libpython, %s (%s) here" % (rcls, gcls, gkind)))
        elif rcls == "data" and rsize is not None and gsize != rsize:
            size.append((name, "%d bytes in libpython, %s here" % (rsize, gsize)))
    return missing, kind, size


def report(ref, got, missing, kind, size, limit, out=sys.stdout):
    nf = sum(1 for v in ref.values() if v[0] == "function")
    present = sum(1 for n in ref if n in got)
    print("libpython exports:      %d (%d functions, %d data)" % (len(ref), nf, len(ref) - nf), file=out)
    print("exported by the binary: %d" % present, file=out)
    print("missing:                %d" % len(missing), file=out)
    print("kind mismatches:        %d" % len(kind), file=out)
    print("data size mismatches:   %d" % len(size), file=out)
    extra = sorted(n for n in got if n not in ref)
    if extra:
        print("extra Py*/_Py* exports (not in libpython): %d" % len(extra), file=out)
    for title, items in (("missing", missing), ("kind mismatch", kind), ("size mismatch", size)):
        for name, detail in items[:limit]:
            print("  %s: %s (%s)" % (title, name, detail), file=out)
        if len(items) > limit:
            print("  ... %d more %s" % (len(items) - limit, title), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary", help="the swallow executable (or any ELF object)")
    ap.add_argument("--table", action="store_true",
                    help="compare against tools/capi/capi-table.json instead of libpython")
    ap.add_argument("--limit", type=int, default=50, help="names listed per category")
    args = ap.parse_args()
    what, ref = reference(args.table)
    got = read_exports(args.binary)
    missing, kind, size = compare(ref, got)
    print("reference: %s" % what)
    report(ref, got, missing, kind, size, args.limit)
    ok = not (missing or kind or size)
    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
