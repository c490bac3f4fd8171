# results and reprs of many small expressions over the builtin types
try:
    print('(12345678901234567890).bit_count()', '=>', repr((12345678901234567890).bit_count()))
except Exception as e:
    print('(12345678901234567890).bit_count()', '=>', type(e).__name__, e)
try:
    print("(-5).to_bytes(2, 'little', signed=True)", '=>', repr((-5).to_bytes(2, 'little', signed=True)))
except Exception as e:
    print("(-5).to_bytes(2, 'little', signed=True)", '=>', type(e).__name__, e)
try:
    print("int.from_bytes(b'\\xff\\x00', 'little', signed=True)", '=>', repr(int.from_bytes(b'\xff\x00', 'little', signed=True)))
except Exception as e:
    print("int.from_bytes(b'\\xff\\x00', 'little', signed=True)", '=>', type(e).__name__, e)
try:
    print("(10**20).__format__(',')", '=>', repr((10**20).__format__(',')))
except Exception as e:
    print("(10**20).__format__(',')", '=>', type(e).__name__, e)
try:
    print("format(-0.0, 'z.1f')", '=>', repr(format(-0.0, 'z.1f')))
except Exception as e:
    print("format(-0.0, 'z.1f')", '=>', type(e).__name__, e)
try:
    print("format(1e100, '.2f')[:20]", '=>', repr(format(1e100, '.2f')[:20]))
except Exception as e:
    print("format(1e100, '.2f')[:20]", '=>', type(e).__name__, e)
try:
    print('(0.1).hex()', '=>', repr((0.1).hex()))
except Exception as e:
    print('(0.1).hex()', '=>', type(e).__name__, e)
try:
    print("float.fromhex('-0x1.fffffp-1')", '=>', repr(float.fromhex('-0x1.fffffp-1')))
except Exception as e:
    print("float.fromhex('-0x1.fffffp-1')", '=>', type(e).__name__, e)
try:
    print('(2.5).__round__(0)', '=>', repr((2.5).__round__(0)))
except Exception as e:
    print('(2.5).__round__(0)', '=>', type(e).__name__, e)
try:
    print('round(-0.5)', '=>', repr(round(-0.5)))
except Exception as e:
    print('round(-0.5)', '=>', type(e).__name__, e)
try:
    print('(7).__rtruediv__(2)', '=>', repr((7).__rtruediv__(2)))
except Exception as e:
    print('(7).__rtruediv__(2)', '=>', type(e).__name__, e)
try:
    print('divmod(-7, 2)', '=>', repr(divmod(-7, 2)))
except Exception as e:
    print('divmod(-7, 2)', '=>', type(e).__name__, e)
try:
    print('divmod(7.5, -2)', '=>', repr(divmod(7.5, -2)))
except Exception as e:
    print('divmod(7.5, -2)', '=>', type(e).__name__, e)
