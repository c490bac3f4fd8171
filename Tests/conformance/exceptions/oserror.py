# OSError: errno/strerror/filename, str formatting and errno-to-subclass mapping.
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e.errno, e.filename, e.args, str(e))
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, e.args, str(e))
e = OSError()
print(repr(e), e.errno, repr(str(e)))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, str(e))

for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 9999]:
    print(errno, type(OSError(errno, "x")).__name__)

print(type(FileNotFoundError(13, "x")).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__)

try:
    open("/definitely/not/here.txt")
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename)
    print(err)
except OSError as err:
    print("other", err)

e = FileExistsError(17, "File exists", "x")
print(repr(e))
print(repr(OSError(2, "msg")))
print(BlockingIOError(11, "would block", 5).characters_written)
print(isinstance(TimeoutError(), OSError), ConnectionResetError.__mro__[1].__name__)
