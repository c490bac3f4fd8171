import gilmod


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('nested', gilmod.nested)
check('allow_threads', lambda: gilmod.allow_threads(1000))
check('save_restore', gilmod.save_restore)
check('state_info', gilmod.state_info)

calls = []


def double(x):
    calls.append(x)
    return x * 2


results, reports, clean = gilmod.run_threads(double, 1, 5)
print('one thread', results, reports, clean)
results, reports, clean = gilmod.run_threads(double, 4, 50)
print('four threads', len(results), sum(results), sorted(results)[:3], sorted(results)[-1])
print('reports', sorted(set(reports)))
print('clean', clean, 'calls', len(calls))


def failing(x):
    if x % 2:
        raise ValueError('odd ' + str(x))
    return x


results, reports, clean = gilmod.run_threads(failing, 2, 4)
print('errors', sorted(results), sorted(reports), clean)
check('nested again', gilmod.nested)
check('state_info again', gilmod.state_info)
