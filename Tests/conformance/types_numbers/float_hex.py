# float.hex and float.fromhex
vals = [0.0, -0.0, 1.0, 1.5, -0.1, 3.14, 1e-310, 5e-324, 1.7976931348623157e308, 2.0**-1022, 1024.0, 0.1,
        float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), v.hex())
for s in ['0x1.8p+0', '0x1p-1', '-0x1.999999999999ap-4', '0X1.P1', '0x.8p1', '0x10', '1.8p0', '  0x1p3  ',
          'inf', '-Infinity', 'nan', '0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022', '0x1p-1074',
          '0x1p-1075', '0x1.0000000000001p-1074', '0x3p-1076', '0xABCp-4', '0x1.0000000000000fp0', '+0x0p0']:
    print(s, float.fromhex(s))
for bad in ['', '0x', '0x1p', 'x1', '0x1.8p+0z', '0x1p99999', '0x1p1024', '1e5g']:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [1.5, 0.1, 123.456, 1e-300]:
    assert float.fromhex(v.hex()) == v
print(float.fromhex(b'0x1p1'.decode()))
class F(float):
    pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
