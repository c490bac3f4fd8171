REGISTRY = {}
def register(name=None, *, aliases=()):
    def deco(fn):
        key = name or fn.__name__
        REGISTRY[key] = fn
        for a in aliases:
            REGISTRY[a] = fn
        fn.registered_as = key
        return fn
    return deco
