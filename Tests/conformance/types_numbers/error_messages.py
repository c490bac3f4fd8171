# the exception types and messages of common misuses of the builtin types
try:
    print("int('abc')", '=>', repr(int('abc')))
except Exception as e:
    print("int('abc')", '=>', type(e).__name__, e)
try:
    print("int('12', 1)", '=>', repr(int('12', 1)))
except Exception as e:
    print("int('12', 1)", '=>', type(e).__name__, e)
try:
    print('int(1.5, 10)', '=>', repr(int(1.5, 10)))
except Exception as e:
    print('int(1.5, 10)', '=>', type(e).__name__, e)
try:
    print('int([])', '=>', repr(int([])))
except Exception as e:
    print('int([])', '=>', type(e).__name__, e)
try:
    print("float('x1')", '=>', repr(float('x1')))
except Exception as e:
    print("float('x1')", '=>', type(e).__name__, e)
try:
    print('float([])', '=>', repr(float([])))
except Exception as e:
    print('float([])', '=>', type(e).__name__, e)
try:
    print("complex('x')", '=>', repr(complex('x')))
except Exception as e:
    print("complex('x')", '=>', type(e).__name__, e)
try:
    print('1 / 0', '=>', repr(1 / 0))
except Exception as e:
    print('1 / 0', '=>', type(e).__name__, e)
try:
    print('1 % 0', '=>', repr(1 % 0))
except Exception as e:
    print('1 % 0', '=>', type(e).__name__, e)
