#!/usr/bin/env python3
"""Build tools/capi/capi-table.json: the C-API export table of CPython 3.11.

Run with CPython 3.11 (the interpreter whose libpython and headers are described):

    python3 tools/capi/gen_table.py

Facts come from three places, all found at run time (no machine paths are stored):
  * the export list: `nm -D --defined-only -S` of libpython (sysconfig LIBDIR/INSTSONAME);
    every `Py*`/`_Py*` defined symbol, with its nm kind and (for data) its size;
  * the declarations: clang's JSON AST dump of a translation unit that includes Python.h,
    every other installed top-level header and every internal header (with Py_BUILD_CORE),
    once plain and once with PY_SSIZE_T_CLEAN (which renames PyArg_Parse* to the _SizeT
    exports); a third run with Py_LIMITED_API=3.11 tells which names the limited API declares;
  * a probe program, compiled against the same headers and run, that reports size, alignment,
    type class and signedness of every by-value type in the signatures, the layout of the
    structs passed by value, and the values of the enum constants used as error values.
Stable-ABI membership comes from the SYMBOL_NAMES list of the installed
`test.test_stable_abi_ctypes` module when it is installed (null otherwise).

Only names, type spellings, sizes and numeric values are recorded; no header text.
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "capi-table.json")

EXPORT_RE = re.compile(r"^_?Py")
FUNCTION_KINDS = set("TtWi")
DATA_KINDS = set("DdBbRrVvGgSs")

# Installed top-level headers that need third-party headers (expat, curses) and declare
# nothing libpython exports.
SKIP_HEADERS = {"pyexpat.h", "py_curses.h"}

# Error-value rules (see README.md). Functions returning int whose failure value is 0, not -1:
# argument parsing and the "O&" converters.
ZERO_ON_FAILURE_RE = re.compile(
    r"^_?PyArg_|Convert(er)?$|^PyUnicode_FS(Converter|Decoder)$"
    r"|^_Py_convert_optional_to_ssize_t$|^_PyEval_SliceIndex(NotNone)?$")
# Enum return types that have an enumerator meaning failure; other enum returns have no error
# value, so their stubs abort.
ENUM_ERROR_CONSTANT = {"PySendResult": "PYGEN_ERROR", "PyLockStatus": "PY_LOCK_FAILURE"}
# Struct return types: the field values that signal failure. "$name" is the function's name,
# "$message" the stub's message; {"enum": X} is the value of enumerator X.
STRUCT_ERROR_VALUE = {
    "Py_complex": {"real": -1.0, "imag": 0.0},
    "PyStatus": {"_type": {"enum": "_PyStatus_TYPE_ERROR"}, "func": "$name",
                 "err_msg": "$message", "exitcode": 0},
}

# __builtin_classify_type results.
CLASS_VOID, CLASS_INT, CLASS_CHAR, CLASS_ENUM, CLASS_BOOL, CLASS_POINTER = 0, 1, 2, 3, 4, 5
CLASS_REAL, CLASS_FUNCTION, CLASS_RECORD, CLASS_UNION, CLASS_ARRAY = 8, 10, 12, 13, 14


def die(msg):
    sys.exit("gen_table.py: " + msg)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        die("command failed: %s\n%s" % (" ".join(cmd), p.stderr[-4000:]))
    return p.stdout


def libpython_path():
    libdir = sysconfig.get_config_var("LIBDIR")
    for var in ("INSTSONAME", "LDLIBRARY"):
        name = sysconfig.get_config_var(var)
        if libdir and name and os.path.exists(os.path.join(libdir, name)):
            return os.path.join(libdir, name)
    die("no shared libpython found in sysconfig LIBDIR (%r)" % libdir)


def include_dir():
    inc = sysconfig.get_paths()["include"]
    if not os.path.exists(os.path.join(inc, "Python.h")):
        die("Python.h not found in %s" % inc)
    return inc


def find_clang():
    for cand in (os.environ.get("CLANG"), shutil.which("clang")):
        if cand:
            return cand
    swiftc = shutil.which("swiftc") or shutil.which("swift")
    if swiftc:
        cand = os.path.join(os.path.dirname(os.path.realpath(swiftc)), "clang")
        if os.path.exists(cand):
            return cand
    die("no clang found (set CLANG=...)")


def exported_symbols(lib):
    """name -> (nm kind letter, size or None) for every defined Py*/_Py* dynamic symbol."""
    out = run(["nm", "-D", "--defined-only", "-S", lib])
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4:
            _, size, kind, name = parts
            size = int(size, 16)
        elif len(parts) == 3:
            _, kind, name = parts
            size = None
        else:
            continue
        if EXPORT_RE.match(name):
            syms[name] = (kind, size)
    return syms


# ---------------------------------------------------------------- clang AST


def write_tu(path, inc, full):
    lines = []
    if full:
        lines.append("#define Py_BUILD_CORE 1")
    lines.append("#include <Python.h>")
    if full:
        for h in sorted(glob.glob(os.path.join(inc, "*.h"))):
            b = os.path.basename(h)
            if b not in SKIP_HEADERS and b != "Python.h":
                lines.append('#include "%s"' % b)
        for h in sorted(glob.glob(os.path.join(inc, "internal", "*.h"))):
            lines.append('#include "internal/%s"' % os.path.basename(h))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def ast_dump(clang, tu, inc, defines):
    out = run([clang, "-x", "c", "-fsyntax-only", "-I", inc] + ["-D" + d for d in defines]
              + ["-Xclang", "-ast-dump=json", tu])
    return json.loads(out)


def annotate_files(ast, inc):
    """clang's JSON omits a location's file when it equals the previously printed one; replay
    the dump in order and return {decl id: header path relative to the include dir}."""
    cur = [None]
    files = {}

    def visit_loc(loc):
        if not isinstance(loc, dict):
            return
        if "spellingLoc" in loc or "expansionLoc" in loc:
            visit_loc(loc.get("spellingLoc"))
            visit_loc(loc.get("expansionLoc"))
        elif "offset" in loc and "file" in loc:
            cur[0] = loc["file"]

    def walk(node):
        if isinstance(node, dict):
            for key, val in node.items():
                if key == "loc":
                    visit_loc(val)
                    if "id" in node:
                        files[node["id"]] = cur[0]
                elif key == "range":
                    visit_loc(val.get("begin"))
                    visit_loc(val.get("end"))
                elif key in ("inner",):
                    walk(val)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(ast)
    rel = {}
    for k, f in files.items():
        if f and os.path.abspath(f).startswith(os.path.abspath(inc) + os.sep):
            rel[k] = os.path.relpath(f, inc)
        else:
            rel[k] = None
    return rel


def collect_decls(ast, wanted):
    """name -> FunctionDecl/VarDecl (first non-static one) for the wanted names;
    typedef name -> TypedefDecl; record id -> RecordDecl."""
    decls, typedefs, records = {}, {}, {}

    def walk(node, top):
        for d in node.get("inner", []):
            k = d.get("kind")
            if k == "RecordDecl":
                records[d["id"]] = d
                walk(d, False)
            elif top and k == "TypedefDecl":
                typedefs[d["name"]] = d
            elif top and k in ("FunctionDecl", "VarDecl") and d.get("name") in wanted:
                if d.get("storageClass") == "static" or d.get("inline"):
                    continue
                prev = decls.get(d["name"])
                # Prefer a declaration that carries parameter declarations.
                if prev is None or (k == "FunctionDecl" and not prev.get("inner") and d.get("inner")):
                    decls[d["name"]] = d

    walk(ast, True)
    return decls, typedefs, records


def strip_attrs(qual):
    return re.sub(r"\s*__attribute__\(\(.*\)\)\s*$", "", qual)


def function_signature(name, d):
    params = [p for p in d.get("inner", []) if p.get("kind") == "ParmVarDecl"]
    variadic = bool(d.get("variadic"))
    qual = d["type"]["qualType"]
    noreturn = "noreturn" in qual or any("NoReturn" in i.get("kind", "") for i in d.get("inner", []))
    ptypes = [p["type"]["qualType"] for p in params]
    joined = ", ".join(ptypes + (["..."] if variadic else [])) or "void"
    core = strip_attrs(qual)
    suffix = "(" + joined + ")"
    if not core.endswith(suffix):
        die("cannot split the signature of %s: %r" % (name, qual))
    ret = core[: -len(suffix)].rstrip()
    return {
        "return": ret,
        "params": [{"name": p.get("name"), "type": p["type"]["qualType"]} for p in params],
        "variadic": variadic,
        "noreturn": noreturn,
    }


# ---------------------------------------------------------------- probe


def bare(t):
    """Drop top-level qualifiers that do not change the ABI class."""
    return re.sub(r"^(const|volatile)\s+|\s+(const|volatile)$", "", t.strip())


def probe_program(tmp, body):
    """A C program that includes the same headers as the AST run, with main() = body."""
    head = ["#define Py_BUILD_CORE 1", "#include <Python.h>", "#include <stdio.h>"]
    with open(os.path.join(tmp, "tu.c")) as f:
        head += [l for l in f.read().splitlines() if l.startswith('#include "')]
    return "\n".join(head + ["int main(void) {"] + body + ["return 0; }"]) + "\n"


def probe(clang, inc, tmp, types, records_fields, enum_consts):
    """Compile and run programs against the headers. types: spellings to classify (size,
    alignment, __builtin_classify_type, signedness); records_fields: {record spelling:
    [field names]} to lay out; enum_consts: enumerators to evaluate."""
    body = []
    for i, t in enumerate(types):
        tt = "__typeof__(%s)" % t
        body.append('printf("T %d %%zu %%zu %%d\\n", sizeof(%s), _Alignof(%s), '
                    "__builtin_classify_type(*(%s *)0));" % (i, tt, tt, tt))
    info = {}
    for line in compile_run(clang, inc, tmp, "probe1", probe_program(tmp, body)).splitlines():
        _, i, size, align, cls = line.split()
        info[types[int(i)]] = {"size": int(size), "align": int(align), "class": int(cls)}
    # Second program: signedness of integer-like types, struct fields, enum constants.
    body = []
    ints = [t for t in types if info[t]["class"] in (CLASS_INT, CLASS_CHAR, CLASS_ENUM, CLASS_BOOL)]
    for i, t in enumerate(ints):
        body.append('printf("S %d %%d\\n", (int)((__typeof__(%s))-1 < (__typeof__(%s))0));'
                    % (i, t, t))
    flist = [(r, f) for r, fs in records_fields.items() for f in fs]
    for i, (r, f) in enumerate(flist):
        e = "((%s *)0)->%s" % (r, f)
        body.append('printf("F %d %%zu %%zu %%d %%d\\n", __builtin_offsetof(%s, %s), sizeof(%s), '
                    "__builtin_classify_type(%s), (int)((__typeof__(%s))-1 < (__typeof__(%s))0));"
                    % (i, r, f, e, e, e, e))
    for i, c in enumerate(enum_consts):
        body.append('printf("E %d %%lld\\n", (long long)(%s));' % (i, c))
    fields, consts = {}, {}
    for line in compile_run(clang, inc, tmp, "probe2", probe_program(tmp, body)).splitlines():
        p = line.split()
        if p[0] == "S":
            info[ints[int(p[1])]]["signed"] = p[2] == "1"
        elif p[0] == "F":
            r, f = flist[int(p[1])]
            fields.setdefault(r, []).append({"name": f, "offset": int(p[2]), "size": int(p[3]),
                                             "class": int(p[4]), "signed": p[5] == "1"})
        elif p[0] == "E":
            consts[enum_consts[int(p[1])]] = int(p[2])
    return info, fields, consts


def compile_run(clang, inc, tmp, stem, text):
    c = os.path.join(tmp, stem + ".c")
    exe = os.path.join(tmp, stem)
    with open(c, "w") as f:
        f.write(text)
    run([clang, "-x", "c", "-w", "-I", inc, c, "-o", exe])
    return run([exe])


def abi_of(info):
    """Table form of a type's ABI class."""
    cls, size = info["class"], info["size"]
    if cls in (CLASS_POINTER, CLASS_ARRAY, CLASS_FUNCTION):
        return {"abi": "pointer", "size": 8}
    if cls in (CLASS_INT, CLASS_CHAR, CLASS_ENUM):
        e = {"abi": "int", "size": size, "signed": info.get("signed", True)}
        if info.get("enum"):
            e["enum"] = True
        return e
    if cls == CLASS_BOOL:
        return {"abi": "bool", "size": size}
    if cls == CLASS_REAL:
        return {"abi": "float", "size": size}
    if cls in (CLASS_RECORD, CLASS_UNION):
        return {"abi": "struct", "size": size, "align": info["align"]}
    die("unsupported type class %d" % cls)


