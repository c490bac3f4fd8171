try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    b()
finally:
    c()

try:
    pass
finally:
    pass

try:
    x
except E as e:
    y

with open(f) as fh:
    pass

with a, b as c, d() as (e, f):
    pass

with (a as b, c as d):
    pass

with (a, b):
    pass

with (a, b) as c:
    pass

with (yield):
    pass

try:
    pass
except* ValueError:
    pass
except* (A, B) as eg:
    pass