try:
    print('1.0 // 0', '=>', repr(1.0 // 0))
except Exception as e:
    print('1.0 // 0', '=>', type(e).__name__, e)
try:
    print('divmod(1, 0.0)', '=>', repr(divmod(1, 0.0)))
except Exception as e:
    print('divmod(1, 0.0)', '=>', type(e).__name__, e)
try:
    print('2 ** -1 % 0', '=>', repr(2 ** -1 % 0))
except Exception as e:
    print('2 ** -1 % 0', '=>', type(e).__name__, e)
try:
    print('(0.0) ** -2', '=>', repr((0.0) ** -2))
except Exception as e:
    print('(0.0) ** -2', '=>', type(e).__name__, e)
try:
    print('10 ** 400 * 1.0', '=>', repr(10 ** 400 * 1.0))
except Exception as e:
    print('10 ** 400 * 1.0', '=>', type(e).__name__, e)
try:
    print('(-1) ** 0.5 == 1j', '=>', repr((-1) ** 0.5 == 1j))
except Exception as e:
    print('(-1) ** 0.5 == 1j', '=>', type(e).__name__, e)
try:
    print("'a' * 'b'", '=>', repr('a' * 'b'))
except Exception as e:
    print("'a' * 'b'", '=>', type(e).__name__, e)
try:
    print("'a' + 1", '=>', repr('a' + 1))
except Exception as e:
    print("'a' + 1", '=>', type(e).__name__, e)
try:
    print("'a' - 'b'", '=>', repr('a' - 'b'))
except Exception as e:
    print("'a' - 'b'", '=>', type(e).__name__, e)
try:
    print('[] + ()', '=>', repr([] + ()))
except Exception as e:
    print('[] + ()', '=>', type(e).__name__, e)
try:
    print('() + []', '=>', repr(() + []))
except Exception as e:
    print('() + []', '=>', type(e).__name__, e)
try:
    print('[1] * 1.5', '=>', repr([1] * 1.5))
except Exception as e:
    print('[1] * 1.5', '=>', type(e).__name__, e)
try:
    print("'abc'[5]", '=>', repr('abc'[5]))
except Exception as e:
    print("'abc'[5]", '=>', type(e).__name__, e)
try:
    print('[1][2]', '=>', repr([1][2]))
except Exception as e:
    print('[1][2]', '=>', type(e).__name__, e)
try:
    print('(1,)[3]', '=>', repr((1,)[3]))
except Exception as e:
    print('(1,)[3]', '=>', type(e).__name__, e)
try:
    print('{}[1]', '=>', repr({}[1]))
except Exception as e:
    print('{}[1]', '=>', type(e).__name__, e)
try:
    print("{}['k']", '=>', repr({}['k']))
except Exception as e:
    print("{}['k']", '=>', type(e).__name__, e)
try:
    print('{}.pop(1)', '=>', repr({}.pop(1)))
except Exception as e:
    print('{}.pop(1)', '=>', type(e).__name__, e)
try:
    print('set().remove(3)', '=>', repr(set().remove(3)))
except Exception as e:
    print('set().remove(3)', '=>', type(e).__name__, e)
try:
    print('[].remove(1)', '=>', repr([].remove(1)))
except Exception as e:
    print('[].remove(1)', '=>', type(e).__name__, e)
try:
    print('[].index(1)', '=>', repr([].index(1)))
except Exception as e:
    print('[].index(1)', '=>', type(e).__name__, e)
try:
    print('(1,).index(2)', '=>', repr((1,).index(2)))
except Exception as e:
    print('(1,).index(2)', '=>', type(e).__name__, e)
try:
    print("'abc'.index('z')", '=>', repr('abc'.index('z')))
except Exception as e:
    print("'abc'.index('z')", '=>', type(e).__name__, e)
try:
    print("b'abc'.index(b'z')", '=>', repr(b'abc'.index(b'z')))
except Exception as e:
    print("b'abc'.index(b'z')", '=>', type(e).__name__, e)
try:
    print("'abc'.encode('nope')", '=>', repr('abc'.encode('nope')))
except Exception as e:
    print("'abc'.encode('nope')", '=>', type(e).__name__, e)
try:
    print("b'\\xff'.decode('utf-8')", '=>', repr(b'\xff'.decode('utf-8')))
except Exception as e:
    print("b'\\xff'.decode('utf-8')", '=>', type(e).__name__, e)
try:
    print("b'\\xff'.decode('ascii')", '=>', repr(b'\xff'.decode('ascii')))
except Exception as e:
    print("b'\\xff'.decode('ascii')", '=>', type(e).__name__, e)
try:
    print("'é'.encode('ascii')", '=>', repr('é'.encode('ascii')))
except Exception as e:
    print("'é'.encode('ascii')", '=>', type(e).__name__, e)
try:
    print('bytes([300])', '=>', repr(bytes([300])))
except Exception as e:
    print('bytes([300])', '=>', type(e).__name__, e)
try:
    print('bytearray([-1])', '=>', repr(bytearray([-1])))
except Exception as e:
    print('bytearray([-1])', '=>', type(e).__name__, e)
try:
    print("bytes('x')", '=>', repr(bytes('x')))
except Exception as e:
    print("bytes('x')", '=>', type(e).__name__, e)
try:
    print('memoryview(1)', '=>', repr(memoryview(1)))
except Exception as e:
    print('memoryview(1)', '=>', type(e).__name__, e)
try:
    print('hash([])', '=>', repr(hash([])))
except Exception as e:
    print('hash([])', '=>', type(e).__name__, e)
try:
    print('hash({})', '=>', repr(hash({})))
except Exception as e:
    print('hash({})', '=>', type(e).__name__, e)
try:
    print('hash(set())', '=>', repr(hash(set())))
except Exception as e:
    print('hash(set())', '=>', type(e).__name__, e)
try:
    print('hash(bytearray())', '=>', repr(hash(bytearray())))
except Exception as e:
    print('hash(bytearray())', '=>', type(e).__name__, e)
try:
    print('len(5)', '=>', repr(len(5)))
except Exception as e:
    print('len(5)', '=>', type(e).__name__, e)
try:
    print('iter(5)', '=>', repr(iter(5)))
except Exception as e:
    print('iter(5)', '=>', type(e).__name__, e)
try:
    print('next(iter([]))', '=>', repr(next(iter([]))))
except Exception as e:
    print('next(iter([]))', '=>', type(e).__name__, e)
try:
    print('range(1, 2, 0)', '=>', repr(range(1, 2, 0)))
except Exception as e:
    print('range(1, 2, 0)', '=>', type(e).__name__, e)
try:
    print('range(1.0)', '=>', repr(range(1.0)))
except Exception as e:
    print('range(1.0)', '=>', type(e).__name__, e)
try:
    print('slice(1, 2, 0).indices(3)', '=>', repr(slice(1, 2, 0).indices(3)))
except Exception as e:
    print('slice(1, 2, 0).indices(3)', '=>', type(e).__name__, e)
try:
    print('[1, 2, 3][::0]', '=>', repr([1, 2, 3][::0]))
except Exception as e:
    print('[1, 2, 3][::0]', '=>', type(e).__name__, e)
try:
    print("'x'.join([1])", '=>', repr('x'.join([1])))
except Exception as e:
    print("'x'.join([1])", '=>', type(e).__name__, e)
try:
    print("b'x'.join(['a'])", '=>', repr(b'x'.join(['a'])))
except Exception as e:
    print("b'x'.join(['a'])", '=>', type(e).__name__, e)
try:
    print("'{}'.format()", '=>', repr('{}'.format()))
except Exception as e:
    print("'{}'.format()", '=>', type(e).__name__, e)
try:
    print("'{0}'.format()", '=>', repr('{0}'.format()))
except Exception as e:
    print("'{0}'.format()", '=>', type(e).__name__, e)
try:
    print("'{a}'.format()", '=>', repr('{a}'.format()))
except Exception as e:
    print("'{a}'.format()", '=>', type(e).__name__, e)
try:
    print("'%d' % 'x'", '=>', repr('%d' % 'x'))
except Exception as e:
    print("'%d' % 'x'", '=>', type(e).__name__, e)
try:
    print("'%s %s' % (1,)", '=>', repr('%s %s' % (1,)))
except Exception as e:
    print("'%s %s' % (1,)", '=>', type(e).__name__, e)
try:
    print("'%s' % (1, 2)", '=>', repr('%s' % (1, 2)))
except Exception as e:
    print("'%s' % (1, 2)", '=>', type(e).__name__, e)
try:
    print("'%z' % 1", '=>', repr('%z' % 1))
except Exception as e:
    print("'%z' % 1", '=>', type(e).__name__, e)
try:
    print("int.from_bytes(b'x', 'mid')", '=>', repr(int.from_bytes(b'x', 'mid')))
except Exception as e:
    print("int.from_bytes(b'x', 'mid')", '=>', type(e).__name__, e)
try:
    print("(1).to_bytes(1, 'big', signed=5)", '=>', repr((1).to_bytes(1, 'big', signed=5)))
except Exception as e:
    print("(1).to_bytes(1, 'big', signed=5)", '=>', type(e).__name__, e)
try:
    print("(256).to_bytes(1, 'little')", '=>', repr((256).to_bytes(1, 'little')))
except Exception as e:
    print("(256).to_bytes(1, 'little')", '=>', type(e).__name__, e)
try:
    print("float.fromhex('zz')", '=>', repr(float.fromhex('zz')))
except Exception as e:
    print("float.fromhex('zz')", '=>', type(e).__name__, e)
try:
    print("(1.5).fromhex('0x1p1')", '=>', repr((1.5).fromhex('0x1p1')))
except Exception as e:
    print("(1.5).fromhex('0x1p1')", '=>', type(e).__name__, e)
try:
    print("round(1.5, 'a')", '=>', repr(round(1.5, 'a')))
except Exception as e:
    print("round(1.5, 'a')", '=>', type(e).__name__, e)
try:
    print("abs('x')", '=>', repr(abs('x')))
except Exception as e:
    print("abs('x')", '=>', type(e).__name__, e)
try:
    print("-'x'", '=>', repr(-'x'))
except Exception as e:
    print("-'x'", '=>', type(e).__name__, e)
try:
    print('~1.5', '=>', repr(~1.5))
except Exception as e:
    print('~1.5', '=>', type(e).__name__, e)
try:
    print("1 < 'x'", '=>', repr(1 < 'x'))
except Exception as e:
    print("1 < 'x'", '=>', type(e).__name__, e)
try:
    print("[1] < ['x']", '=>', repr([1] < ['x']))
except Exception as e:
    print("[1] < ['x']", '=>', type(e).__name__, e)
try:
    print('{1} < [1]', '=>', repr({1} < [1]))
except Exception as e:
    print('{1} < [1]', '=>', type(e).__name__, e)
try:
    print('None + 1', '=>', repr(None + 1))
except Exception as e:
    print('None + 1', '=>', type(e).__name__, e)
try:
    print("'abc'.split(None, 'x')", '=>', repr('abc'.split(None, 'x')))
except Exception as e:
    print("'abc'.split(None, 'x')", '=>', type(e).__name__, e)
try:
    print("'abc'.center('x')", '=>', repr('abc'.center('x')))
except Exception as e:
    print("'abc'.center('x')", '=>', type(e).__name__, e)
try:
    print("'abc'.startswith(1)", '=>', repr('abc'.startswith(1)))
except Exception as e:
    print("'abc'.startswith(1)", '=>', type(e).__name__, e)
try:
    print("'abc'.count(1)", '=>', repr('abc'.count(1)))
except Exception as e:
    print("'abc'.count(1)", '=>', type(e).__name__, e)
try:
    print("'abc'.replace('a')", '=>', repr('abc'.replace('a')))
except Exception as e:
    print("'abc'.replace('a')", '=>', type(e).__name__, e)
try:
    print("'abc'.strip(1)", '=>', repr('abc'.strip(1)))
except Exception as e:
    print("'abc'.strip(1)", '=>', type(e).__name__, e)
try:
    print("'abc'.maketrans(1, 2)", '=>', repr('abc'.maketrans(1, 2)))
except Exception as e:
    print("'abc'.maketrans(1, 2)", '=>', type(e).__name__, e)
try:
    print('[].sort(1)', '=>', repr([].sort(1)))
except Exception as e:
    print('[].sort(1)', '=>', type(e).__name__, e)
try:
    print("[].pop('x')", '=>', repr([].pop('x')))
except Exception as e:
    print("[].pop('x')", '=>', type(e).__name__, e)
try:
    print('{}.setdefault()', '=>', repr({}.setdefault()))
except Exception as e:
    print('{}.setdefault()', '=>', type(e).__name__, e)
try:
    print('{}.update(1, 2)', '=>', repr({}.update(1, 2)))
except Exception as e:
    print('{}.update(1, 2)', '=>', type(e).__name__, e)
try:
    print('dict(1)', '=>', repr(dict(1)))
except Exception as e:
    print('dict(1)', '=>', type(e).__name__, e)
try:
    print('dict([(1, 2, 3)])', '=>', repr(dict([(1, 2, 3)])))
except Exception as e:
    print('dict([(1, 2, 3)])', '=>', type(e).__name__, e)
try:
    print('set(1)', '=>', repr(set(1)))
except Exception as e:
    print('set(1)', '=>', type(e).__name__, e)
try:
    print('frozenset(1, 2)', '=>', repr(frozenset(1, 2)))
except Exception as e:
    print('frozenset(1, 2)', '=>', type(e).__name__, e)
try:
    print('list(1)', '=>', repr(list(1)))
except Exception as e:
    print('list(1)', '=>', type(e).__name__, e)
try:
    print('tuple(1)', '=>', repr(tuple(1)))
except Exception as e:
    print('tuple(1)', '=>', type(e).__name__, e)
try:
    print('sorted(1)', '=>', repr(sorted(1)))
except Exception as e:
    print('sorted(1)', '=>', type(e).__name__, e)
try:
    print('min([])', '=>', repr(min([])))
except Exception as e:
    print('min([])', '=>', type(e).__name__, e)
try:
    print('max()', '=>', repr(max()))
except Exception as e:
    print('max()', '=>', type(e).__name__, e)
try:
    print("sum(['a'])", '=>', repr(sum(['a'])))
except Exception as e:
    print("sum(['a'])", '=>', type(e).__name__, e)
try:
    print('chr(-1)', '=>', repr(chr(-1)))
except Exception as e:
    print('chr(-1)', '=>', type(e).__name__, e)
try:
    print("ord('ab')", '=>', repr(ord('ab')))
except Exception as e:
    print("ord('ab')", '=>', type(e).__name__, e)
try:
    print("ord('')", '=>', repr(ord('')))
except Exception as e:
    print("ord('')", '=>', type(e).__name__, e)
