# Smoke test of the packaging wheel (pure Python): version parsing and ordering, specifiers,
# requirements and markers, tags, names; regular expressions throughout.
from packaging.version import Version, InvalidVersion
from packaging.specifiers import SpecifierSet
from packaging.requirements import Requirement
from packaging.markers import Marker
from packaging.utils import canonicalize_name, parse_wheel_filename

vs = ['1.0', '1.0.post1', '1.0a1', '1.0rc2', '1!0.5', '1.0.dev3', '2.0', '1.10', '1.9']
print('sorted ->', [str(v) for v in sorted(Version(x) for x in vs)])
v = Version('1.2.3rc1+local.7')
print('parts ->', v.release, v.pre, v.local, v.public, v.base_version, v.is_prerelease)
try:
    Version('not a version')
except InvalidVersion as e:
    print('invalid ->', e)
s = SpecifierSet('>=1.0,!=1.5.*,<2')
print('specifier ->', [x for x in ['0.9', '1.0', '1.5.2', '1.9', '2.0'] if x in s])
print('prereleases ->', list(s.filter(['1.1a1', '1.2'])), list(s.filter(['1.1a1'])))
r = Requirement('requests[security,socks] >=2.8.1, ==2.8.* ; python_version < "3.12"')
print('requirement ->', r.name, sorted(r.extras), str(r.specifier), str(r.marker))
m = Marker('os_name == "posix" and (python_version >= "3.8" or extra == "x")')
print('marker ->', m.evaluate({'os_name': 'posix', 'python_version': '3.11', 'extra': ''}))
name, ver, build, tags = parse_wheel_filename('pkg-1.0-py3-none-any.whl')
print('names ->', canonicalize_name('Foo.Bar_baz'), name, ver, build, sorted(str(t) for t in tags))
