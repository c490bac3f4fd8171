# Sub-exceptions of a group with their own causes.
def make():
    try:
        raise OSError("disk")
    except OSError as e:
        err = RuntimeError("wrapped")
        err.__cause__ = e
        return err
raise ExceptionGroup("top", [make(), ValueError("plain")])
