#!/usr/bin/env python3
"""Generates CShim/runtime_statics.gen.c: where CPython 3.11 keeps its statically initialised
objects inside the exported `_PyRuntime` (the global strings behind _Py_ID/_Py_STR, the small
ints, bytes_empty, bytes_characters, tuple_empty) and what each one holds.

Internal-API extensions (CPython's own lib-dynload modules, built with Py_BUILD_CORE_MODULE)
address those objects directly inside `_PyRuntime`, so Swallow must build them at CPython's
offsets (CShim/runtime_statics.c does, from this table).

How: the names of the global strings come from preprocessing CPython's installed internal
header pycore_global_strings.h; a probe C program compiled with -DPy_BUILD_CORE against the
installed headers then builds CPython's own static initialiser of the global objects and prints,
for each object, its offset inside _PyRuntimeState and its contents. Only those facts (offsets,
names, values) reach the generated file.

Must run under CPython 3.11 with its development headers (and libpython, for --verify).

  gen_runtime_statics.py           write CShim/runtime_statics.gen.c
  gen_runtime_statics.py --check   exit 1 if the committed file is stale
  gen_runtime_statics.py --verify  check every table entry against the real libpython's
                                   _PyRuntime (a probe linked with libpython3.11)
"""
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "CShim", "runtime_statics.gen.c")


def fail(msg):
    print("gen_runtime_statics: " + msg, file=sys.stderr)
    sys.exit(2)


def require_cpython311():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        fail("needs CPython 3.11 (running %s %d.%d)" % (
            sys.implementation.name, sys.version_info[0], sys.version_info[1]))


def include_flags():
    inc = sysconfig.get_paths()["include"]
    internal = os.path.join(inc, "internal")
    for h in ("pycore_runtime.h", "pycore_global_objects.h", "pycore_global_strings.h",
              "pycore_runtime_init.h"):
        if not os.path.exists(os.path.join(internal, h)):
            fail("CPython's internal header %s is not installed" % h)
    plat = sysconfig.get_paths()["platinclude"]
    flags = ["-I" + inc, "-I" + internal]
    if plat != inc:
        flags.insert(1, "-I" + plat)
    return flags


def cc():
    for c in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if c and shutil.which(c):
            return c
    fail("no C compiler")


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if p.returncode != 0:
        fail("command failed: %s\n%s" % (" ".join(cmd), p.stderr[-4000:]))
    return p.stdout


def string_names(tmp):
    """The members of the literals and identifiers sections of struct _Py_global_strings, in
    declaration order, read from the preprocessed header."""
    src = os.path.join(tmp, "names.c")
    with open(src, "w") as f:
        f.write("#define Py_BUILD_CORE 1\n#include <Python.h>\n#include <pycore_global_strings.h>\n")
    text = run([cc(), "-E", "-P"] + include_flags() + [src])
    start = text.find("struct _Py_global_strings {")
    if start < 0:
        fail("struct _Py_global_strings not found in the preprocessed header")
    body = text[start:]
    sections = {}
    # Each section is `struct { <members> } NAME;`, each member `struct { ... } _NAME;`.
    pos = body.find("{") + 1
    for section in ("literals", "identifiers"):
        m = re.compile(r"\}\s*" + section + r"\s*;").search(body, pos)
        if not m:
            fail("section %s not found" % section)
        chunk = body[pos:m.start()]
        sections[section] = re.findall(r"\}\s*_(\w+)\s*;", chunk)
        pos = m.end()
    return sections["literals"], sections["identifiers"]


