#!/usr/bin/env python3
"""Tests of the C-API export table and the generated C. Run from anywhere:

    python3 tools/capi/test_capi.py                     # table + generated C
    python3 tools/capi/test_capi.py .build/debug/swallow  # ... and the built executable

1. CShim/stubs.gen.c and CShim/data.gen.c are up to date with the table and the sources.
2. The table is consistent (1655 unique names, counts), and, under CPython 3.11 with a shared
   libpython, agrees with that libpython's exports (names, kinds, data sizes).
3. The generated C compiles on its own (with throwaway definitions of the two helpers) into a
   shared object that exports exactly the table's names minus those Swallow defines by hand,
   with the right kinds and sizes.
4. Calling one stub per error rule through ctypes returns the rule's error value after
   calling swpy_stub_failed with the stub's name; the abort rules abort naming the function.
5. With a binary argument: tools/capi/check_exports.py passes on it.
Exits 1 on any failure.
"""

import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import check_exports  # noqa: E402
import gen_stubs  # noqa: E402

HELPERS = r"""
#include <stdio.h>
#include <stdlib.h>
const char *swpy_test_last_failed;
int swpy_test_failed_calls;
void swpy_stub_failed(const char *name) { swpy_test_last_failed = name; swpy_test_failed_calls++; }
_Noreturn void swpy_stub_abort(const char *name) {
    fprintf(stderr, "swpy_stub_abort: %s\n", name);
    fflush(stderr);
    abort();
}
"""

failures = []


def check(cond, what):
    print("%s %s" % ("ok  " if cond else "FAIL", what))
    if not cond:
        failures.append(what)


def ctype_of(entry, table):
    abi = entry["abi"]
    if abi == "pointer":
        return ctypes.c_void_p
    if abi == "bool":
        return ctypes.c_bool
    if abi == "int":
        return {(1, True): ctypes.c_int8, (1, False): ctypes.c_uint8,
                (2, True): ctypes.c_int16, (2, False): ctypes.c_uint16,
                (4, True): ctypes.c_int32, (4, False): ctypes.c_uint32,
                (8, True): ctypes.c_int64, (8, False): ctypes.c_uint64}[(entry["size"], entry["signed"])]
    if abi == "float":
        return {4: ctypes.c_float, 8: ctypes.c_double, 16: ctypes.c_longdouble}[entry["size"]]
    if abi == "struct":
        rec = table["records"][entry["type"].replace("const ", "")]
        return type("rec", (ctypes.Structure,),
                    {"_fields_": [(f["name"], ctype_of(f, table)) for f in rec["fields"]]})
    raise ValueError(abi)


def call_stub(lib, e, table):
    fn = getattr(lib, e["name"])
    sig = e["signature"]
    if sig is None:
        fn.restype, fn.argtypes = ctypes.c_void_p, []
        return fn()
    fn.restype = None if sig["return"]["abi"] == "void" else ctype_of(sig["return"], table)
    fn.argtypes = [ctype_of(p, table) for p in sig["params"]]
    return fn(*[t() for t in fn.argtypes])


def expected_ok(e, result, table):
    sig = e["signature"]
    value = e["error"]["value"]
    if sig is None or sig["return"]["abi"] == "pointer":
        return result is None
    ret = sig["return"]
    if ret["abi"] == "struct":
        for k, v in value.items():
            got = getattr(result, k)
            if v == "$name":
                v = e["name"].encode()
                got = ctypes.cast(got, ctypes.c_char_p).value
            elif v == "$message":
                v = (gen_stubs.MESSAGE % e["name"]).encode()
                got = ctypes.cast(got, ctypes.c_char_p).value
            if got != v:
                return False
        return True
    if ret["abi"] == "int":
        return result == ctype_of(ret, table)(value).value
    return result == value


