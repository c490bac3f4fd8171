import statobj

M = statobj.MISSING
print('repr', repr(M), str(M))
print('type', type(M).__name__, type(M) is statobj.SentinelType, statobj.SentinelType.__doc__)
print('bool', bool(M), not M)
print('same object', statobj.get_missing() is M, statobj.get_missing() is statobj.get_missing())
print('C sees identity', statobj.is_missing(M), statobj.is_missing(None), statobj.is_missing(statobj.get_missing()))
print('or_default', statobj.or_default(M, 5), statobj.or_default(3, 5))
print('in containers', [M, M].count(M), {M: 1}[statobj.get_missing()], M in (1, M))
print('refcount', statobj.refcount_steady(M))
print('isinstance', isinstance(M, statobj.SentinelType), isinstance(3, statobj.SentinelType))
print('hash stable', hash(M) == hash(statobj.get_missing()))
