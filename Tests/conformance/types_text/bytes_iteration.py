# iterating bytes-like objects and converting between them
b = b"\x00\x7f\x80\xff"
print(list(b), list(reversed(b)), list(enumerate(bytearray(b"ab"))), [x for x in memoryview(b"hi")], sum(b), max(b))
print(bytes(x ^ 0xff for x in b), bytearray(map(lambda c: c + 1, b"abc")), bytes(range(65, 70)), b"ab" * 3 + b"c")
print(bytes([True, False]), bytes(bytearray(3)), bytearray(memoryview(b"mv")), bytes(memoryview(bytearray(b"z"))[0:1]))
it = iter(b"xy")
print(next(it), next(it), next(it, "done"), type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(b"a" in b"abc", 97 in b"abc", b"" in b"", bytearray(b"b") in b"abc", memoryview(b"c") in b"abc")
print(b"abc".count(b"") , b"hello"[1], b"hello"[-1:], b"hello"[::-2], bytearray(b"hello")[1], bytearray(b"hello")[1:3])
