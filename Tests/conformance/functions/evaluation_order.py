# Evaluation order of a call: callee, positional arguments, keywords, *args and **kwargs left to right.
log = []
def t(tag, value=None):
    log.append(tag)
    return value if value is not None else tag
def f(*a, **k):
    return a, k
def get_f():
    log.append("callee")
    return f
r = get_f()(t("a"), t("b"), x=t("x"), *t("star", [1]), y=t("y"), **t("kw", {"z": 3}))
print(log)
print(r)
log.clear()
def boom():
    log.append("boom")
    raise ValueError("in argument")
try:
    f(t("first"), boom(), t("never"))
except ValueError as e:
    print(type(e).__name__, e, log)
log.clear()
def g(a, b): return a, b
print(g(b=t("B"), a=t("A")), log)
log.clear()
obj = type("O", (), {"m": lambda self, *a: a})()
print(t("recv", obj).m(t("arg1"), t("arg2")), log)
log.clear()
def defaults(x=t("default evaluated at def")):
    return x
print(log)
