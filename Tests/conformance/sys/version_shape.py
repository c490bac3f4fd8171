# sys.version has CPython's shape ("X.Y.Z (branch, date, time) [compiler]"), so platform and
# packages that parse it (zstandard's backend choice) work; the values themselves vary by build.
import platform
import re
import sys

m = re.match(r'(\d+\.\d+\.\d+)\s*\(([^,]+),\s*([^,]+),\s*([^)]+)\)\s*\[([^\]]+)\]$', sys.version)
print('shape matches', m is not None)
print('leading version', m.group(1) == '%d.%d.%d' % sys.version_info[:3])
print('branch', m.group(2))
print('date and time are text', bool(m.group(3).strip()), bool(re.match(r'\d\d:\d\d:\d\d', m.group(4))))
print('first line', sys.version.splitlines()[0] == sys.version)
print('implementation', platform.python_implementation())
print('version', platform.python_version() == sys.version.split()[0], platform.python_version_tuple()[:2])
print('build', type(platform.python_build()).__name__, len(platform.python_build()), platform.python_build()[0])
print('compiler', type(platform.python_compiler()).__name__, platform.python_compiler() == m.group(5))
print('branch/revision types', type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)
print('_sys_version', platform._sys_version()[0], platform._sys_version()[1])
print('hexversion agrees', sys.hexversion >> 8 == (sys.version_info[0] << 16 | sys.version_info[1] << 8 | sys.version_info[2]))
print('implementation version', sys.implementation.version[:2] == sys.version_info[:2],
      type(sys.implementation.name).__name__, sys.implementation.name.islower())