# ---------------------------------------------------------------- main


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        die("run this under CPython 3.11 (the table describes its libpython)")
    lib = libpython_path()
    inc = include_dir()
    clang = find_clang()
    syms = exported_symbols(lib)
    wanted = set(syms)

    with tempfile.TemporaryDirectory() as tmp:
        tu = os.path.join(tmp, "tu.c")
        write_tu(tu, inc, full=True)
        ast = ast_dump(clang, tu, inc, [])
        files = annotate_files(ast, inc)
        decls, typedefs, records = collect_decls(ast, wanted)
        # PY_SSIZE_T_CLEAN turns the PyArg_Parse* declarations into the _SizeT exports.
        ast2 = ast_dump(clang, tu, inc, ["PY_SSIZE_T_CLEAN"])
        files2 = annotate_files(ast2, inc)
        decls2, _, _ = collect_decls(ast2, wanted - set(decls))
        del ast, ast2
        for n, d in decls2.items():
            decls[n] = d
            files[d["id"]] = files2.get(d["id"])
        # Limited API 3.11: which names Python.h declares there.
        ltu = os.path.join(tmp, "limited.c")
        write_tu(ltu, inc, full=False)
        last = ast_dump(clang, ltu, inc, ["Py_LIMITED_API=0x030b0000"])
        limited = {d.get("name") for d in last.get("inner", [])
                   if d.get("kind") in ("FunctionDecl", "VarDecl")}
        del last

        sigs = {}
        for n, d in decls.items():
            if d["kind"] == "FunctionDecl":
                sigs[n] = function_signature(n, d)

        # Everything passed or returned by value, plus data types, goes through the probe.
        types = set()
        for s in sigs.values():
            if s["return"] != "void":
                types.add(bare(s["return"]))
            for p in s["params"]:
                types.add(bare(p["type"]))
        types.add("PyTypeObject")
        types = sorted(types)
        # Struct return/param types: find their fields in the AST.
        rec_fields = {}
        first = probe(clang, inc, tmp, types, {}, [])[0]  # classes only
        for t in types:
            if first[t]["class"] in (CLASS_RECORD, CLASS_UNION):
                rec_fields[t] = record_field_names(t, typedefs, records)
        enum_consts = sorted(set(ENUM_ERROR_CONSTANT.values()) | set(INITIAL_CONSTANTS) | {
            v["enum"] for fs in STRUCT_ERROR_VALUE.values() for v in fs.values()
            if isinstance(v, dict)})
        info, fields, consts = probe(clang, inc, tmp, types, rec_fields, enum_consts)
        for t in types:
            # __builtin_classify_type reports enums as integers; the AST knows better.
            info[t]["enum"] = is_enum(t, typedefs)

    stable = stable_abi_names()
    table = build_table(syms, decls, files, sigs, info, fields, consts, limited, stable)
    add_initial_contents(table, consts)
    with open(OUT, "w") as f:
        f.write(dump_table(table))
    c = table["counts"]
    print("gen_table.py: wrote %s: %d symbols (%d functions: %d with signatures, %d unknown; "
          "%d data)" % (os.path.relpath(OUT), c["total"], c["functions"], c["functions_known"],
                         c["functions_unknown"], c["data"]))


