# results of many str method calls with keyword, None and edge arguments, and str formatting of numbers
try:
    print("'a b c'.split(sep=None, maxsplit=1)", '=>', repr('a b c'.split(sep=None, maxsplit=1)))
except Exception as e:
    print("'a b c'.split(sep=None, maxsplit=1)", '=>', type(e).__name__, e)
try:
    print("'a b c'.rsplit(maxsplit=1)", '=>', repr('a b c'.rsplit(maxsplit=1)))
except Exception as e:
    print("'a b c'.rsplit(maxsplit=1)", '=>', type(e).__name__, e)
try:
    print("'abc'.find('b', None)", '=>', repr('abc'.find('b', None)))
except Exception as e:
    print("'abc'.find('b', None)", '=>', type(e).__name__, e)
try:
    print("'abc'.find('b', 1, None)", '=>', repr('abc'.find('b', 1, None)))
except Exception as e:
    print("'abc'.find('b', 1, None)", '=>', type(e).__name__, e)
try:
    print("'abc'.count('', None, None)", '=>', repr('abc'.count('', None, None)))
except Exception as e:
    print("'abc'.count('', None, None)", '=>', type(e).__name__, e)
try:
    print("'abc'.startswith('b', 1, None)", '=>', repr('abc'.startswith('b', 1, None)))
except Exception as e:
    print("'abc'.startswith('b', 1, None)", '=>', type(e).__name__, e)
try:
    print("'abc'.expandtabs(tabsize=2)", '=>', repr('abc'.expandtabs(tabsize=2)))
except Exception as e:
    print("'abc'.expandtabs(tabsize=2)", '=>', type(e).__name__, e)
try:
    print("'abc'.splitlines(keepends=True)", '=>', repr('abc'.splitlines(keepends=True)))
except Exception as e:
    print("'abc'.splitlines(keepends=True)", '=>', type(e).__name__, e)
try:
    print("'abc'.encode(errors='ignore')", '=>', repr('abc'.encode(errors='ignore')))
except Exception as e:
    print("'abc'.encode(errors='ignore')", '=>', type(e).__name__, e)
try:
    print("'abc'.center(7, '|')", '=>', repr('abc'.center(7, '|')))
except Exception as e:
    print("'abc'.center(7, '|')", '=>', type(e).__name__, e)
try:
    print("'abc'.replace('b', 'x', -1)", '=>', repr('abc'.replace('b', 'x', -1)))
except Exception as e:
    print("'abc'.replace('b', 'x', -1)", '=>', type(e).__name__, e)
try:
    print("'a'.join(x for x in 'bcd')", '=>', repr('a'.join(x for x in 'bcd')))
except Exception as e:
    print("'a'.join(x for x in 'bcd')", '=>', type(e).__name__, e)
try:
    print("'%s' % [1]", '=>', repr('%s' % [1]))
except Exception as e:
    print("'%s' % [1]", '=>', type(e).__name__, e)
try:
    print("'%s and %s' % ([1], (2,))", '=>', repr('%s and %s' % ([1], (2,))))
except Exception as e:
    print("'%s and %s' % ([1], (2,))", '=>', type(e).__name__, e)
try:
    print("'%(x)s' % {'x': 1}", '=>', repr('%(x)s' % {'x': 1}))
except Exception as e:
    print("'%(x)s' % {'x': 1}", '=>', type(e).__name__, e)
try:
    print("'%5.2s|' % 'abc'", '=>', repr('%5.2s|' % 'abc'))
except Exception as e:
    print("'%5.2s|' % 'abc'", '=>', type(e).__name__, e)
try:
    print("'%c' % 97", '=>', repr('%c' % 97))
except Exception as e:
    print("'%c' % 97", '=>', type(e).__name__, e)
try:
    print("'%c' % 'z'", '=>', repr('%c' % 'z'))
except Exception as e:
    print("'%c' % 'z'", '=>', type(e).__name__, e)
try:
    print("'%i' % 3.7", '=>', repr('%i' % 3.7))
except Exception as e:
    print("'%i' % 3.7", '=>', type(e).__name__, e)
try:
    print("'%e' % 12345.6789", '=>', repr('%e' % 12345.6789))
except Exception as e:
    print("'%e' % 12345.6789", '=>', type(e).__name__, e)
try:
    print("'%g' % 0.00001234", '=>', repr('%g' % 0.00001234))
except Exception as e:
    print("'%g' % 0.00001234", '=>', type(e).__name__, e)
try:
    print("'%10.4f' % -3.14159", '=>', repr('%10.4f' % -3.14159))
except Exception as e:
    print("'%10.4f' % -3.14159", '=>', type(e).__name__, e)
try:
    print("'%+d' % 0", '=>', repr('%+d' % 0))
