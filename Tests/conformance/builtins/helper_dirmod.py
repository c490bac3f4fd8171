value = 1
def func():
    pass
class Klass:
    pass
_private = 2
