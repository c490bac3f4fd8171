# Exceptions leaving with blocks: context chains when __exit__ raises, and nested managers.
class Closing:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(f"exit {self.name} with {t.__name__ if t else None}")
        if self.fail_on_exit:
            raise OSError(f"close {self.name} failed")
        return False

try:
    with Closing("a"), Closing("b", fail_on_exit=True), Closing("c"):
        raise ValueError("body")
except OSError as e:
    print("final", repr(e), "context", repr(e.__context__))

try:
    with Closing("outer", fail_on_exit=True):
        with Closing("inner", fail_on_exit=True):
            pass
except OSError as e:
    print("final", repr(e), "context", repr(e.__context__))

def gen_cm_like():
    try:
        with Closing("in function"):
            return "returned"
    finally:
        print("function finally")
print(gen_cm_like())
