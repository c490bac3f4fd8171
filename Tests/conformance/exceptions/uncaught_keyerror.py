# KeyError's message is the repr of the key; empty message prints only the name.
try:
    raise ValueError()
except ValueError:
    pass
d = {}
d[("tuple", "key")]
