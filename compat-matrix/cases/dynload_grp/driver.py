# Driver for CPython's own lib-dynload module grp, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import grp
print('from lib-dynload ->', grp.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

g = grp.getgrgid(0)
check('struct type', lambda: type(g).__name__)
check('struct module', lambda: type(g).__module__)
check('root group', lambda: (g.gr_name, g.gr_gid, g[0], g[2]))
check('len', lambda: len(g))
check('fields', lambda: grp.struct_group.n_fields)
check('tuple', lambda: tuple(g)[:1])
check('members type', lambda: type(g.gr_mem).__name__)
check('passwd type', lambda: type(g.gr_passwd).__name__)
check('by name', lambda: grp.getgrnam(g.gr_name) == g)
check('getgrnam missing', lambda: grp.getgrnam('no-such-group-xyz'))
check('getgrgid missing', lambda: grp.getgrgid(987654))
check('getgrgid negative', lambda: grp.getgrgid(-5))
check('getgrgid type', lambda: grp.getgrgid('0'))
check('getgrgid float', lambda: grp.getgrgid(0.0))
check('getgrnam type', lambda: grp.getgrnam(0))
check('getgrnam nul', lambda: grp.getgrnam('a\x00b'))
all_groups = grp.getgrall()
check('getgrall list', lambda: type(all_groups).__name__)
check('getgrall has root', lambda: g in all_groups)
check('getgrall types', lambda: set(type(x).__name__ for x in all_groups))
check('construct', lambda: grp.struct_group(('n', 'p', 7, ['a'])))
check('construct bad', lambda: grp.struct_group(('n',)))
check('readonly', lambda: setattr(g, 'gr_name', 'x'))
