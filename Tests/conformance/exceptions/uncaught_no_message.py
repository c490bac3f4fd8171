# An exception without arguments prints only its name.
class Quiet(Exception):
    pass
def go():
    raise Quiet
go()