# Read-only tables and constants whose contents are facts of CPython 3.11 that can be computed
# here rather than left zero: the byte-classification tables behind the Py_ISxxx/Py_TOxxx
# macros (from Python's own bytes methods, which are defined by these tables), the digit values
# used by int(), the swapped-comparison table, and Py_Version.
INITIAL_CONSTANTS = ["PY_CTF_LOWER", "PY_CTF_UPPER", "PY_CTF_DIGIT", "PY_CTF_SPACE",
                     "PY_CTF_XDIGIT", "Py_LT", "Py_LE", "Py_EQ", "Py_NE", "Py_GT", "Py_GE"]


def initial_contents(consts):
    """name -> (C element type, shape, values)."""
    k = consts
    ctype = []
    for i in range(256):
        b = bytes([i])
        flags = 0
        if b.islower():
            flags |= k["PY_CTF_LOWER"]
        if b.isupper():
            flags |= k["PY_CTF_UPPER"]
        if b.isdigit():
            flags |= k["PY_CTF_DIGIT"]
        if b.isspace():
            flags |= k["PY_CTF_SPACE"]
        if b in b"0123456789abcdefABCDEF":
            flags |= k["PY_CTF_XDIGIT"]
        ctype.append(flags)
    digit = []
    for i in range(256):
        c = chr(i)
        digit.append(int(c, 36) if i < 128 and c.isalnum() else 37)
    swapped = {k["Py_LT"]: k["Py_GT"], k["Py_LE"]: k["Py_GE"], k["Py_EQ"]: k["Py_EQ"],
               k["Py_NE"]: k["Py_NE"], k["Py_GT"]: k["Py_LT"], k["Py_GE"]: k["Py_LE"]}
    return {
        "_Py_ctype_table": ("unsigned int", "array", ctype),
        "_Py_ctype_tolower": ("unsigned char", "array", list(bytes(range(256)).lower())),
        "_Py_ctype_toupper": ("unsigned char", "array", list(bytes(range(256)).upper())),
        "_Py_ascii_whitespace": ("unsigned char", "array",
                                 [int(chr(i).isspace()) for i in range(128)]),
        "_PyLong_DigitValue": ("unsigned char", "array", digit),
        "_Py_SwappedOp": ("int", "array", [swapped[i] for i in range(len(swapped))]),
        "Py_Version": ("unsigned long", "scalar", [sys.hexversion]),
    }


