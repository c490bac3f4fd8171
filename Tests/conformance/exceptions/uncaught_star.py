# An exception group left over from except* propagates to the top level.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError:
    print("handled the ValueError part")
