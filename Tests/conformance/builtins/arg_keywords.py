# Builtins called with keyword arguments: which parameters accept keywords, and CPython's messages.
cases = ["max(iterable=[1])", "min(a=1)", "sum(iterable=[1])", "sum([1], start=2)", "print(value=1)", "getattr(o=1)",
         "isinstance(obj=1)", "format(value=1)", "input(prompt='x')", "iter(object=[])", "vars(object=1)",
         "dir(object=1)", "exec(source='1')", "eval(source='1')", "exec('y = 1', globals={})", "eval('1', globals={})",
         "eval('a', locals={'a': 3})", "exec('1', closure=None)", "hash(obj=1)", "id(obj=1)", "len(obj=[])",
         "abs(x=1)", "chr(i=65)", "ord(c='a')", "hex(number=1)", "callable(obj=1)", "any(iterable=[])",
         "ascii(obj=1)", "setattr(obj=1)", "hasattr(obj=1, name='x')", "delattr(obj=1)", "issubclass(cls=int)",
         "sorted([], key=None, reverse=False)", "round(1.25, ndigits=1)", "enumerate(iterable='ab', start=5).__next__()",
         "__import__(name='sys').__name__", "__import__('sys', globals=None, locals=None, fromlist=(), level=0).__name__",
         "globals(x=1)", "locals(x=1)", "breakpoint.__name__", "open(file='/dev/null', mode='r').read()",
         "compile(source='1', filename='f', mode='eval', flags=0, dont_inherit=False, optimize=-1).co_filename",
         "map(func=len)", "filter(function=None, iterable=[])", "reversed(sequence=[])"]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:60])
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
