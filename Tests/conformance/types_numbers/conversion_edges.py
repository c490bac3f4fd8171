# int<->float conversions, rounding at the edges, big-int/str limits and word-boundary arithmetic
try:
    print('float(2**64 - 1)', '=>', repr(float(2**64 - 1)))
except Exception as e:
    print('float(2**64 - 1)', '=>', type(e).__name__, e)
try:
    print('float(2**53 + 1)', '=>', repr(float(2**53 + 1)))
except Exception as e:
    print('float(2**53 + 1)', '=>', type(e).__name__, e)
try:
    print('float(2**53 + 3)', '=>', repr(float(2**53 + 3)))
except Exception as e:
    print('float(2**53 + 3)', '=>', type(e).__name__, e)
try:
    print('float((2**53 + 1) * 2**100)', '=>', repr(float((2**53 + 1) * 2**100)))
except Exception as e:
    print('float((2**53 + 1) * 2**100)', '=>', type(e).__name__, e)
try:
    print('float((2**54 - 1) * 2**900)', '=>', repr(float((2**54 - 1) * 2**900)))
except Exception as e:
    print('float((2**54 - 1) * 2**900)', '=>', type(e).__name__, e)
try:
    print('float(2**1024 - 2**970)', '=>', repr(float(2**1024 - 2**970)))
except Exception as e:
    print('float(2**1024 - 2**970)', '=>', type(e).__name__, e)
try:
    print('float(2**1024 - 2**969)', '=>', repr(float(2**1024 - 2**969)))
except Exception as e:
    print('float(2**1024 - 2**969)', '=>', type(e).__name__, e)
try:
    print('float(10**22 + 1)', '=>', repr(float(10**22 + 1)))
except Exception as e:
    print('float(10**22 + 1)', '=>', type(e).__name__, e)
try:
    print('float(-(2**63) - 1)', '=>', repr(float(-(2**63) - 1)))
except Exception as e:
    print('float(-(2**63) - 1)', '=>', type(e).__name__, e)
try:
    print('int(float(2**63))', '=>', repr(int(float(2**63))))
except Exception as e:
    print('int(float(2**63))', '=>', type(e).__name__, e)
try:
    print('(2**53 + 1) / 1', '=>', repr((2**53 + 1) / 1))
except Exception as e:
    print('(2**53 + 1) / 1', '=>', type(e).__name__, e)
try:
    print('(2**64 + 1) * 1.0', '=>', repr((2**64 + 1) * 1.0))
except Exception as e:
    print('(2**64 + 1) * 1.0', '=>', type(e).__name__, e)
try:
    print('2**1023 * 2.0', '=>', repr(2**1023 * 2.0))
except Exception as e:
    print('2**1023 * 2.0', '=>', type(e).__name__, e)
try:
    print('float(12345678901234567890123)', '=>', repr(float(12345678901234567890123)))
except Exception as e:
    print('float(12345678901234567890123)', '=>', type(e).__name__, e)
try:
    print('1e16 + 2', '=>', repr(1e16 + 2))
except Exception as e:
    print('1e16 + 2', '=>', type(e).__name__, e)
try:
    print('9007199254740993.0', '=>', repr(9007199254740993.0))
except Exception as e:
    print('9007199254740993.0', '=>', type(e).__name__, e)
try:
    print("float('9007199254740993')", '=>', repr(float('9007199254740993')))
except Exception as e:
    print("float('9007199254740993')", '=>', type(e).__name__, e)
try:
    print("float('0.1e-310')", '=>', repr(float('0.1e-310')))
except Exception as e:
    print("float('0.1e-310')", '=>', type(e).__name__, e)
try:
    print("float('2.4703282292062327e-324')", '=>', repr(float('2.4703282292062327e-324')))
except Exception as e:
    print("float('2.4703282292062327e-324')", '=>', type(e).__name__, e)
try:
    print("float('2.4703282292062328e-324')", '=>', repr(float('2.4703282292062328e-324')))
except Exception as e:
    print("float('2.4703282292062328e-324')", '=>', type(e).__name__, e)
try:
    print("float('1.7976931348623158e308')", '=>', repr(float('1.7976931348623158e308')))
except Exception as e:
    print("float('1.7976931348623158e308')", '=>', type(e).__name__, e)
try:
    print("float('1.7976931348623159e308')", '=>', repr(float('1.7976931348623159e308')))
except Exception as e:
    print("float('1.7976931348623159e308')", '=>', type(e).__name__, e)
try:
    print('5e-324 / 2', '=>', repr(5e-324 / 2))
except Exception as e:
    print('5e-324 / 2', '=>', type(e).__name__, e)
try:
    print('(0.1).__round__(20)', '=>', repr((0.1).__round__(20)))
except Exception as e:
    print('(0.1).__round__(20)', '=>', type(e).__name__, e)
try:
    print('round(2.5e-8, 9)', '=>', repr(round(2.5e-8, 9)))
except Exception as e:
    print('round(2.5e-8, 9)', '=>', type(e).__name__, e)
try:
    print('round(123.455, 2)', '=>', repr(round(123.455, 2)))
except Exception as e:
    print('round(123.455, 2)', '=>', type(e).__name__, e)
try:
    print('round(-1e-300, 300)', '=>', repr(round(-1e-300, 300)))
except Exception as e:
    print('round(-1e-300, 300)', '=>', type(e).__name__, e)
