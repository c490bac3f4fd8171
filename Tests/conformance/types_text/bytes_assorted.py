# results and reprs of many bytes, bytearray and memoryview expressions
try:
    print("b'abc'.center(6, b'-')", '=>', repr(b'abc'.center(6, b'-')))
except Exception as e:
    print("b'abc'.center(6, b'-')", '=>', type(e).__name__, e)
try:
    print("b'abc'.ljust(5, b'.')", '=>', repr(b'abc'.ljust(5, b'.')))
except Exception as e:
    print("b'abc'.ljust(5, b'.')", '=>', type(e).__name__, e)
try:
    print("b'  x  '.strip()", '=>', repr(b'  x  '.strip()))
except Exception as e:
    print("b'  x  '.strip()", '=>', type(e).__name__, e)
try:
    print("b'xxhixx'.strip(b'x')", '=>', repr(b'xxhixx'.strip(b'x')))
except Exception as e:
    print("b'xxhixx'.strip(b'x')", '=>', type(e).__name__, e)
try:
    print("b'a\\tb'.expandtabs()", '=>', repr(b'a\tb'.expandtabs()))
except Exception as e:
    print("b'a\\tb'.expandtabs()", '=>', type(e).__name__, e)
try:
    print("b'Hello World'.swapcase()", '=>', repr(b'Hello World'.swapcase()))
except Exception as e:
    print("b'Hello World'.swapcase()", '=>', type(e).__name__, e)
try:
    print("b'hello world'.capitalize()", '=>', repr(b'hello world'.capitalize()))
except Exception as e:
    print("b'hello world'.capitalize()", '=>', type(e).__name__, e)
try:
    print("b'ABC'.isupper(), b'abc'.islower(), b'Abc'.istitle()", '=>', repr(b'ABC'.isupper(), b'abc'.islower(), b'Abc'.istitle()))
except Exception as e:
    print("b'ABC'.isupper(), b'abc'.islower(), b'Abc'.istitle()", '=>', type(e).__name__, e)
try:
    print("b'123'.isdigit(), b'12a'.isalnum(), b' '.isspace()", '=>', repr(b'123'.isdigit(), b'12a'.isalnum(), b' '.isspace()))
except Exception as e:
    print("b'123'.isdigit(), b'12a'.isalnum(), b' '.isspace()", '=>', type(e).__name__, e)
try:
    print("b'a,b'.partition(b',')", '=>', repr(b'a,b'.partition(b',')))
except Exception as e:
    print("b'a,b'.partition(b',')", '=>', type(e).__name__, e)
try:
    print("b'a,b'.rpartition(b'x')", '=>', repr(b'a,b'.rpartition(b'x')))
except Exception as e:
    print("b'a,b'.rpartition(b'x')", '=>', type(e).__name__, e)
try:
    print("b'abc'.removeprefix(b'ab')", '=>', repr(b'abc'.removeprefix(b'ab')))
except Exception as e:
    print("b'abc'.removeprefix(b'ab')", '=>', type(e).__name__, e)
try:
    print("b'aaa'.replace(b'a', b'b', 1)", '=>', repr(b'aaa'.replace(b'a', b'b', 1)))
except Exception as e:
    print("b'aaa'.replace(b'a', b'b', 1)", '=>', type(e).__name__, e)
try:
    print("b'abc'.count(b'')", '=>', repr(b'abc'.count(b'')))
except Exception as e:
    print("b'abc'.count(b'')", '=>', type(e).__name__, e)
try:
    print("b'abcabc'.rfind(b'bc', 0, 5)", '=>', repr(b'abcabc'.rfind(b'bc', 0, 5)))
except Exception as e:
    print("b'abcabc'.rfind(b'bc', 0, 5)", '=>', type(e).__name__, e)
try:
    print("b'abc'.startswith((b'x', b'a'), 0)", '=>', repr(b'abc'.startswith((b'x', b'a'), 0)))
except Exception as e:
    print("b'abc'.startswith((b'x', b'a'), 0)", '=>', type(e).__name__, e)
try:
    print("b'abc'.endswith(b'bc', 1, 3)", '=>', repr(b'abc'.endswith(b'bc', 1, 3)))
except Exception as e:
    print("b'abc'.endswith(b'bc', 1, 3)", '=>', type(e).__name__, e)
try:
    print("b'a\\nb\\r\\nc'.splitlines()", '=>', repr(b'a\nb\r\nc'.splitlines()))
except Exception as e:
    print("b'a\\nb\\r\\nc'.splitlines()", '=>', type(e).__name__, e)
try:
    print("b'  a  b  '.split(None, 1)", '=>', repr(b'  a  b  '.split(None, 1)))
except Exception as e:
    print("b'  a  b  '.split(None, 1)", '=>', type(e).__name__, e)
try:
    print("b'  a  b  '.rsplit(None, 1)", '=>', repr(b'  a  b  '.rsplit(None, 1)))
except Exception as e:
    print("b'  a  b  '.rsplit(None, 1)", '=>', type(e).__name__, e)
try:
    print("b'abc'.zfill(5)", '=>', repr(b'abc'.zfill(5)))
