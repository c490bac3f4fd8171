# Exception group tracebacks truncate wide groups (15 shown) and deep nesting (depth 10).
def deep(n):
    if n == 0:
        return ExceptionGroup("lvl", [ValueError("leaf")])
    return ExceptionGroup(f"lvl{n}", [deep(n - 1)])
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(18)] + [deep(12)])
except* ValueError as e:
    print("handled", len(e.exceptions))
raise ExceptionGroup("many", [ValueError(i) for i in range(18)] + [deep(12)])
