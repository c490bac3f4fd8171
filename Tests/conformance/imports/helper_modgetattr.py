real = "real"
def __getattr__(name):
    if name.startswith("dyn_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["real", "dyn_example"]
