# Driver for CPython's own lib-dynload module resource, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import resource
print('from lib-dynload ->', resource.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('constants', lambda: (resource.RLIMIT_CORE, resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RLIMIT_AS, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
check('RLIM_INFINITY', lambda: resource.RLIM_INFINITY)
check('error is OSError', lambda: resource.error is OSError)
lim = resource.getrlimit(resource.RLIMIT_NOFILE)
check('getrlimit type', lambda: (type(lim).__name__, len(lim)))
check('getrlimit sane', lambda: lim[0] <= lim[1] or lim[1] == resource.RLIM_INFINITY)
check('getrlimit bad', lambda: resource.getrlimit(9999))
check('getrlimit type err', lambda: resource.getrlimit('x'))
core = resource.getrlimit(resource.RLIMIT_CORE)
check('core limit set by runner', lambda: core[0])
check('setrlimit same', lambda: resource.setrlimit(resource.RLIMIT_CORE, core))
check('setrlimit lower', lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, core[1])))
check('setrlimit bad shape', lambda: resource.setrlimit(resource.RLIMIT_CORE, (1,)))
check('setrlimit not tuple', lambda: resource.setrlimit(resource.RLIMIT_CORE, 5))
check('setrlimit bad resource', lambda: resource.setrlimit(9999, (0, 0)))
check('setrlimit soft above hard', lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (lim[1] + 1, lim[1])) if lim[1] != resource.RLIM_INFINITY else 'infinite')
u = resource.getrusage(resource.RUSAGE_SELF)
check('rusage type', lambda: type(u).__name__)
check('rusage fields', lambda: resource.struct_rusage.n_fields)
check('rusage time types', lambda: (type(u.ru_utime).__name__, type(u.ru_maxrss).__name__))
check('rusage maxrss positive', lambda: u.ru_maxrss > 0)
check('rusage index', lambda: u[0] == u.ru_utime)
check('rusage children', lambda: type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)
check('rusage bad who', lambda: resource.getrusage(42))
check('getpagesize', lambda: resource.getpagesize() > 0)
check('prlimit self', lambda: resource.prlimit(0, resource.RLIMIT_NOFILE) == lim)
check('prlimit bad pid', lambda: resource.prlimit(-1, resource.RLIMIT_NOFILE))
check('struct_rusage construct', lambda: resource.struct_rusage(tuple(range(16))).ru_nsignals)
