#!/bin/sh
# Checks Swallow's C shims for argument parsing, value building, string formatting and
# calling (CShim/getargs.c, buildvalue.c, unicode_format.c, call.c), Argument Clinic helpers (clinic.c), bytes
# writer and hex (bytes_writer.c), complex arithmetic (complex_math.c) and number/text conversion
# (pystrtod.c):
#  1. each compiles warning-free against Swallow's own headers (include/);
#  2. compiled against CPython 3.11's headers, with every symbol they define renamed to
#     swt_<name> (objcopy), they are linked into the CPython extension `shimcheck`, which runs
#     them and CPython's own implementations on the same inputs; driver.py compares results,
#     error types and messages, refcount effects, and prints "N passed, N failed".
# Usage: tools/cshim-test/run.sh   (needs python3 3.11 with its headers, cc, objcopy, nm)
#        KEEP=1 tools/cshim-test/run.sh keeps the build directory (shimcheck is importable there).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
CC=${CC:-gcc}
PYTHON=${PYTHON:-python3}
files="getargs buildvalue unicode_format call clinic bytes_writer complex_math pystrtod"
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT

echo "== compile against Swallow's headers (-std=c11 -Wall -Wextra -Werror)"
for f in $files; do
    "$CC" -std=c11 -Wall -Wextra -Werror -c -I "$root/include" "$root/CShim/$f.c" -o "$work/sw_$f.o"
done
echo "ok"

echo "== build shimcheck against CPython's headers"
pyinc=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
suffix=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), "needs CPython 3.11, got %s" % sys.version'
for f in $files; do
    "$CC" -std=c11 -Wall -Wextra -Werror -fPIC -O1 -c -I "$pyinc" "$root/CShim/$f.c" -o "$work/py_$f.o"
done
# Every global symbol our files define gets the swt_ prefix, in definitions and references alike.
nm -g --defined-only "$work"/py_*.o | awk 'NF == 3 && $2 == "T" { print $3 " swt_" $3 }' | sort -u > "$work/renames"
for f in $files; do
    objcopy --redefine-syms="$work/renames" "$work/py_$f.o"
done
"$CC" -std=c11 -Wall -Wextra -Wno-unused-parameter -Wno-deprecated-declarations -Wno-missing-field-initializers \
    -fPIC -O1 -c -I "$pyinc" "$here/shimcheck.c" -o "$work/shimcheck.o"
"$CC" -shared -o "$work/shimcheck$suffix" "$work/shimcheck.o" "$work"/py_*.o
echo "ok ($(wc -l < "$work/renames") renamed symbols)"

echo "== compare with CPython"
PYTHONPATH="$work" "$PYTHON" "$here/driver.py"