try:
    print('(-7) // 2.0', '=>', repr((-7) // 2.0))
except Exception as e:
    print('(-7) // 2.0', '=>', type(e).__name__, e)
try:
    print('2 ** 0.5', '=>', repr(2 ** 0.5))
except Exception as e:
    print('2 ** 0.5', '=>', type(e).__name__, e)
try:
    print('(-2) ** 0.5', '=>', repr((-2) ** 0.5))
except Exception as e:
    print('(-2) ** 0.5', '=>', type(e).__name__, e)
try:
    print('pow(2, -2)', '=>', repr(pow(2, -2)))
except Exception as e:
    print('pow(2, -2)', '=>', type(e).__name__, e)
try:
    print('pow(-2, 3, 5)', '=>', repr(pow(-2, 3, 5)))
except Exception as e:
    print('pow(-2, 3, 5)', '=>', type(e).__name__, e)
try:
    print('(3).__pow__(2, 5)', '=>', repr((3).__pow__(2, 5)))
except Exception as e:
    print('(3).__pow__(2, 5)', '=>', type(e).__name__, e)
try:
    print("complex('1e-3-2j')", '=>', repr(complex('1e-3-2j')))
except Exception as e:
    print("complex('1e-3-2j')", '=>', type(e).__name__, e)
try:
    print('complex(1, 2).__abs__()', '=>', repr(complex(1, 2).__abs__()))
except Exception as e:
    print('complex(1, 2).__abs__()', '=>', type(e).__name__, e)
try:
    print('(1+2j).__rtruediv__(1)', '=>', repr((1+2j).__rtruediv__(1)))
except Exception as e:
    print('(1+2j).__rtruediv__(1)', '=>', type(e).__name__, e)
try:
    print('abs(-2**63)', '=>', repr(abs(-2**63)))
except Exception as e:
    print('abs(-2**63)', '=>', type(e).__name__, e)
try:
    print('-(2**63)', '=>', repr(-(2**63)))
except Exception as e:
    print('-(2**63)', '=>', type(e).__name__, e)
try:
    print('~(2**64)', '=>', repr(~(2**64)))
except Exception as e:
    print('~(2**64)', '=>', type(e).__name__, e)
try:
    print('(2**64) >> 1', '=>', repr((2**64) >> 1))
except Exception as e:
    print('(2**64) >> 1', '=>', type(e).__name__, e)
try:
    print('(-2**64) >> 65', '=>', repr((-2**64) >> 65))
except Exception as e:
    print('(-2**64) >> 65', '=>', type(e).__name__, e)
try:
    print('1 << 100', '=>', repr(1 << 100))
except Exception as e:
    print('1 << 100', '=>', type(e).__name__, e)
try:
    print('(-1) << 3', '=>', repr((-1) << 3))
except Exception as e:
    print('(-1) << 3', '=>', type(e).__name__, e)
try:
    print("int('0' * 5000)", '=>', repr(int('0' * 5000)))
except Exception as e:
    print("int('0' * 5000)", '=>', type(e).__name__, e)
try:
    print("int('1_2_3')", '=>', repr(int('1_2_3')))
except Exception as e:
    print("int('1_2_3')", '=>', type(e).__name__, e)
try:
    print("float('1_2.3_4e1_0')", '=>', repr(float('1_2.3_4e1_0')))
except Exception as e:
    print("float('1_2.3_4e1_0')", '=>', type(e).__name__, e)
try:
    print("'%5.1f|%-6d|%x' % (3.14159, 42, 255)", '=>', repr('%5.1f|%-6d|%x' % (3.14159, 42, 255)))
except Exception as e:
    print("'%5.1f|%-6d|%x' % (3.14159, 42, 255)", '=>', type(e).__name__, e)
try:
    print('str(1e16), str(1e-5), str(123456789.0)', '=>', repr(str(1e16), str(1e-5), str(123456789.0)))
except Exception as e:
    print('str(1e16), str(1e-5), str(123456789.0)', '=>', type(e).__name__, e)
try:
    print('repr(1.0000000000000002)', '=>', repr(repr(1.0000000000000002)))
except Exception as e:
    print('repr(1.0000000000000002)', '=>', type(e).__name__, e)
try:
    print('repr(0.30000000000000004)', '=>', repr(repr(0.30000000000000004)))
except Exception as e:
    print('repr(0.30000000000000004)', '=>', type(e).__name__, e)
try:
    print("'abc'.center(10, '*')", '=>', repr('abc'.center(10, '*')))
except Exception as e:
    print("'abc'.center(10, '*')", '=>', type(e).__name__, e)
try:
    print("'abc'.ljust(2)", '=>', repr('abc'.ljust(2)))
except Exception as e:
    print("'abc'.ljust(2)", '=>', type(e).__name__, e)
try:
    print("'A\\tB'.expandtabs(0)", '=>', repr('A\tB'.expandtabs(0)))
except Exception as e:
    print("'A\\tB'.expandtabs(0)", '=>', type(e).__name__, e)
try:
    print("'a,b,c'.rsplit(',', 1)", '=>', repr('a,b,c'.rsplit(',', 1)))
except Exception as e:
    print("'a,b,c'.rsplit(',', 1)", '=>', type(e).__name__, e)
try:
    print("'  x  '.split(' ')", '=>', repr('  x  '.split(' ')))
except Exception as e:
    print("'  x  '.split(' ')", '=>', type(e).__name__, e)
try:
    print("'XxYy'.swapcase()", '=>', repr('XxYy'.swapcase()))
except Exception as e:
    print("'XxYy'.swapcase()", '=>', type(e).__name__, e)
try:
    print("'hello'.translate({ord('l'): 'L'})", '=>', repr('hello'.translate({ord('l'): 'L'})))
except Exception as e:
    print("'hello'.translate({ord('l'): 'L'})", '=>', type(e).__name__, e)
try:
    print("'ß'.title()", '=>', repr('ß'.title()))
except Exception as e:
    print("'ß'.title()", '=>', type(e).__name__, e)
try:
    print("'ﬀ'.upper()", '=>', repr('ﬀ'.upper()))
except Exception as e:
    print("'ﬀ'.upper()", '=>', type(e).__name__, e)
try:
    print("'İ'.lower()", '=>', repr('İ'.lower()))
except Exception as e:
    print("'İ'.lower()", '=>', type(e).__name__, e)
try:
    print("len('İ'.lower())", '=>', repr(len('İ'.lower())))
except Exception as e:
    print("len('İ'.lower())", '=>', type(e).__name__, e)
try:
    print("'Straße'.casefold() == 'STRASSE'.casefold()", '=>', repr('Straße'.casefold() == 'STRASSE'.casefold()))
except Exception as e:
    print("'Straße'.casefold() == 'STRASSE'.casefold()", '=>', type(e).__name__, e)
try:
    print("'abc'.zfill(6)", '=>', repr('abc'.zfill(6)))
except Exception as e:
    print("'abc'.zfill(6)", '=>', type(e).__name__, e)
try:
    print("'3.14'.isdecimal()", '=>', repr('3.14'.isdecimal()))
except Exception as e:
    print("'3.14'.isdecimal()", '=>', type(e).__name__, e)
try:
    print("'Ⅷ'.isalpha()", '=>', repr('Ⅷ'.isalpha()))
except Exception as e:
    print("'Ⅷ'.isalpha()", '=>', type(e).__name__, e)
try:
    print("b'abc'.hex('-')", '=>', repr(b'abc'.hex('-')))
except Exception as e:
    print("b'abc'.hex('-')", '=>', type(e).__name__, e)
try:
    print("b'\\x00\\xff'.hex(' ', -1)", '=>', repr(b'\x00\xff'.hex(' ', -1)))
except Exception as e:
    print("b'\\x00\\xff'.hex(' ', -1)", '=>', type(e).__name__, e)
try:
    print("bytes.fromhex('ab cd ef')", '=>', repr(bytes.fromhex('ab cd ef')))
except Exception as e:
    print("bytes.fromhex('ab cd ef')", '=>', type(e).__name__, e)
try:
    print("bytearray(b'abc').hex()", '=>', repr(bytearray(b'abc').hex()))
except Exception as e:
    print("bytearray(b'abc').hex()", '=>', type(e).__name__, e)
try:
    print("b'a b c'.split(b' ', 1)", '=>', repr(b'a b c'.split(b' ', 1)))
except Exception as e:
    print("b'a b c'.split(b' ', 1)", '=>', type(e).__name__, e)
try:
    print("b'abc'.title()", '=>', repr(b'abc'.title()))
except Exception as e:
    print("b'abc'.title()", '=>', type(e).__name__, e)
try:
    print("b'%s=%d' % (b'x', 3)", '=>', repr(b'%s=%d' % (b'x', 3)))
except Exception as e:
    print("b'%s=%d' % (b'x', 3)", '=>', type(e).__name__, e)
try:
    print("b'%5s|%-5s|' % (b'ab', b'cd')", '=>', repr(b'%5s|%-5s|' % (b'ab', b'cd')))
except Exception as e:
    print("b'%5s|%-5s|' % (b'ab', b'cd')", '=>', type(e).__name__, e)
try:
    print('bytes(5)', '=>', repr(bytes(5)))
except Exception as e:
    print('bytes(5)', '=>', type(e).__name__, e)
try:
    print("bytearray(b'xyz').pop()", '=>', repr(bytearray(b'xyz').pop()))
except Exception as e:
    print("bytearray(b'xyz').pop()", '=>', type(e).__name__, e)
try:
    print("memoryview(b'abc')[1]", '=>', repr(memoryview(b'abc')[1]))
except Exception as e:
    print("memoryview(b'abc')[1]", '=>', type(e).__name__, e)
try:
    print("list(memoryview(b'ab'))", '=>', repr(list(memoryview(b'ab'))))
except Exception as e:
    print("list(memoryview(b'ab'))", '=>', type(e).__name__, e)
try:
    print('[1,2,3][::-1]', '=>', repr([1,2,3][::-1]))
except Exception as e:
    print('[1,2,3][::-1]', '=>', type(e).__name__, e)
try:
    print('[1,2,3] * 2', '=>', repr([1,2,3] * 2))
except Exception as e:
    print('[1,2,3] * 2', '=>', type(e).__name__, e)
try:
    print('sorted([3,1,2], reverse=True)', '=>', repr(sorted([3,1,2], reverse=True)))
except Exception as e:
    print('sorted([3,1,2], reverse=True)', '=>', type(e).__name__, e)
try:
    print('[1,2,3].index(2, -2)', '=>', repr([1,2,3].index(2, -2)))
except Exception as e:
    print('[1,2,3].index(2, -2)', '=>', type(e).__name__, e)
try:
    print('(1,2,3).count(2)', '=>', repr((1,2,3).count(2)))
except Exception as e:
    print('(1,2,3).count(2)', '=>', type(e).__name__, e)
try:
    print("{'a':1}.get('b', 'dflt')", '=>', repr({'a':1}.get('b', 'dflt')))
except Exception as e:
    print("{'a':1}.get('b', 'dflt')", '=>', type(e).__name__, e)
try:
    print("dict(zip('ab', [1,2]))", '=>', repr(dict(zip('ab', [1,2]))))
except Exception as e:
    print("dict(zip('ab', [1,2]))", '=>', type(e).__name__, e)
try:
    print('{1:2} | {3:4}', '=>', repr({1:2} | {3:4}))
except Exception as e:
    print('{1:2} | {3:4}', '=>', type(e).__name__, e)
try:
    print('sorted({1,2} ^ {2,3})', '=>', repr(sorted({1,2} ^ {2,3})))
except Exception as e:
    print('sorted({1,2} ^ {2,3})', '=>', type(e).__name__, e)
try:
    print('frozenset([1]) | {2}', '=>', repr(frozenset([1]) | {2}))
except Exception as e:
    print('frozenset([1]) | {2}', '=>', type(e).__name__, e)
try:
    print('{1,2} <= {1,2,3}', '=>', repr({1,2} <= {1,2,3}))
except Exception as e:
    print('{1,2} <= {1,2,3}', '=>', type(e).__name__, e)
try:
    print("set('abc') - set('b') == {'a','c'}", '=>', repr(set('abc') - set('b') == {'a','c'}))
except Exception as e:
    print("set('abc') - set('b') == {'a','c'}", '=>', type(e).__name__, e)
try:
    print('range(10)[2:8:3]', '=>', repr(range(10)[2:8:3]))
except Exception as e:
    print('range(10)[2:8:3]', '=>', type(e).__name__, e)
try:
    print('range(5)[-1]', '=>', repr(range(5)[-1]))
except Exception as e:
    print('range(5)[-1]', '=>', type(e).__name__, e)
try:
    print('range(0, 10, 2).index(6)', '=>', repr(range(0, 10, 2).index(6)))
except Exception as e:
    print('range(0, 10, 2).index(6)', '=>', type(e).__name__, e)
try:
    print('slice(1, 10, 2).indices(5)', '=>', repr(slice(1, 10, 2).indices(5)))
except Exception as e:
    print('slice(1, 10, 2).indices(5)', '=>', type(e).__name__, e)
try:
    print('list(range(10, 0, -3))', '=>', repr(list(range(10, 0, -3))))
except Exception as e:
    print('list(range(10, 0, -3))', '=>', type(e).__name__, e)
try:
    print('len(range(-5, 5, 3))', '=>', repr(len(range(-5, 5, 3))))
except Exception as e:
    print('len(range(-5, 5, 3))', '=>', type(e).__name__, e)
try:
    print('7 in range(1, 10, 3)', '=>', repr(7 in range(1, 10, 3)))
except Exception as e:
    print('7 in range(1, 10, 3)', '=>', type(e).__name__, e)
try:
    print('(1).__eq__(1.0)', '=>', repr((1).__eq__(1.0)))
except Exception as e:
    print('(1).__eq__(1.0)', '=>', type(e).__name__, e)
try:
    print('(1.0).__eq__(1)', '=>', repr((1.0).__eq__(1)))
except Exception as e:
    print('(1.0).__eq__(1)', '=>', type(e).__name__, e)
try:
    print('True + 1j', '=>', repr(True + 1j))
except Exception as e:
    print('True + 1j', '=>', type(e).__name__, e)
try:
    print('1 == 1.0 == True', '=>', repr(1 == 1.0 == True))
except Exception as e:
    print('1 == 1.0 == True', '=>', type(e).__name__, e)
try:
    print('hash(-1)', '=>', repr(hash(-1)))
except Exception as e:
    print('hash(-1)', '=>', type(e).__name__, e)
try:
    print('hash(2**64)', '=>', repr(hash(2**64)))
except Exception as e:
    print('hash(2**64)', '=>', type(e).__name__, e)
try:
    print('hash(1.5)', '=>', repr(hash(1.5)))
except Exception as e:
    print('hash(1.5)', '=>', type(e).__name__, e)
try:
    print("hash('')", '=>', repr(hash('')))
except Exception as e:
    print("hash('')", '=>', type(e).__name__, e)
try:
    print('str(2**100)', '=>', repr(str(2**100)))
except Exception as e:
    print('str(2**100)', '=>', type(e).__name__, e)
try:
    print('int(2.5e20)', '=>', repr(int(2.5e20)))
except Exception as e:
    print('int(2.5e20)', '=>', type(e).__name__, e)
try:
    print("float('nan') is float('nan')", '=>', repr(float('nan') is float('nan')))
except Exception as e:
    print("float('nan') is float('nan')", '=>', type(e).__name__, e)
try:
    print('round(1234.5678, -2)', '=>', repr(round(1234.5678, -2)))
except Exception as e:
    print('round(1234.5678, -2)', '=>', type(e).__name__, e)
try:
    print('round(0.5 + 1e-16)', '=>', repr(round(0.5 + 1e-16)))
except Exception as e:
    print('round(0.5 + 1e-16)', '=>', type(e).__name__, e)
try:
    print('(1e308 * 10) - (1e308 * 10)', '=>', repr((1e308 * 10) - (1e308 * 10)))
except Exception as e:
    print('(1e308 * 10) - (1e308 * 10)', '=>', type(e).__name__, e)
try:
    print('1e308 + 1e308', '=>', repr(1e308 + 1e308))
except Exception as e:
    print('1e308 + 1e308', '=>', type(e).__name__, e)
try:
    print('int(-0.9)', '=>', repr(int(-0.9)))
except Exception as e:
    print('int(-0.9)', '=>', type(e).__name__, e)
try:
    print('float(-0)', '=>', repr(float(-0)))
except Exception as e:
    print('float(-0)', '=>', type(e).__name__, e)
try:
    print('-0.0 == 0.0', '=>', repr(-0.0 == 0.0))
except Exception as e:
    print('-0.0 == 0.0', '=>', type(e).__name__, e)
try:
    print('(0.1).as_integer_ratio()', '=>', repr((0.1).as_integer_ratio()))
except Exception as e:
    print('(0.1).as_integer_ratio()', '=>', type(e).__name__, e)
try:
    print('(-1.5).is_integer()', '=>', repr((-1.5).is_integer()))
except Exception as e:
    print('(-1.5).is_integer()', '=>', type(e).__name__, e)
try:
    print('1/3 + 1/3 + 1/3', '=>', repr(1/3 + 1/3 + 1/3))
except Exception as e:
    print('1/3 + 1/3 + 1/3', '=>', type(e).__name__, e)
try:
    print('sum([0.1]*3)', '=>', repr(sum([0.1]*3)))
except Exception as e:
    print('sum([0.1]*3)', '=>', type(e).__name__, e)
try:
    print('max([1, 2.0, 3-0.5])', '=>', repr(max([1, 2.0, 3-0.5])))
except Exception as e:
    print('max([1, 2.0, 3-0.5])', '=>', type(e).__name__, e)
try:
    print("min('abc', 'abd')", '=>', repr(min('abc', 'abd')))
except Exception as e:
    print("min('abc', 'abd')", '=>', type(e).__name__, e)
try:
    print("'abc' < 'abd' < 'b'", '=>', repr('abc' < 'abd' < 'b'))
except Exception as e:
    print("'abc' < 'abd' < 'b'", '=>', type(e).__name__, e)
try:
    print('[1,2] < [1,2,3]', '=>', repr([1,2] < [1,2,3]))
except Exception as e:
    print('[1,2] < [1,2,3]', '=>', type(e).__name__, e)
try:
    print('(1,2) == [1,2]', '=>', repr((1,2) == [1,2]))
except Exception as e:
    print('(1,2) == [1,2]', '=>', type(e).__name__, e)
try:
    print('{1,2} == frozenset({1,2})', '=>', repr({1,2} == frozenset({1,2})))
except Exception as e:
    print('{1,2} == frozenset({1,2})', '=>', type(e).__name__, e)
try:
    print("{}.fromkeys('ab', 0)", '=>', repr({}.fromkeys('ab', 0)))
except Exception as e:
    print("{}.fromkeys('ab', 0)", '=>', type(e).__name__, e)
try:
    print('list({3:1, 1:2})', '=>', repr(list({3:1, 1:2})))
except Exception as e:
    print('list({3:1, 1:2})', '=>', type(e).__name__, e)
try:
    print('list({3:1, 1:2}.items())', '=>', repr(list({3:1, 1:2}.items())))
except Exception as e:
    print('list({3:1, 1:2}.items())', '=>', type(e).__name__, e)
try:
    print("str({'a': [1, (2,)]})", '=>', repr(str({'a': [1, (2,)]})))
except Exception as e:
    print("str({'a': [1, (2,)]})", '=>', type(e).__name__, e)
try:
    print('repr({1, 2, 3})', '=>', repr(repr({1, 2, 3})))
except Exception as e:
    print('repr({1, 2, 3})', '=>', type(e).__name__, e)
try:
    print('repr(frozenset())', '=>', repr(repr(frozenset())))
except Exception as e:
    print('repr(frozenset())', '=>', type(e).__name__, e)
try:
    print('repr(set())', '=>', repr(repr(set())))
except Exception as e:
    print('repr(set())', '=>', type(e).__name__, e)
try:
    print('repr(range(1, 5, 2))', '=>', repr(repr(range(1, 5, 2))))
except Exception as e:
    print('repr(range(1, 5, 2))', '=>', type(e).__name__, e)
try:
    print('repr(slice(None))', '=>', repr(repr(slice(None))))
except Exception as e:
    print('repr(slice(None))', '=>', type(e).__name__, e)
try:
    print('repr(b"\\\\")', '=>', repr(repr(b"\\")))
except Exception as e:
    print('repr(b"\\\\")', '=>', type(e).__name__, e)
try:
    print('repr(bytearray())', '=>', repr(repr(bytearray())))
except Exception as e:
    print('repr(bytearray())', '=>', type(e).__name__, e)
try:
    print("repr('\\x7f\\x80')", '=>', repr(repr('\x7f\x80')))
except Exception as e:
    print("repr('\\x7f\\x80')", '=>', type(e).__name__, e)
try:
    print('repr(-0.0j)', '=>', repr(repr(-0.0j)))
except Exception as e:
    print('repr(-0.0j)', '=>', type(e).__name__, e)
try:
    print('repr(complex(-0.0, 0.0))', '=>', repr(repr(complex(-0.0, 0.0))))
except Exception as e:
    print('repr(complex(-0.0, 0.0))', '=>', type(e).__name__, e)
try:
    print("ascii('ÿ€😀')", '=>', repr(ascii('ÿ€😀')))
except Exception as e:
    print("ascii('ÿ€😀')", '=>', type(e).__name__, e)
try:
    print('chr(0x10FFFF).isprintable()', '=>', repr(chr(0x10FFFF).isprintable()))
except Exception as e:
    print('chr(0x10FFFF).isprintable()', '=>', type(e).__name__, e)
try:
    print("'\\u2028'.isspace()", '=>', repr('\u2028'.isspace()))
except Exception as e:
    print("'\\u2028'.isspace()", '=>', type(e).__name__, e)
try:
    print("'\\x1c'.isspace()", '=>', repr('\x1c'.isspace()))
except Exception as e:
    print("'\\x1c'.isspace()", '=>', type(e).__name__, e)
try:
    print("'abc'.__mod__(())", '=>', repr('abc'.__mod__(())))
except Exception as e:
    print("'abc'.__mod__(())", '=>', type(e).__name__, e)
try:
    print("'{:>{}}'.format('x', 4)", '=>', repr('{:>{}}'.format('x', 4)))
except Exception as e:
    print("'{:>{}}'.format('x', 4)", '=>', type(e).__name__, e)
try:
    print("'{0:{1}}'.format(3.14159, '.2f')", '=>', repr('{0:{1}}'.format(3.14159, '.2f')))
except Exception as e:
    print("'{0:{1}}'.format(3.14159, '.2f')", '=>', type(e).__name__, e)
try:
    print("f'{3:02d}:{4.5:.1f}'", '=>', repr(f'{3:02d}:{4.5:.1f}'))
except Exception as e:
    print("f'{3:02d}:{4.5:.1f}'", '=>', type(e).__name__, e)
try:
    print("int('  0x1A  ', 16)", '=>', repr(int('  0x1A  ', 16)))
except Exception as e:
    print("int('  0x1A  ', 16)", '=>', type(e).__name__, e)
try:
    print("int('1e3') if False else 0", '=>', repr(int('1e3') if False else 0))
except Exception as e:
    print("int('1e3') if False else 0", '=>', type(e).__name__, e)
try:
    print("float('  -inf  ')", '=>', repr(float('  -inf  ')))
except Exception as e:
    print("float('  -inf  ')", '=>', type(e).__name__, e)
try:
    print("bool('False')", '=>', repr(bool('False')))
except Exception as e:
    print("bool('False')", '=>', type(e).__name__, e)
