# Driver for CPython's own lib-dynload module _zoneinfo, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _zoneinfo
print('from lib-dynload ->', _zoneinfo.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
import datetime

ZI = _zoneinfo.ZoneInfo
check('type module', lambda: ZI.__module__)
utc = ZI('UTC')
check('key', lambda: utc.key)
check('str', lambda: str(utc))
check('repr', lambda: repr(utc))
check('cached', lambda: ZI('UTC') is utc)
check('no_cache', lambda: ZI.no_cache('UTC') is utc)
check('no_cache eq key', lambda: ZI.no_cache('UTC').key)
ny = ZI('America/New_York')
winter = datetime.datetime(2020, 1, 15, 12, 0, tzinfo=ny)
summer = datetime.datetime(2020, 7, 15, 12, 0, tzinfo=ny)
check('utcoffset winter', lambda: winter.utcoffset())
check('utcoffset summer', lambda: summer.utcoffset())
check('tzname', lambda: (winter.tzname(), summer.tzname()))
check('dst', lambda: (winter.dst(), summer.dst()))
check('to utc', lambda: summer.astimezone(utc))
check('from utc', lambda: datetime.datetime(2020, 3, 8, 7, 30, tzinfo=utc).astimezone(ny))
check('fold gap', lambda: datetime.datetime(2020, 3, 8, 2, 30, tzinfo=ny).utcoffset())
check('fold 0', lambda: datetime.datetime(2020, 11, 1, 1, 30, tzinfo=ny).tzname())
check('fold 1', lambda: datetime.datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=ny).tzname())
check('fromutc', lambda: ny.fromutc(datetime.datetime(2021, 6, 1, 0, 0, tzinfo=ny)))
check('fromutc wrong tz', lambda: ny.fromutc(datetime.datetime(2021, 6, 1, tzinfo=utc)))
check('fromutc naive', lambda: ny.fromutc(datetime.datetime(2021, 6, 1)))
check('utcoffset none', lambda: ny.utcoffset(None))
check('far future', lambda: datetime.datetime(2200, 7, 1, tzinfo=ny).tzname())
check('far past', lambda: datetime.datetime(1800, 1, 1, tzinfo=ny).utcoffset())
check('tokyo', lambda: datetime.datetime(2020, 1, 1, tzinfo=ZI('Asia/Tokyo')).utcoffset())
check('missing key', lambda: ZI('No/Such_Zone'))
check('bad key', lambda: ZI('../etc/passwd'))
check('abs key', lambda: ZI('/etc/localtime'))
check('key type', lambda: ZI(5))
check('clear_cache', lambda: ZI.clear_cache())
check('after clear', lambda: ZI('UTC') is utc)
ZI.clear_cache(only_keys=['America/New_York'])
check('clear only', lambda: ZI('America/New_York') is ny)
import io
f = open('/usr/share/zoneinfo/Europe/Paris', 'rb')
paris = ZI.from_file(f, key='Paris file')
f.close()
check('from_file key', lambda: paris.key)
check('from_file repr', lambda: repr(paris))
check('from_file offset', lambda: datetime.datetime(2020, 7, 1, tzinfo=paris).utcoffset())
check('from_file bad', lambda: ZI.from_file(io.BytesIO(b'not a tzfile')))
check('pickle reduce', lambda: (ny.__reduce__()[0].__name__, ny.__reduce__()[1]))
check('unpickle', lambda: ZI._unpickle('America/New_York', 1) is ny)


class MyZI(ZI):
    pass


sub = MyZI('Europe/Paris')
check('subclass type', lambda: type(sub).__name__)
check('subclass cache separate', lambda: MyZI('Europe/Paris') is sub and sub is not ZI('Europe/Paris'))
check('subclass offset', lambda: datetime.datetime(2020, 1, 1, tzinfo=sub).utcoffset())
check('hash eq', lambda: utc == utc and hash(utc) == hash(utc))
check('isinstance tzinfo', lambda: isinstance(utc, datetime.tzinfo))
