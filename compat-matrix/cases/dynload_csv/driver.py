# Driver for CPython's own lib-dynload module _csv, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _csv
print('from lib-dynload ->', _csv.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return ''.join(self.parts)


def write_rows(rows, **kw):
    sink = Sink()
    w = _csv.writer(sink, **kw)
    for r in rows:
        w.writerow(r)
    return sink.text()


def read(lines, **kw):
    return list(_csv.reader(lines, **kw))


check('constants', lambda: (_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE))
check('version', lambda: _csv.__version__)
check('Error base', lambda: _csv.Error.__mro__[1].__name__)
check('Error module', lambda: _csv.Error.__module__)
check('read simple', lambda: read(['a,b,c\r\n', '1,2,3\r\n']))
check('read quoted', lambda: read(['"a,b","c""d",e\n']))
check('read multiline field', lambda: read(['"line1\n', 'line2",x\n']))
check('read empty line', lambda: read(['\n', 'a\n']))
check('read delimiter', lambda: read(['a;b;c'], delimiter=';'))
check('read quotechar', lambda: read(["'a;b',c"], quotechar="'"))
check('read escapechar', lambda: read(['a\\,b,c'], escapechar='\\'))
check('read skipinitialspace', lambda: read(['a, b,  c'], skipinitialspace=True))
check('read nonnumeric', lambda: read(['1,"x",2.5'], quoting=_csv.QUOTE_NONNUMERIC))
check('read nonnumeric bad', lambda: read(['abc'], quoting=_csv.QUOTE_NONNUMERIC))
check('read quote none', lambda: read(['"a",b'], quoting=_csv.QUOTE_NONE))
check('read strict bad', lambda: read(['"a"b,c'], strict=True))
check('read lax', lambda: read(['"a"b,c']))
check('read eof in quote', lambda: read(['"abc'], strict=True))
check('read nul', lambda: read(['a\x00b']))
check('read not str', lambda: read([b'abc']))
check('read not iterable', lambda: _csv.reader(5))
r = _csv.reader(['x,y\n', 'z\n'])
check('line_num 0', lambda: r.line_num)
check('next', lambda: next(r))
check('line_num 1', lambda: r.line_num)
check('dialect of reader', lambda: r.dialect.delimiter)
check('next 2', lambda: next(r))
check('exhausted', lambda: next(r))
check('write simple', lambda: write_rows([['a', 'b'], [1, 2.5, None]]))
check('write quoting needed', lambda: write_rows([['a,b', 'c"d', 'e\nf', '']]))
check('write quote all', lambda: write_rows([['a', 1]], quoting=_csv.QUOTE_ALL))
check('write nonnumeric', lambda: write_rows([['a', 1, 2.5]], quoting=_csv.QUOTE_NONNUMERIC))
check('write quote none no escape', lambda: write_rows([['a,b']], quoting=_csv.QUOTE_NONE))
check('write quote none escape', lambda: write_rows([['a,b']], quoting=_csv.QUOTE_NONE, escapechar='\\'))
check('write lineterminator', lambda: write_rows([['a'], ['b']], lineterminator='|'))
check('write doublequote off', lambda: write_rows([['x"y']], doublequote=False, escapechar='\\'))
check('write doublequote off no esc', lambda: write_rows([['x"y']], doublequote=False))
check('write empty row', lambda: write_rows([[]]))
check('write single empty field', lambda: write_rows([['']]))
check('write not iterable', lambda: write_rows([5]))
check('writerows', lambda: _csv.writer(Sink()).writerows([['a'], ['b']]))
check('writer no write', lambda: _csv.writer(5))
sink = Sink()
w = _csv.writer(sink)
check('writerow returns', lambda: w.writerow(['q', 'r']))
check('writer dialect', lambda: w.dialect.lineterminator)
check('bad delimiter', lambda: _csv.reader([], delimiter='ab'))
check('bad delimiter type', lambda: _csv.reader([], delimiter=1))
check('bad quoting', lambda: _csv.reader([], quoting=17))
check('quotechar None', lambda: type(_csv.writer(Sink(), quotechar=None)).__name__)
check('bad quotechar', lambda: _csv.writer(Sink(), quotechar=5))
check('bad keyword', lambda: _csv.reader([], spam=1))
check('lineterminator type', lambda: _csv.writer(Sink(), lineterminator=5))

_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
check('list_dialects', lambda: 'semi' in _csv.list_dialects())
d = _csv.get_dialect('semi')
check('dialect type', lambda: type(d).__name__)
check('dialect attrs', lambda: (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, d.escapechar, d.strict))
check('use registered', lambda: write_rows([['a', 'b']], dialect='semi'))
check('override registered', lambda: write_rows([['a', 'b']], dialect='semi', delimiter='|'))
check('dialect readonly', lambda: setattr(d, 'delimiter', ','))
_csv.unregister_dialect('semi')
check('unregistered', lambda: _csv.get_dialect('semi'))
check('unregister missing', lambda: _csv.unregister_dialect('semi'))
check('register bad name', lambda: _csv.register_dialect(5))


class MyDialect:
    delimiter = '\t'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = _csv.QUOTE_MINIMAL


check('class dialect', lambda: write_rows([['a b', 'c\td']], dialect=MyDialect))
_csv.register_dialect('mine', MyDialect)
check('registered class dialect', lambda: read(['x\ty'], dialect='mine'))
_csv.unregister_dialect('mine')


class Sub(_csv.Dialect):
    pass


check('Dialect subclass', lambda: Sub(delimiter=':').delimiter)
check('Dialect direct', lambda: _csv.Dialect(delimiter='-', quoting=_csv.QUOTE_NONE).quoting)
check('field_size_limit', lambda: _csv.field_size_limit())
check('field_size_limit set', lambda: _csv.field_size_limit(10))
check('too large field', lambda: read(['a' * 20]))
check('field_size_limit restore', lambda: _csv.field_size_limit(131072))
check('field_size_limit bad', lambda: _csv.field_size_limit('x'))
big = []
for i in range(200):
    big.append([i, str(i) * 3, 'q"' + str(i)])
text = write_rows(big)
check('round trip', lambda: read(text.splitlines(True)) == [[str(a), b, c] for a, b, c in big])
