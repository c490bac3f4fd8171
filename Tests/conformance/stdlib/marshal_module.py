# marshal: round trips of the value types and errors (the bytes of dumps are not printed).
import marshal

values = [None, True, False, 0, -1, 2**31, -2**40, 2**100, -(3**70), 1.5, -0.0, 2j, "", "héllo €",
          b"", b"\x00\xff", (), (1, "a"), [1, [2, 3]], {"k": (1,), 2: None}, {1, 2}, frozenset({3}), ..., StopIteration]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(back), back == v, type(back).__name__)
print(marshal.version, marshal.loads(b"i\x05\x00\x00\x00"), marshal.loads(b"z\x03abc"), marshal.loads(b")\x02N\xe9\x07\x00\x00\x00"))
for bad in [object(), lambda: 0]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError", e)
try:
    marshal.loads(b"i\x01")
except EOFError as e:
    print("EOFError", e)