except Exception as e:
    print("b'abc'.zfill(5)", '=>', type(e).__name__, e)
try:
    print("b'-12'.zfill(5)", '=>', repr(b'-12'.zfill(5)))
except Exception as e:
    print("b'-12'.zfill(5)", '=>', type(e).__name__, e)
try:
    print("bytes.maketrans(b'ab', b'xy')[97:99]", '=>', repr(bytes.maketrans(b'ab', b'xy')[97:99]))
except Exception as e:
    print("bytes.maketrans(b'ab', b'xy')[97:99]", '=>', type(e).__name__, e)
try:
    print("b'abc'.translate(None, b'b')", '=>', repr(b'abc'.translate(None, b'b')))
except Exception as e:
    print("b'abc'.translate(None, b'b')", '=>', type(e).__name__, e)
try:
    print("b'\\x80abc'.isascii()", '=>', repr(b'\x80abc'.isascii()))
except Exception as e:
    print("b'\\x80abc'.isascii()", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').upper()", '=>', repr(bytearray(b'abc').upper()))
except Exception as e:
    print("bytearray(b'abc').upper()", '=>', type(e).__name__, e)
try:
    print("bytearray(b'a b').split()", '=>', repr(bytearray(b'a b').split()))
except Exception as e:
    print("bytearray(b'a b').split()", '=>', type(e).__name__, e)
try:
    print("bytearray(b'xyz').find(b'y')", '=>', repr(bytearray(b'xyz').find(b'y')))
except Exception as e:
    print("bytearray(b'xyz').find(b'y')", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').replace(b'b', b'BB')", '=>', repr(bytearray(b'abc').replace(b'b', b'BB')))
except Exception as e:
    print("bytearray(b'abc').replace(b'b', b'BB')", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc') + bytearray(b'd')", '=>', repr(bytearray(b'abc') + bytearray(b'd')))
except Exception as e:
    print("bytearray(b'abc') + bytearray(b'd')", '=>', type(e).__name__, e)
try:
    print("bytearray(b'ab') * 2", '=>', repr(bytearray(b'ab') * 2))
except Exception as e:
    print("bytearray(b'ab') * 2", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc') == b'abc'", '=>', repr(bytearray(b'abc') == b'abc'))
except Exception as e:
    print("bytearray(b'abc') == b'abc'", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').decode()", '=>', repr(bytearray(b'abc').decode()))
except Exception as e:
    print("bytearray(b'abc').decode()", '=>', type(e).__name__, e)
try:
    print('bytearray(5)[2]', '=>', repr(bytearray(5)[2]))
except Exception as e:
    print('bytearray(5)[2]', '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').index(99)", '=>', repr(bytearray(b'abc').index(99)))
except Exception as e:
    print("bytearray(b'abc').index(99)", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').count(97)", '=>', repr(bytearray(b'abc').count(97)))
except Exception as e:
    print("bytearray(b'abc').count(97)", '=>', type(e).__name__, e)
try:
    print("b'%c%c%c' % (104, 105, 33)", '=>', repr(b'%c%c%c' % (104, 105, 33)))
except Exception as e:
    print("b'%c%c%c' % (104, 105, 33)", '=>', type(e).__name__, e)
try:
    print("b'%-6b|' % b'ab'", '=>', repr(b'%-6b|' % b'ab'))
except Exception as e:
    print("b'%-6b|' % b'ab'", '=>', type(e).__name__, e)
try:
    print("b'%x %X %o' % (255, 255, 8)", '=>', repr(b'%x %X %o' % (255, 255, 8)))
except Exception as e:
    print("b'%x %X %o' % (255, 255, 8)", '=>', type(e).__name__, e)
try:
    print("b'%.3s' % b'abcdef'", '=>', repr(b'%.3s' % b'abcdef'))
except Exception as e:
    print("b'%.3s' % b'abcdef'", '=>', type(e).__name__, e)
try:
    print("b'%(a)s' % {b'a': b'1'}", '=>', repr(b'%(a)s' % {b'a': b'1'}))
except Exception as e:
    print("b'%(a)s' % {b'a': b'1'}", '=>', type(e).__name__, e)
try:
    print("b'%r' % 'é'", '=>', repr(b'%r' % 'é'))
except Exception as e:
    print("b'%r' % 'é'", '=>', type(e).__name__, e)
try:
    print("b'%a' % b'x'", '=>', repr(b'%a' % b'x'))
except Exception as e:
    print("b'%a' % b'x'", '=>', type(e).__name__, e)
try:
    print("'%r' % b'x'", '=>', repr('%r' % b'x'))
except Exception as e:
    print("'%r' % b'x'", '=>', type(e).__name__, e)
try:
    print("'%s' % b'x'", '=>', repr('%s' % b'x'))
except Exception as e:
    print("'%s' % b'x'", '=>', type(e).__name__, e)
try:
    print("str(b'\\xff')", '=>', repr(str(b'\xff')))
except Exception as e:
    print("str(b'\\xff')", '=>', type(e).__name__, e)
try:
    print("b'abc'[1:2] == b'b'", '=>', repr(b'abc'[1:2] == b'b'))
except Exception as e:
    print("b'abc'[1:2] == b'b'", '=>', type(e).__name__, e)
try:
    print("b'abc'.join([b'1', b'2'])", '=>', repr(b'abc'.join([b'1', b'2'])))
except Exception as e:
    print("b'abc'.join([b'1', b'2'])", '=>', type(e).__name__, e)
try:
    print("b''.join(x for x in [b'a', b'b'])", '=>', repr(b''.join(x for x in [b'a', b'b'])))
except Exception as e:
    print("b''.join(x for x in [b'a', b'b'])", '=>', type(e).__name__, e)
try:
    print("memoryview(b'abc').tolist()", '=>', repr(memoryview(b'abc').tolist()))
except Exception as e:
    print("memoryview(b'abc').tolist()", '=>', type(e).__name__, e)
try:
    print("memoryview(bytearray(b'abc'))[0:2].tobytes()", '=>', repr(memoryview(bytearray(b'abc'))[0:2].tobytes()))
except Exception as e:
    print("memoryview(bytearray(b'abc'))[0:2].tobytes()", '=>', type(e).__name__, e)
try:
    print("memoryview(b'abc') == memoryview(b'abc')", '=>', repr(memoryview(b'abc') == memoryview(b'abc')))
except Exception as e:
    print("memoryview(b'abc') == memoryview(b'abc')", '=>', type(e).__name__, e)
try:
    print("memoryview(b'abc')[::-1].tobytes()", '=>', repr(memoryview(b'abc')[::-1].tobytes()))
except Exception as e:
    print("memoryview(b'abc')[::-1].tobytes()", '=>', type(e).__name__, e)
try:
    print("bytes(memoryview(b'xyz')[1:])", '=>', repr(bytes(memoryview(b'xyz')[1:])))
except Exception as e:
    print("bytes(memoryview(b'xyz')[1:])", '=>', type(e).__name__, e)
try:
    print("len(memoryview(b'abcd')[1:3])", '=>', repr(len(memoryview(b'abcd')[1:3])))
except Exception as e:
    print("len(memoryview(b'abcd')[1:3])", '=>', type(e).__name__, e)
try:
    print("memoryview(b'ab').hex('.')", '=>', repr(memoryview(b'ab').hex('.')))
except Exception as e:
    print("memoryview(b'ab').hex('.')", '=>', type(e).__name__, e)
try:
    print("hash(b'abc') == hash(memoryview(b'abc'))", '=>', repr(hash(b'abc') == hash(memoryview(b'abc'))))
except Exception as e:
    print("hash(b'abc') == hash(memoryview(b'abc'))", '=>', type(e).__name__, e)
try:
    print("list(b'ab' + bytearray(b'c'))", '=>', repr(list(b'ab' + bytearray(b'c'))))
except Exception as e:
    print("list(b'ab' + bytearray(b'c'))", '=>', type(e).__name__, e)
try:
    print("b'abc' < bytearray(b'abd')", '=>', repr(b'abc' < bytearray(b'abd')))
except Exception as e:
    print("b'abc' < bytearray(b'abd')", '=>', type(e).__name__, e)
try:
    print("sorted([b'b', b'a', b'ab'])", '=>', repr(sorted([b'b', b'a', b'ab'])))
except Exception as e:
    print("sorted([b'b', b'a', b'ab'])", '=>', type(e).__name__, e)
try:
    print("b'a' in bytearray(b'abc')", '=>', repr(b'a' in bytearray(b'abc')))
except Exception as e:
    print("b'a' in bytearray(b'abc')", '=>', type(e).__name__, e)
try:
    print("bytearray(b'a') in b'abc'", '=>', repr(bytearray(b'a') in b'abc'))
except Exception as e:
    print("bytearray(b'a') in b'abc'", '=>', type(e).__name__, e)
try:
    print("bytes(bytearray(b'q'))", '=>', repr(bytes(bytearray(b'q'))))
except Exception as e:
    print("bytes(bytearray(b'q'))", '=>', type(e).__name__, e)
try:
    print("bytearray().fromhex('41 42')", '=>', repr(bytearray().fromhex('41 42')))
except Exception as e:
    print("bytearray().fromhex('41 42')", '=>', type(e).__name__, e)
try:
    print("bytes.fromhex('')", '=>', repr(bytes.fromhex('')))
except Exception as e:
    print("bytes.fromhex('')", '=>', type(e).__name__, e)
try:
    print("b'\\x00'.hex()", '=>', repr(b'\x00'.hex()))
except Exception as e:
    print("b'\\x00'.hex()", '=>', type(e).__name__, e)
try:
    print("b'ab' * -1", '=>', repr(b'ab' * -1))
except Exception as e:
    print("b'ab' * -1", '=>', type(e).__name__, e)
try:
    print("bytes(range(3)) + b'x'", '=>', repr(bytes(range(3)) + b'x'))
except Exception as e:
    print("bytes(range(3)) + b'x'", '=>', type(e).__name__, e)