def main():
    with open(gen_stubs.TABLE) as f:
        table = json.load(f)
    syms = table["symbols"]
    names = [e["name"] for e in syms]

    # 1. generated files up to date
    p = subprocess.run([sys.executable, os.path.join(HERE, "gen_stubs.py"), "--check"],
                       capture_output=True, text=True)
    check(p.returncode == 0, "generated files are up to date (gen_stubs.py --check)" +
          ("" if p.returncode == 0 else ": " + p.stderr.strip()))

    # 2. table consistency, and agreement with the running CPython's libpython
    check(len(names) == len(set(names)) == 1655, "table has 1655 unique names")
    c = table["counts"]
    check(c["functions"] + c["data"] == c["total"] == 1655
          and c["functions_known"] + c["functions_unknown"] == c["functions"], "table counts add up")
    lib = check_exports.libpython()
    if lib:
        ref = check_exports.read_exports(lib)
        tab = {e["name"]: (e["kind"], e["nm"], e.get("size")) for e in syms}
        same = set(ref) == set(tab) and all(
            ref[n][0] == tab[n][0] and (tab[n][0] == "function" or ref[n][2] == tab[n][2])
            for n in ref)
        check(same, "table matches %s's exports (names, kinds, data sizes)" % os.path.basename(lib))
        # Computed contents of constant tables agree with the running CPython's memory.
        elem = {"unsigned char": ctypes.c_ubyte, "int": ctypes.c_int,
                "unsigned int": ctypes.c_uint, "unsigned long": ctypes.c_ulong}
        for e in syms:
            init = e.get("initial")
            if init:
                t = elem[init["element"]] * len(init["values"])
                mem = list(t.in_dll(ctypes.pythonapi, e["name"]))
                check(mem == init["values"], "computed contents of %s match CPython's" % e["name"])
    else:
        print("skip libpython comparison (not running under a shared-library CPython 3.11)")

    # 3. standalone build of the generated C
    found = {k for k in gen_stubs.scan_sources(ROOT) if k in set(names)}
    expected = set(names) - found
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("clang")
    with tempfile.TemporaryDirectory() as tmp:
        helpers = os.path.join(tmp, "helpers.c")
        with open(helpers, "w") as f:
            f.write(HELPERS)
        so = os.path.join(tmp, "capi_stubs.so")
        p = subprocess.run([cc, "-shared", "-fPIC", "-Wall", "-Werror",
                            os.path.join(ROOT, gen_stubs.STUBS), os.path.join(ROOT, gen_stubs.DATA),
                            helpers, "-o", so], capture_output=True, text=True)
        check(p.returncode == 0, "generated C compiles standalone with %s -Wall -Werror%s"
              % (os.path.basename(cc), "" if p.returncode == 0 else ":\n" + p.stderr[-3000:]))
        if p.returncode != 0:
            return finish()
        got = check_exports.read_exports(so)
        tab = {e["name"]: (e["kind"], e["nm"], e.get("size")) for e in syms}
        missing, kind, size = check_exports.compare(tab, got, only=expected)
        extra = sorted(n for n in got if n not in expected)
        check(not missing and not kind and not size and not extra,
              "standalone object exports the %d generated names exactly (missing %d, kind %d, "
              "size %d, unexpected %d%s)" % (len(expected), len(missing), len(kind), len(size),
                                            len(extra), (": " + ", ".join(extra[:10])) if extra else ""))

        # 4. one stub per error rule, through ctypes
        lib_ = ctypes.CDLL(so)
        by_rule = {}
        for e in syms:
            if e["kind"] == "function" and e["name"] in expected:
                ret = (e["signature"] or {}).get("return", {})
                key = (e["error"]["rule"], ret.get("abi"), ret.get("size"), ret.get("signed"))
                by_rule.setdefault(key, e)
        for (rule, *_), e in sorted(by_rule.items(), key=lambda kv: str(kv[0])):
            if rule.startswith("abort"):
                code = ("import ctypes,sys; sys.path.insert(0,%r); import test_capi, json; "
                        "t=json.load(open(%r)); e=[s for s in t['symbols'] if s['name']==%r][0]; "
                        "test_capi.call_stub(ctypes.CDLL(%r), e, t)"
                        % (HERE, gen_stubs.TABLE, e["name"], so))
                p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
                check(p.returncode == -6 and ("swpy_stub_abort: %s" % e["name"]) in p.stderr,
                      "%s (%s) aborts naming itself" % (e["name"], rule))
                continue
            ctypes.c_char_p.in_dll(lib_, "swpy_test_last_failed").value = None
            result = call_stub(lib_, e, table)
            named = ctypes.c_char_p.in_dll(lib_, "swpy_test_last_failed").value
            check(named == e["name"].encode() and expected_ok(e, result, table),
                  "%s (%s) reports itself and returns the error value (got %r)"
                  % (e["name"], rule, result if not isinstance(result, ctypes.Structure)
                     else {k: getattr(result, k) for k, _ in result._fields_}))

    # 5. the built executable
    if len(sys.argv) > 1:
        p = subprocess.run([sys.executable, os.path.join(HERE, "check_exports.py"), sys.argv[1]],
                           capture_output=True, text=True)
        print(p.stdout, end="")
        check(p.returncode == 0, "check_exports.py %s" % sys.argv[1])
    return finish()


def finish():
    print("%d failure(s)" % len(failures) if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
