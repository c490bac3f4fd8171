# Python subclasses of the C types of _datetime: construction through __new__, extra state,
# overridden methods, and what the C methods return for subclass instances.
import datetime

class Day(datetime.date):
    def __new__(cls, year, month, day, note=""):
        self = super().__new__(cls, year, month, day)
        self.note = note
        return self
    def __repr__(self):
        return "Day(" + self.isoformat() + ", " + repr(self.note) + ")"
    def weekend(self):
        return self.weekday() >= 5

d = Day(2024, 3, 16, note="sat")
print(repr(d), str(d), d.weekend(), d.note, isinstance(d, datetime.date))
print(type(d.replace(day=17)).__name__, type(d + datetime.timedelta(days=1)).__name__)
print(d - datetime.date(2024, 1, 1), d == datetime.date(2024, 3, 16), d < datetime.date(2025, 1, 1))
print(sorted(vars(d).items()), hash(d) == hash(datetime.date(2024, 3, 16)))
print(type(Day.today()).__name__, type(Day.fromordinal(700000)).__name__, Day.fromisoformat("2020-02-29").note)

class Stamp(datetime.datetime):
    def label(self):
        return self.strftime("%Y%m%d-%H%M")

s = Stamp(2023, 7, 1, 12, 30, tzinfo=datetime.timezone.utc)
print(s.label(), repr(s), s.tzinfo, s.timestamp())
print(type(s.astimezone(datetime.timezone(datetime.timedelta(hours=2)))).__name__)
print(type(Stamp.fromtimestamp(0, datetime.timezone.utc)).__name__, Stamp.fromtimestamp(0, datetime.timezone.utc).label())

class Span(datetime.timedelta):
    def hours(self):
        return self.total_seconds() / 3600

sp = Span(days=1, hours=6)
print(repr(sp), sp.hours(), type(sp * 2).__name__, type(-sp).__name__)

class Zone(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(hours=-5)
    def tzname(self, dt):
        return "Z5"
    def dst(self, dt):
        return datetime.timedelta(0)

z = datetime.datetime(2022, 1, 1, 9, tzinfo=Zone())
print(z.isoformat(), z.tzname(), z.utcoffset(), z.astimezone(datetime.timezone.utc).isoformat())

class T(datetime.time):
    pass
print(repr(T(1, 2, 3)), T(4, 5).isoformat())
try:
    Day(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.date.__new__(int, 1, 1, 1)
except TypeError as e:
    print("TypeError:", e)