PROBE_HEAD = r"""
#define Py_BUILD_CORE 1
#include <Python.h>
#include <stdio.h>
#include <stddef.h>
#include <pycore_runtime.h>
#include <pycore_runtime_init.h>

static struct _Py_global_objects go = _Py_global_objects_INIT;
#define GO_BASE offsetof(_PyRuntimeState, global_objects)
#define OFF(p) ((unsigned long)(GO_BASE + (size_t)((char *)(p) - (char *)&go)))

static void hex(const unsigned char *s, Py_ssize_t n) {
    if (n == 0) printf("-");
    for (Py_ssize_t i = 0; i < n; i++) printf("%02x", s[i]);
}
static void str(const char *tag, const char *name, PyASCIIObject *o, const unsigned char *data) {
    printf("%s %s %lu %ld %u %u %u %u %u %d ", tag, name, OFF(o), (long)o->length,
           o->state.interned, o->state.kind, o->state.compact, o->state.ascii, o->state.ready,
           o->ob_base.ob_type == &PyUnicode_Type);
    hex(data, o->length);
    printf("\n");
}

int main(void) {
    printf("size %lu\n", (unsigned long)sizeof(_PyRuntimeState));
    printf("tstate %lu\n", (unsigned long)offsetof(_PyRuntimeState, gilstate.tstate_current));
    printf("ascii_size %lu compact_size %lu\n", (unsigned long)sizeof(PyASCIIObject),
           (unsigned long)sizeof(PyCompactUnicodeObject));
"""

PROBE_TAIL = r"""
    for (int i = 0; i < 128; i++) {
        char nm[8];
        snprintf(nm, sizeof nm, "%d", i);
        str("A", nm, &go.singletons.strings.ascii[i]._ascii, go.singletons.strings.ascii[i]._data);
    }
    for (int i = 0; i < 128; i++) {
        char nm[8];
        snprintf(nm, sizeof nm, "%d", i);
        PyCompactUnicodeObject *c = &go.singletons.strings.latin1[i]._latin1;
        if (c->utf8 != NULL || c->utf8_length != 0 || c->wstr_length != 0) printf("bad latin1 %d\n", i);
        str("L", nm, &c->_base, go.singletons.strings.latin1[i]._data);
    }
    int nsmall = (int)(sizeof go.singletons.small_ints / sizeof go.singletons.small_ints[0]);
    for (int i = 0; i < nsmall; i++) {
        PyLongObject *o = &go.singletons.small_ints[i];
        long v = (long)Py_SIZE(o) * (long)o->ob_digit[0];
        printf("I %d %lu %ld %d\n", i, OFF(o), v, Py_TYPE(o) == &PyLong_Type);
    }
    printf("B %lu %ld %d\n", OFF(&go.singletons.bytes_empty), (long)Py_SIZE(&go.singletons.bytes_empty),
           Py_TYPE(&go.singletons.bytes_empty) == &PyBytes_Type);
    for (int i = 0; i < 256; i++) {
        PyBytesObject *o = &go.singletons.bytes_characters[i].ob;
        printf("C %d %lu %ld %u %d\n", i, OFF(o), (long)Py_SIZE(o), (unsigned char)o->ob_sval[0],
               Py_TYPE(o) == &PyBytes_Type);
    }
    printf("T %lu %ld %d\n", OFF(&go.singletons.tuple_empty), (long)Py_SIZE(&go.singletons.tuple_empty),
           Py_TYPE(&go.singletons.tuple_empty) == &PyTuple_Type);
    return 0;
}
"""


def link_flags():
    libdir = sysconfig.get_config_var("LIBDIR")
    ver = sysconfig.get_config_var("LDVERSION") or "3.11"
    return ["-L" + libdir, "-Wl,-rpath," + libdir, "-lpython" + ver, "-lm"]


def probe(tmp, literals, identifiers):
    lines = [PROBE_HEAD]
    for section, names in (("literals", literals), ("identifiers", identifiers)):
        tag = "S" if section == "literals" else "D"
        for n in names:
            lines.append('    str("%s", "%s", &go.singletons.strings.%s._%s._ascii, '
                         'go.singletons.strings.%s._%s._data);' % (tag, n, section, n, section, n))
    lines.append(PROBE_TAIL)
    src = os.path.join(tmp, "probe.c")
    with open(src, "w") as f:
        f.write("\n".join(lines))
    exe = os.path.join(tmp, "probe")
    run([cc(), "-O0", "-w", "-o", exe, src] + include_flags() + link_flags())
    return run([exe])


