"""Docstring of helper_basic."""
print("helper_basic executing as", __name__)
CONSTANT = 10
def func(x):
    return x + CONSTANT
class Thing:
    kind = "thing"
_hidden = "hidden"