except Exception as e:
    print("'%+d' % 0", '=>', type(e).__name__, e)
try:
    print("'% d' % -5", '=>', repr('% d' % -5))
except Exception as e:
    print("'% d' % -5", '=>', type(e).__name__, e)
try:
    print("'%#o %#x %#X' % (8, 255, 255)", '=>', repr('%#o %#x %#X' % (8, 255, 255)))
except Exception as e:
    print("'%#o %#x %#X' % (8, 255, 255)", '=>', type(e).__name__, e)
try:
    print("'%%'", '=>', repr('%%'))
except Exception as e:
    print("'%%'", '=>', type(e).__name__, e)
try:
    print("'%s %%' % 1", '=>', repr('%s %%' % 1))
except Exception as e:
    print("'%s %%' % 1", '=>', type(e).__name__, e)
try:
    print("'{!s:>5}'.format(1.5)", '=>', repr('{!s:>5}'.format(1.5)))
except Exception as e:
    print("'{!s:>5}'.format(1.5)", '=>', type(e).__name__, e)
try:
    print("'{:08.3f}'.format(-1.5)", '=>', repr('{:08.3f}'.format(-1.5)))
except Exception as e:
    print("'{:08.3f}'.format(-1.5)", '=>', type(e).__name__, e)
try:
    print("'{:,}'.format(-1234567.891)", '=>', repr('{:,}'.format(-1234567.891)))
except Exception as e:
    print("'{:,}'.format(-1234567.891)", '=>', type(e).__name__, e)
try:
    print("'{:_b}'.format(255)", '=>', repr('{:_b}'.format(255)))
except Exception as e:
    print("'{:_b}'.format(255)", '=>', type(e).__name__, e)
try:
    print("'{:e}'.format(0)", '=>', repr('{:e}'.format(0)))
except Exception as e:
    print("'{:e}'.format(0)", '=>', type(e).__name__, e)
try:
    print("'{:.0%}'.format(0.125)", '=>', repr('{:.0%}'.format(0.125)))
except Exception as e:
    print("'{:.0%}'.format(0.125)", '=>', type(e).__name__, e)
try:
    print("'{:g}'.format(1e-5)", '=>', repr('{:g}'.format(1e-5)))
except Exception as e:
    print("'{:g}'.format(1e-5)", '=>', type(e).__name__, e)
try:
    print("'{:G}'.format(1e20)", '=>', repr('{:G}'.format(1e20)))
except Exception as e:
    print("'{:G}'.format(1e20)", '=>', type(e).__name__, e)
try:
    print("'{:n}'.format(1234)", '=>', repr('{:n}'.format(1234)))
except Exception as e:
    print("'{:n}'.format(1234)", '=>', type(e).__name__, e)
try:
    print("'{:c}'.format(65)", '=>', repr('{:c}'.format(65)))
except Exception as e:
    print("'{:c}'.format(65)", '=>', type(e).__name__, e)
try:
    print("'{0.real}'.format(3j)", '=>', repr('{0.real}'.format(3j)))
except Exception as e:
    print("'{0.real}'.format(3j)", '=>', type(e).__name__, e)
try:
    print("'{0[0]}'.format('xy')", '=>', repr('{0[0]}'.format('xy')))
except Exception as e:
    print("'{0[0]}'.format('xy')", '=>', type(e).__name__, e)
try:
    print("'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", '=>', repr('{:{w}.{p}f}'.format(3.14159, w=8, p=2)))
except Exception as e:
    print("'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", '=>', type(e).__name__, e)
try:
    print("'{:%}'.format(1)", '=>', repr('{:%}'.format(1)))
except Exception as e:
    print("'{:%}'.format(1)", '=>', type(e).__name__, e)
try:
    print("format(1234.5, ',')", '=>', repr(format(1234.5, ',')))
except Exception as e:
    print("format(1234.5, ',')", '=>', type(e).__name__, e)
try:
    print("format(-1e-7, '')", '=>', repr(format(-1e-7, '')))
except Exception as e:
    print("format(-1e-7, '')", '=>', type(e).__name__, e)
try:
    print("format(123, '=+8')", '=>', repr(format(123, '=+8')))
except Exception as e:
    print("format(123, '=+8')", '=>', type(e).__name__, e)
try:
    print("format(3.0, 'n')", '=>', repr(format(3.0, 'n')))
except Exception as e:
    print("format(3.0, 'n')", '=>', type(e).__name__, e)
try:
    print("format(0.0, '.0e')", '=>', repr(format(0.0, '.0e')))
except Exception as e:
    print("format(0.0, '.0e')", '=>', type(e).__name__, e)
try:
    print("format(1e16, 'g')", '=>', repr(format(1e16, 'g')))