try:
    print("format(2**64, 'e')", '=>', repr(format(2**64, 'e')))
except Exception as e:
    print("format(2**64, 'e')", '=>', type(e).__name__, e)
try:
    print("format(10**25, '.3g')", '=>', repr(format(10**25, '.3g')))
except Exception as e:
    print("format(10**25, '.3g')", '=>', type(e).__name__, e)
try:
    print("format(2**80, ',.2f')", '=>', repr(format(2**80, ',.2f')))
except Exception as e:
    print("format(2**80, ',.2f')", '=>', type(e).__name__, e)
try:
    print("int('9' * 4300) % 7", '=>', repr(int('9' * 4300) % 7))
except Exception as e:
    print("int('9' * 4300) % 7", '=>', type(e).__name__, e)
try:
    print('str(-(10**4299))[:5]', '=>', repr(str(-(10**4299))[:5]))
except Exception as e:
    print('str(-(10**4299))[:5]', '=>', type(e).__name__, e)
try:
    print('(10**4300) // 10**4299', '=>', repr((10**4300) // 10**4299))
except Exception as e:
    print('(10**4300) // 10**4299', '=>', type(e).__name__, e)
try:
    print('len(repr(2**14000))', '=>', repr(len(repr(2**14000))))
except Exception as e:
    print('len(repr(2**14000))', '=>', type(e).__name__, e)
try:
    print('hex(2**14300)[:6]', '=>', repr(hex(2**14300)[:6]))
except Exception as e:
    print('hex(2**14300)[:6]', '=>', type(e).__name__, e)
try:
    print('(1 << 64).bit_length()', '=>', repr((1 << 64).bit_length()))
except Exception as e:
    print('(1 << 64).bit_length()', '=>', type(e).__name__, e)
try:
    print("(2**100).to_bytes(13, 'big').hex()", '=>', repr((2**100).to_bytes(13, 'big').hex()))
except Exception as e:
    print("(2**100).to_bytes(13, 'big').hex()", '=>', type(e).__name__, e)
try:
    print("int.from_bytes(b'\\x80' + b'\\x00' * 15, 'big', signed=True)", '=>', repr(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True)))
except Exception as e:
    print("int.from_bytes(b'\\x80' + b'\\x00' * 15, 'big', signed=True)", '=>', type(e).__name__, e)
try:
    print("(-2**127).to_bytes(16, 'big', signed=True).hex()", '=>', repr((-2**127).to_bytes(16, 'big', signed=True).hex()))
except Exception as e:
    print("(-2**127).to_bytes(16, 'big', signed=True).hex()", '=>', type(e).__name__, e)
try:
    print('(5).conjugate(), (5.5).conjugate()', '=>', repr((5).conjugate(), (5.5).conjugate()))
except Exception as e:
    print('(5).conjugate(), (5.5).conjugate()', '=>', type(e).__name__, e)
try:
    print('abs(complex(3, -4))', '=>', repr(abs(complex(3, -4))))
except Exception as e:
    print('abs(complex(3, -4))', '=>', type(e).__name__, e)
try:
    print('(3 + 4j) ** 0.5', '=>', repr((3 + 4j) ** 0.5))
except Exception as e:
    print('(3 + 4j) ** 0.5', '=>', type(e).__name__, e)
try:
    print('(-1) ** (1/3)', '=>', repr((-1) ** (1/3)))
except Exception as e:
    print('(-1) ** (1/3)', '=>', type(e).__name__, e)
try:
    print('pow(0, 0), pow(0.0, 0), pow(0j, 0)', '=>', repr(pow(0, 0), pow(0.0, 0), pow(0j, 0)))
except Exception as e:
    print('pow(0, 0), pow(0.0, 0), pow(0j, 0)', '=>', type(e).__name__, e)
try:
    print('8 ** (1/3)', '=>', repr(8 ** (1/3)))
except Exception as e:
    print('8 ** (1/3)', '=>', type(e).__name__, e)
try:
    print('(-8) ** 2', '=>', repr((-8) ** 2))
except Exception as e:
    print('(-8) ** 2', '=>', type(e).__name__, e)
try:
    print('2 ** 62 * 2 ** 62', '=>', repr(2 ** 62 * 2 ** 62))
except Exception as e:
    print('2 ** 62 * 2 ** 62', '=>', type(e).__name__, e)
try:
    print('(2**62 - 1) * 2 + 1', '=>', repr((2**62 - 1) * 2 + 1))
except Exception as e:
    print('(2**62 - 1) * 2 + 1', '=>', type(e).__name__, e)
try:
    print('-(2**63) // -1', '=>', repr(-(2**63) // -1))
except Exception as e:
    print('-(2**63) // -1', '=>', type(e).__name__, e)
try:
    print('-(2**63) % -1', '=>', repr(-(2**63) % -1))
except Exception as e:
    print('-(2**63) % -1', '=>', type(e).__name__, e)
try:
    print('-(2**63) * -1', '=>', repr(-(2**63) * -1))
except Exception as e:
    print('-(2**63) * -1', '=>', type(e).__name__, e)
try:
    print('abs(-(2**63))', '=>', repr(abs(-(2**63))))
except Exception as e:
    print('abs(-(2**63))', '=>', type(e).__name__, e)
try:
    print('(2**63) - 1 + 1', '=>', repr((2**63) - 1 + 1))
except Exception as e:
    print('(2**63) - 1 + 1', '=>', type(e).__name__, e)
