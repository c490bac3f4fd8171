import dt_capi


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('import', lambda: dt_capi.import_api())
import _datetime
D, DT, T, TD, TZ = _datetime.date, _datetime.datetime, _datetime.time, _datetime.timedelta, _datetime.timezone

d = dt_capi.date(2024, 2, 29)
check('date', lambda: d)
check('date is the Python type', lambda: type(d) is D)
check('date fields', lambda: dt_capi.fields(d))
check('date from Python', lambda: dt_capi.fields(D(1999, 12, 31)))
check('date arithmetic', lambda: d + TD(days=1))
check('bad date', lambda: dt_capi.date(2023, 2, 29))
check('bad month', lambda: dt_capi.date(2023, 13, 1))

dt = dt_capi.datetime(2024, 1, 2, 3, 4, 5, 654321)
check('datetime', lambda: dt)
check('datetime fields', lambda: dt_capi.fields(dt))
check('datetime fold', lambda: dt_capi.fields(dt_capi.datetime(2024, 11, 3, 1, 30, 0, 0, 1)))
check('datetime from Python with tz', lambda: dt_capi.fields(DT(2020, 6, 1, 12, 0, tzinfo=TZ.utc)))
check('datetime isoformat', lambda: dt.isoformat())
check('bad hour', lambda: dt_capi.datetime(2024, 1, 2, 24, 0, 0, 0))

t = dt_capi.time(23, 59, 58, 999999)
check('time', lambda: t)
check('time fields', lambda: dt_capi.fields(t))
check('time from Python', lambda: dt_capi.fields(T(1, 2, 3, 4, tzinfo=TZ(TD(hours=2)))))

td = dt_capi.delta(1, 3600, 5)
check('delta', lambda: td)
check('delta fields', lambda: dt_capi.fields(td))
check('delta normalized', lambda: dt_capi.fields(dt_capi.delta(0, -1, 0)))
check('delta from Python', lambda: dt_capi.fields(TD(weeks=1, milliseconds=1)))
check('delta overflow', lambda: dt_capi.delta(1000000000, 0, 0))

check('checks date', lambda: dt_capi.checks(d))
check('checks datetime', lambda: dt_capi.checks(dt))
check('checks time', lambda: dt_capi.checks(t))
check('checks delta', lambda: dt_capi.checks(td))
check('checks utc', lambda: dt_capi.checks(dt_capi.utc()))
check('checks int', lambda: dt_capi.checks(5))

check('utc', lambda: dt_capi.utc())
check('utc is timezone.utc', lambda: dt_capi.utc() is TZ.utc)
check('timezone', lambda: dt_capi.timezone(TD(hours=-5)))
check('timezone named', lambda: dt_capi.timezone(TD(hours=5, minutes=30), 'IST'))
check('timezone bad', lambda: dt_capi.timezone(TD(hours=25)))
check('from_timestamp', lambda: dt_capi.from_timestamp(86400 * 365))
check('from_timestamp float', lambda: dt_capi.from_timestamp(1.5))
