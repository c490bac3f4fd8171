# New exceptions raised from except* handlers are grouped with the unhandled rest.
try:
    raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("from handler")