def collect():
    require_cpython311()
    with tempfile.TemporaryDirectory() as tmp:
        literals, identifiers = string_names(tmp)
        out = probe(tmp, literals, identifiers)
    t = {"strings": [], "ascii": [], "latin1": [], "ints": [], "bytes_chars": []}
    for line in out.splitlines():
        w = line.split()
        if w[0] == "size":
            t["size"] = int(w[1])
        elif w[0] == "tstate":
            t["tstate"] = int(w[1])
        elif w[0] == "ascii_size":
            t["sizes"] = (int(w[1]), int(w[3]))
        elif w[0] in ("S", "D", "A", "L"):
            tag, name, off, length, interned, kind, compact, ascii, ready, is_str, data = w
            text = b"" if data == "-" else bytes.fromhex(data)
            assert len(text) == int(length) and is_str == "1", line
            assert (kind, compact, ready) == ("1", "1", "1"), line
            assert ascii == ("0" if tag == "L" else "1") and interned == "0", line
            if tag in ("S", "D"):
                assert b"\0" not in text, line
                t["strings"].append((int(off), text.decode("ascii"), tag, name))
            else:
                assert len(text) == 1, line
                t["ascii" if tag == "A" else "latin1"].append((int(off), text[0]))
        elif w[0] == "I":
            assert w[4] == "1", line
            t["ints"].append((int(w[2]), int(w[3])))
        elif w[0] == "B":
            assert w[2] == "0" and w[3] == "1", line
            t["bytes_empty"] = int(w[1])
        elif w[0] == "C":
            assert w[3] == "1" and w[5] == "1", line
            t["bytes_chars"].append((int(w[2]), int(w[4])))
        elif w[0] == "T":
            assert w[2] == "0" and w[3] == "1", line
            t["tuple_empty"] = int(w[1])
        else:
            fail("unexpected probe output: " + line)
    return t