ELEMENT_SIZE = {"unsigned char": 1, "int": 4, "unsigned int": 4, "unsigned long": 8}


def add_initial_contents(table, consts):
    byname = {e["name"]: e for e in table["symbols"]}
    for name, (elem, shape, values) in initial_contents(consts).items():
        e = byname[name]
        if ELEMENT_SIZE[elem] * len(values) != e["size"]:
            die("computed contents of %s do not fill its %d bytes" % (name, e["size"]))
        e["initial"] = {"element": elem, "shape": shape, "values": values}


def dump_table(table):
    """JSON with one symbol per line (small diffs when the table changes)."""
    lines = ["{"]
    for key, val in table.items():
        if key == "symbols":
            continue
        lines.append("%s: %s," % (json.dumps(key), json.dumps(val)))
    lines.append('"symbols": [')
    syms = table["symbols"]
    for i, e in enumerate(syms):
        lines.append(json.dumps(e) + ("," if i + 1 < len(syms) else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def record_field_names(spelling, typedefs, records):
    name = bare(spelling)
    rec = None
    if name in typedefs:
        for inner in typedefs[name].get("inner", []):
            owned = inner.get("ownedTagDecl") or {}
            decl = owned or (inner.get("inner", [{}])[0].get("decl") or {})
            if decl.get("id") in records:
                rec = records[decl["id"]]
    elif name.startswith(("struct ", "union ")):
        tag = name.split(None, 1)[1]
        for r in records.values():
            if r.get("name") == tag and r.get("completeDefinition"):
                rec = r
    if rec is None:
        die("no record definition for by-value type %r" % spelling)
    return [f["name"] for f in rec.get("inner", []) if f.get("kind") == "FieldDecl"]


def is_enum(spelling, typedefs):
    t = bare(spelling)
    for _ in range(16):
        if t.startswith("enum "):
            return True
        d = typedefs.get(t)
        if d is None:
            return False
        t = bare(d["type"]["qualType"])
    return False


def stable_abi_names():
    try:
        from test import test_stable_abi_ctypes as t
    except Exception:
        return None
    return set(t.SYMBOL_NAMES)


def error_value(name, sig, info, fields, consts):
    """(rule, value): how a stub of this function reports failure."""
    ret = bare(sig["return"])
    if sig["noreturn"]:
        return "abort: does not return", None
    if ret == "void":
        return "abort: void return has no error value", None
    a = abi_of(info[ret])
    if a["abi"] == "pointer":
        return "pointer: NULL", None
    if a["abi"] == "float":
        return "floating point: -1.0", -1.0
    if a["abi"] == "int":
        if info[ret].get("enum"):
            const = ENUM_ERROR_CONSTANT.get(ret)
            if const is None:
                return "abort: enum %s has no error value" % ret, None
            return "enum: %s" % const, consts[const]
        if ZERO_ON_FAILURE_RE.search(name):
            return "integer: 0 (argument parsing / converter: 0 means failure)", 0
        return "integer: -1", -1
    if a["abi"] == "bool":
        return "abort: bool return has no error value", None
    if a["abi"] == "struct":
        spec = STRUCT_ERROR_VALUE.get(ret)
        if spec is None:
            return "abort: struct %s has no known error value" % ret, None
        val = {}
        for k, v in spec.items():
            val[k] = consts[v["enum"]] if isinstance(v, dict) else v
        return "struct: %s error value" % ret, val
    die("no error rule for %s" % name)


def type_entry(t, info):
    e = {"type": t}
    if t == "void":
        e["abi"] = "void"
    else:
        e.update(abi_of(info[bare(t)]))
    return e


def build_table(syms, decls, files, sigs, info, fields, consts, limited, stable):
    records = {}
    entries = []
    counts = {"total": 0, "functions": 0, "functions_known": 0, "functions_unknown": 0,
              "functions_variadic": 0, "data": 0, "data_by_nm_kind": {}, "stable_abi": None,
              "limited_api": 0}
    type_size = info["PyTypeObject"]["size"]
    for name in sorted(syms):
        kind, size = syms[name]
        d = decls.get(name)
        e = {"name": name}
        counts["total"] += 1
        if kind in FUNCTION_KINDS:
            e["kind"] = "function"
            counts["functions"] += 1
            sig = sigs.get(name)
            if sig is None:
                counts["functions_unknown"] += 1
                e["signature"] = None
                e["header"] = None
                e["note"] = ("no declaration in the installed headers; the stub is "
                             "'void *NAME(void)' returning NULL (a pointer-sized value)")
                e["error"] = {"rule": "unknown signature: NULL", "value": None}
            else:
                counts["functions_known"] += 1
                counts["functions_variadic"] += sig["variadic"]
                ret = bare(sig["return"])
                e["signature"] = {
                    "return": type_entry(sig["return"], info),
                    "params": [dict(name=p["name"], **type_entry(p["type"], info))
                               for p in sig["params"]],
                    "variadic": sig["variadic"],
                    "noreturn": sig["noreturn"],
                }
                e["header"] = files.get(d["id"])
                rule, val = error_value(name, sig, info, fields, consts)
                e["error"] = {"rule": rule, "value": val}
                for t in [sig["return"]] + [p["type"] for p in sig["params"]]:
                    b = bare(t)
                    if b in fields and b not in records:
                        records[b] = {"size": info[b]["size"], "align": info[b]["align"],
                                      "fields": [dict(name=f["name"], offset=f["offset"],
                                                      **abi_of({"class": f["class"],
                                                                "size": f["size"],
                                                                "align": f["size"],
                                                                "signed": f["signed"]}))
                                                 for f in fields[b]]}
        elif kind in DATA_KINDS:
            e["kind"] = "data"
            counts["data"] += 1
            counts["data_by_nm_kind"][kind] = counts["data_by_nm_kind"].get(kind, 0) + 1
            e["size"] = size
            t = d["type"]["qualType"] if d else None
            desugared = (d["type"].get("desugaredQualType") or t) if d else None
            e["type"] = t
            e["header"] = files.get(d["id"]) if d else None
            e["const"] = bool(t and re.match(r"^const\b", t))
            if desugared == "struct _typeobject" or (t is None and name.endswith("_Type")
                                                      and size == type_size):
                cat = "type_object"
            elif name.startswith("PyExc_") and t and t.endswith("*"):
                cat = "exception_pointer"
            elif desugared and re.match(r"^struct _\w*object$", desugared):
                cat = "singleton"
            else:
                cat = "variable"
            e["category"] = cat
            if t is None:
                e["note"] = "no declaration in the installed headers; size from the symbol table"
        else:
            die("unexpected nm kind %r for %s" % (kind, name))
        e["nm"] = kind
        e["stable_abi"] = (name in stable) if stable is not None else None
        e["limited_api"] = name in limited
        counts["limited_api"] += e["limited_api"]
        entries.append(e)
    if stable is not None:
        counts["stable_abi"] = sum(1 for e in entries if e["stable_abi"])
    return {
        "generator": "tools/capi/gen_table.py",
        "python": "%d.%d.%d" % sys.version_info[:3],
        "platform": sysconfig.get_platform(),
        "sources": {
            "exports": "nm -D --defined-only -S of libpython (sysconfig LIBDIR/INSTSONAME)",
            "signatures": "clang JSON AST of the installed headers (Python.h, top-level, "
                          "internal/ with Py_BUILD_CORE; again with PY_SSIZE_T_CLEAN)",
            "limited_api": "declared by Python.h with Py_LIMITED_API=0x030b0000",
            "stable_abi": "test.test_stable_abi_ctypes.SYMBOL_NAMES" if stable is not None
                          else None,
        },
        "counts": counts,
        "records": records,
        "symbols": entries,
    }


if __name__ == "__main__":
    main()
