# Driver for CPython's own lib-dynload module _datetime, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _datetime
print('from lib-dynload ->', _datetime.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

D = _datetime.date
DT = _datetime.datetime
TD = _datetime.timedelta
check('date', lambda: D(2024, 2, 29))
check('isoformat', lambda: D(2024, 2, 29).isoformat())
check('weekday', lambda: D(2024, 2, 29).weekday())
check('toordinal', lambda: D(2024, 2, 29).toordinal())
check('fromordinal', lambda: D.fromordinal(738945))
check('fromisoformat', lambda: D.fromisoformat('2023-12-31'))
check('date + timedelta', lambda: D(2024, 2, 28) + TD(days=2))
check('date - date', lambda: D(2024, 3, 1) - D(2023, 3, 1))
check('timedelta', lambda: TD(days=1, seconds=5, microseconds=7))
check('timedelta negative', lambda: TD(seconds=-1))
check('timedelta total_seconds', lambda: TD(hours=36).total_seconds())
check('timedelta str', lambda: str(TD(days=-2, hours=3)))
check('datetime', lambda: DT(2024, 1, 2, 3, 4, 5, 6))
check('datetime isoformat', lambda: DT(2024, 1, 2, 3, 4, 5, 6).isoformat())
check('datetime str', lambda: str(DT(2024, 1, 2, 3, 4, 5)))
check('with utc', lambda: DT(2024, 1, 2, 3, 4, tzinfo=_datetime.timezone.utc).isoformat())
check('fixed offset', lambda: _datetime.timezone(TD(hours=-5, minutes=-30)))
check('time', lambda: _datetime.time(12, 30, 15).isoformat())
check('replace', lambda: DT(2024, 1, 31).replace(month=2, day=29))
check('strftime', lambda: DT(2024, 1, 2, 3, 4, 5).strftime('%Y/%m/%d %H-%M-%S %j'))
check('comparison', lambda: D(2024, 1, 1) < D(2024, 1, 2))
check('MAXYEAR', lambda: _datetime.MAXYEAR)
check('day out of range', lambda: D(2023, 2, 29))
check('month out of range', lambda: D(2023, 13, 1))
check('bad isoformat', lambda: D.fromisoformat('2023-1-1'))
check('timedelta overflow', lambda: TD(days=10 ** 9))
check('wrong type', lambda: D('2024', 1, 1))
