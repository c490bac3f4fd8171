# Changing the builtins module at run time: replaced, deleted and added names are seen everywhere.
import builtins
def use(): return len("abc")
print(use())
original = builtins.len
builtins.len = lambda x: 42
print(use(), len([]))
del builtins.len
try:
    use()
except NameError as e:
    print(type(e).__name__, e)
builtins.len = original
print(use())
builtins.my_global_helper = "everywhere"
import helper_uses_builtin
print(helper_uses_builtin.value)
len = lambda x: "shadowed"
print(use(), len(1))
del len
print(use())
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
