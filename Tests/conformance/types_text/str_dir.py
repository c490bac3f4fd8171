# the public methods of str, bytes and bytearray
for t in (str, bytes, bytearray, memoryview):
    print(t.__name__, [n for n in dir(t) if not n.startswith('_')])
