# split/rsplit/splitlines/strip/partition/join on bytes and bytearray
for b in [b"  a b\tc\n ", b"a,b,,c", b"", b"x\r\ny\rz\n"]:
    print(b.split(), b.rsplit(None, 1), b.split(b","), b.rsplit(b",", 1), b.split(maxsplit=1), b.splitlines(),
          b.splitlines(True), b.strip(), b.lstrip(), b.rstrip(), b.strip(b" ax"), b.partition(b","), b.rpartition(b","))
ba = bytearray(b"k=v=w")
print(ba.split(b"="), ba.partition(b"="), ba.rpartition(b"="), ba.strip(b"kw"), type(ba.split()[0]).__name__)
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]), b"".join([]))
for call in [lambda: b"a".split(b""), lambda: b"a".split(","), lambda: b"-".join(["a"]), lambda: b"a".strip("a"),
             lambda: b"a".partition(b"")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