def c_string(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7f and ch != "?":
            out.append(ch)
        else:
            out.append("\\%03o" % o)  # three octal digits: never swallows the next character
    return '"' + "".join(out) + '"'


def rows(values, per_line, fmt="%d"):
    vals = [fmt % v for v in values]
    return "\n".join("    " + ", ".join(vals[i:i + per_line]) + ","
                     for i in range(0, len(vals), per_line))


def render(t):
    strings = t["strings"]
    ver = "%d.%d.%d" % sys.version_info[:3]
    H = "SWPY_RS_TABLE"
    parts = [
        "/* generated by tools/capi/gen_runtime_statics.py; do not edit. */",
        "",
        "/* Where CPython %s's statically initialised objects sit inside _PyRuntime (byte offsets" % ver,
        " * into _PyRuntimeState) and what they hold; CShim/runtime_statics.c builds them there. */",
        "",
        "#include <stddef.h>",
        "#include <stdint.h>",
        "",
        '#define %s __attribute__((visibility("hidden")))' % H,
        "",
        "%s const size_t swpy_rs_runtime_size = %d;" % (H, t["size"]),
        "%s const size_t swpy_rs_ascii_object_size = %d;" % (H, t["sizes"][0]),
        "%s const size_t swpy_rs_compact_object_size = %d;" % (H, t["sizes"][1]),
        "",
        "/* The global strings (%d literals, behind _Py_STR; %d identifiers, behind _Py_ID). */"
        % (sum(1 for s in strings if s[2] == "S"), sum(1 for s in strings if s[2] == "D")),
        "%s const size_t swpy_rs_string_count = %d;" % (H, len(strings)),
        "%s const uint32_t swpy_rs_string_offsets[%d] = {" % (H, len(strings)),
        rows([s[0] for s in strings], 10),
        "};",
        "%s const char *const swpy_rs_string_texts[%d] = {" % (H, len(strings)),
    ]
    parts += ["    %s," % c_string(s[1]) for s in strings]
    parts += [
        "};",
        "",
        "/* The one-character strings: ASCII (compact ASCII layout), then Latin-1 128..255. */",
        "%s const size_t swpy_rs_char_count = %d;" % (H, len(t["ascii"]) + len(t["latin1"])),
        "%s const uint32_t swpy_rs_char_offsets[%d] = {" % (H, len(t["ascii"]) + len(t["latin1"])),
        rows([a[0] for a in t["ascii"] + t["latin1"]], 10),
        "};",
        "%s const uint8_t swpy_rs_char_values[%d] = {" % (H, len(t["ascii"]) + len(t["latin1"])),
        rows([a[1] for a in t["ascii"] + t["latin1"]], 16),
        "};",
        "",
        "/* The small ints. */",
        "%s const size_t swpy_rs_small_int_count = %d;" % (H, len(t["ints"])),
        "%s const uint32_t swpy_rs_small_int_offsets[%d] = {" % (H, len(t["ints"])),
        rows([i[0] for i in t["ints"]], 10),
        "};",
        "%s const int16_t swpy_rs_small_int_values[%d] = {" % (H, len(t["ints"])),
        rows([i[1] for i in t["ints"]], 16),
        "};",
        "",
        "/* bytes_empty, the one-byte bytes objects, tuple_empty. */",
        "%s const uint32_t swpy_rs_bytes_empty_offset = %d;" % (H, t["bytes_empty"]),
        "%s const size_t swpy_rs_bytes_char_count = %d;" % (H, len(t["bytes_chars"])),
        "%s const uint32_t swpy_rs_bytes_char_offsets[%d] = {" % (H, len(t["bytes_chars"])),
        rows([b[0] for b in t["bytes_chars"]], 10),
        "};",
        "%s const uint8_t swpy_rs_bytes_char_values[%d] = {" % (H, len(t["bytes_chars"])),
        rows([b[1] for b in t["bytes_chars"]], 16),
        "};",
        "%s const uint32_t swpy_rs_tuple_empty_offset = %d;" % (H, t["tuple_empty"]),
        "",
        "/* Not an object: the current thread state, which _PyThreadState_GET() reads from here. */",
        "%s const uint32_t swpy_rs_tstate_current_offset = %d;" % (H, t["tstate"]),
        "",
    ]
    return "\n".join(parts)


VERIFY = r"""
#include <Python.h>
#include <stdio.h>
#include <string.h>
extern unsigned char _PyRuntime[];
extern const size_t swpy_rs_runtime_size, swpy_rs_string_count, swpy_rs_char_count,
    swpy_rs_small_int_count, swpy_rs_bytes_char_count;
extern const uint32_t swpy_rs_string_offsets[], swpy_rs_char_offsets[], swpy_rs_small_int_offsets[],
    swpy_rs_bytes_empty_offset, swpy_rs_bytes_char_offsets[], swpy_rs_tuple_empty_offset,
    swpy_rs_tstate_current_offset;
extern const char *const swpy_rs_string_texts[];
extern const uint8_t swpy_rs_char_values[], swpy_rs_bytes_char_values[];
extern const int16_t swpy_rs_small_int_values[];
static int bad;
#define AT(off) ((PyObject *)(_PyRuntime + (off)))
#define CHECK(c, ...) do { if (!(c)) { bad++; fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)
int main(void) {
    /* Before Py_Initialize: CPython's own static initialiser, in the real libpython. */
    for (size_t i = 0; i < swpy_rs_string_count; i++) {
        PyObject *o = AT(swpy_rs_string_offsets[i]);
        const char *s = swpy_rs_string_texts[i];
        CHECK(Py_TYPE(o) == &PyUnicode_Type && PyUnicode_IS_COMPACT_ASCII(o)
              && PyUnicode_GET_LENGTH(o) == (Py_ssize_t)strlen(s)
              && memcmp(PyUnicode_DATA(o), s, strlen(s) + 1) == 0, "string %s", s);
    }
    for (size_t i = 0; i < swpy_rs_char_count; i++) {
        PyObject *o = AT(swpy_rs_char_offsets[i]);
        CHECK(Py_TYPE(o) == &PyUnicode_Type && PyUnicode_GET_LENGTH(o) == 1
              && PyUnicode_READ_CHAR(o, 0) == swpy_rs_char_values[i], "char %zu", i);
    }
    for (size_t i = 0; i < swpy_rs_small_int_count; i++) {
        PyObject *o = AT(swpy_rs_small_int_offsets[i]);
        long v = swpy_rs_small_int_values[i];
        CHECK(Py_TYPE(o) == &PyLong_Type && Py_SIZE(o) == (v > 0) - (v < 0)
              && ((PyLongObject *)o)->ob_digit[0] == (digit)(v < 0 ? -v : v), "int %ld", v);
    }
    PyObject *be = AT(swpy_rs_bytes_empty_offset);
    CHECK(Py_TYPE(be) == &PyBytes_Type && Py_SIZE(be) == 0, "bytes_empty");
    for (size_t i = 0; i < swpy_rs_bytes_char_count; i++) {
        PyObject *o = AT(swpy_rs_bytes_char_offsets[i]);
        CHECK(Py_TYPE(o) == &PyBytes_Type && Py_SIZE(o) == 1
              && (uint8_t)PyBytes_AS_STRING(o)[0] == swpy_rs_bytes_char_values[i], "bytes char %zu", i);
    }
    PyObject *te = AT(swpy_rs_tuple_empty_offset);
    CHECK(Py_TYPE(te) == &PyTuple_Type && Py_SIZE(te) == 0, "tuple_empty");
    /* After Py_Initialize, the public API hands out the very same objects. */
    Py_Initialize();
    PyObject *z = PyLong_FromLong(0), *e = PyTuple_New(0), *b = PyBytes_FromStringAndSize("A", 1);
    CHECK(z == AT(swpy_rs_small_int_offsets[5]), "PyLong_FromLong(0) is not small_ints[5]");
    CHECK(e == te, "PyTuple_New(0) is not tuple_empty");
    CHECK(b == AT(swpy_rs_bytes_char_offsets['A']), "b'A' is not bytes_characters['A']");
    CHECK(*(PyThreadState **)(_PyRuntime + swpy_rs_tstate_current_offset) == PyThreadState_Get(),
          "tstate_current is not the current thread state");
    int found = 0;
    for (size_t i = 0; i < swpy_rs_string_count; i++)
        if (strcmp(swpy_rs_string_texts[i], "__trunc__") == 0
            && PyUnicode_CompareWithASCIIString(AT(swpy_rs_string_offsets[i]), "__trunc__") == 0) found = 1;
    CHECK(found, "no usable '__trunc__' among the table strings");
    printf("verified %zu strings, %zu chars, %zu ints, %zu bytes chars, bytes_empty, tuple_empty "
           "against libpython's _PyRuntime (size %zu)\n", swpy_rs_string_count, swpy_rs_char_count,
           swpy_rs_small_int_count, swpy_rs_bytes_char_count, swpy_rs_runtime_size);
    return bad != 0;
}
"""


def verify():
    require_cpython311()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "verify.c")
        with open(src, "w") as f:
            f.write(VERIFY)
        exe = os.path.join(tmp, "verify")
        run([cc(), "-O0", "-w", "-o", exe, src, OUT] + include_flags() + link_flags())
        p = subprocess.run([exe])
        return p.returncode


def main(argv):
    if "--verify" in argv:
        return verify()
    t = collect()
    text = render(t)
    if "--check" in argv:
        try:
            with open(OUT) as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("CShim/runtime_statics.gen.c is stale: run tools/capi/gen_runtime_statics.py",
                  file=sys.stderr)
            return 1
        print("CShim/runtime_statics.gen.c is up to date")
        return 0
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote CShim/runtime_statics.gen.c: %d global strings, %d one-character strings, "
          "%d small ints, %d one-byte bytes, bytes_empty, tuple_empty" % (
              len(t["strings"]), len(t["ascii"]) + len(t["latin1"]), len(t["ints"]),
              len(t["bytes_chars"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
