# Lone surrogates in str: made by literals and chr, seen by len/ord/repr/indexing/slicing,
# concatenation, equality, hashing, ordering and the str methods.
lo, hi, esc = '\udc80', '\ud800', chr(0xDCFF)
print(len(lo), ord(lo), hex(ord(hi)), hex(ord(esc)))
print(repr(lo), repr(hi + lo), ascii('x\udfffy'), str(lo) == lo)
s = 'ab\ud800c\udfff' + lo + '\U0001F600'
print(len(s), [hex(ord(c)) for c in s])
print(repr(s[2]), repr(s[2:5]), repr(s[::-1]), repr(s[-2]))
print(list(map(ord, iter('\ud801\udc37'))))  # a surrogate pair in a str stays two code points
print(chr(0xD800) == hi, chr(0xD800) is not None, lo != '\udc81', lo != '\ufffd')
print(hash(chr(0xDC80)) == hash(lo), len({lo, chr(0xDC80), '\udc81', '\ufffd'}))
d = {lo: 'low', hi: 'high'}
print(d[chr(0xDC80)], d['\ud800'], lo in d, '\udc81' in d)
# Ordering is by code point: surrogates sort between U+D7FF and U+E000.
print(hi < '\ue000', hi > '\ud7ff', lo > hi, '\uffff' > lo, '\U00010000' > lo)
print(sorted(['\U00010000', '\ue000', lo, 'z', hi, '\ud7ff']) == ['z', '\ud7ff', hi, lo, '\ue000', '\U00010000'])
print(max('a\udc80', 'a\uffff') == 'a\uffff', min(['\udfff', '\U0010ffff']) == '\udfff')
# str methods treat a surrogate as one ordinary code point.
t = 'x\udc80y\udc80z'
print(t.count(lo), t.find(lo), t.rfind(lo), t.index(lo), repr(t.split(lo)), repr(t.replace(lo, '-')))
print(repr(lo.join(['a', 'b'])), repr(t.partition(lo)), t.startswith('x\udc80'), t.endswith(lo + 'z'))
print(repr(lo.upper()), repr(lo.lower()), lo.isprintable(), lo.isalpha(), lo.isspace(), lo.isidentifier())
print(repr(lo * 3), repr(f'[{lo}]'), repr('%s|%r' % (lo, lo)), repr('{}'.format(hi)), repr(format(lo, '>3')))
print(repr(lo.center(5, '*')), repr(('a' + lo).zfill(4)), repr(lo.strip()), repr(list(lo)))
print(repr(str.maketrans({0xDC80: 'X'})), repr(t.translate({0xDC80: 'X'})), repr('\udc80b'.casefold()))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