except Exception as e:
    print("format(1e16, 'g')", '=>', type(e).__name__, e)
try:
    print("format(12345678, '_')", '=>', repr(format(12345678, '_')))
except Exception as e:
    print("format(12345678, '_')", '=>', type(e).__name__, e)
try:
    print('str(0.1 + 0.2)', '=>', repr(str(0.1 + 0.2)))
except Exception as e:
    print('str(0.1 + 0.2)', '=>', type(e).__name__, e)
try:
    print('str(-1e-10)', '=>', repr(str(-1e-10)))
except Exception as e:
    print('str(-1e-10)', '=>', type(e).__name__, e)
try:
    print("'x'.zfill(3.0) if False else 'skip'", '=>', repr('x'.zfill(3.0) if False else 'skip'))
except Exception as e:
    print("'x'.zfill(3.0) if False else 'skip'", '=>', type(e).__name__, e)
try:
    print("'abc'.index('c', 1, 2) if False else 'skip'", '=>', repr('abc'.index('c', 1, 2) if False else 'skip'))
except Exception as e:
    print("'abc'.index('c', 1, 2) if False else 'skip'", '=>', type(e).__name__, e)
try:
    print("'ab\\u0300c'.isalpha()", '=>', repr('ab\u0300c'.isalpha()))
except Exception as e:
    print("'ab\\u0300c'.isalpha()", '=>', type(e).__name__, e)
try:
    print("'ǅ'.istitle()", '=>', repr('ǅ'.istitle()))
except Exception as e:
    print("'ǅ'.istitle()", '=>', type(e).__name__, e)
try:
    print("'Ǆ'.istitle()", '=>', repr('Ǆ'.istitle()))
except Exception as e:
    print("'Ǆ'.istitle()", '=>', type(e).__name__, e)
try:
    print("'A1'.istitle()", '=>', repr('A1'.istitle()))
except Exception as e:
    print("'A1'.istitle()", '=>', type(e).__name__, e)
try:
    print("'1A'.istitle()", '=>', repr('1A'.istitle()))
except Exception as e:
    print("'1A'.istitle()", '=>', type(e).__name__, e)
try:
    print("'Aa Bb'.istitle()", '=>', repr('Aa Bb'.istitle()))
except Exception as e:
    print("'Aa Bb'.istitle()", '=>', type(e).__name__, e)
try:
    print("'AA'.istitle()", '=>', repr('AA'.istitle()))
except Exception as e:
    print("'AA'.istitle()", '=>', type(e).__name__, e)
try:
    print("'⅓'.isnumeric(), '⅓'.isdigit(), '⅓'.isdecimal()", '=>', repr('⅓'.isnumeric(), '⅓'.isdigit(), '⅓'.isdecimal()))
except Exception as e:
    print("'⅓'.isnumeric(), '⅓'.isdigit(), '⅓'.isdecimal()", '=>', type(e).__name__, e)
try:
    print("'০১'.isdecimal()", '=>', repr('০১'.isdecimal()))
except Exception as e:
    print("'০১'.isdecimal()", '=>', type(e).__name__, e)
try:
    print("int('০১')", '=>', repr(int('০১')))
except Exception as e:
    print("int('০১')", '=>', type(e).__name__, e)
try:
    print("float('০.৫')", '=>', repr(float('০.৫')))
except Exception as e:
    print("float('০.৫')", '=>', type(e).__name__, e)
try:
    print("'\\t'.isprintable(), ' '.isprintable(), '\\xa0'.isprintable()", '=>', repr('\t'.isprintable(), ' '.isprintable(), '\xa0'.isprintable()))
except Exception as e:
    print("'\\t'.isprintable(), ' '.isprintable(), '\\xa0'.isprintable()", '=>', type(e).__name__, e)
try:
    print("'\\u180e'.isspace()", '=>', repr('\u180e'.isspace()))
except Exception as e:
    print("'\\u180e'.isspace()", '=>', type(e).__name__, e)
try:
    print("'\\u200b'.isspace()", '=>', repr('\u200b'.isspace()))
except Exception as e:
    print("'\\u200b'.isspace()", '=>', type(e).__name__, e)
try:
    print("'\\u3000'.split()", '=>', repr('\u3000'.split()))
except Exception as e:
    print("'\\u3000'.split()", '=>', type(e).__name__, e)
try:
    print("'a\\u2028b'.splitlines()", '=>', repr('a\u2028b'.splitlines()))
except Exception as e:
    print("'a\\u2028b'.splitlines()", '=>', type(e).__name__, e)
try:
    print("'a\\x1cb'.split()", '=>', repr('a\x1cb'.split()))
except Exception as e:
    print("'a\\x1cb'.split()", '=>', type(e).__name__, e)
