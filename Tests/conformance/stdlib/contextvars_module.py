# contextvars (PEP 567): ContextVar get/set/reset, Token, Context as a mapping, Context.run,
# copy_context isolation, and the error messages of misuse.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def check(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def strip_address(text):
    # Object addresses differ between runs; keep the text before ' at 0x'.
    out = []
    for part in str(text).split(' at 0x'):
        out.append(part if not out else part[part.find('>'):])
    return ''.join(out)


def checkr(label, fn):
    try:
        print(label, '->', strip_address(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', strip_address(e))


v = ContextVar('v')
w = ContextVar('w', default=10)
print('names', v.name, w.name)
checkr('get no default', lambda: v.get())
check('get fallback', lambda: v.get('fb'))
check('get var default', lambda: w.get())
check('get fallback wins', lambda: w.get(99))

t1 = v.set(1)
print('after set', v.get(), type(t1).__name__, t1.var is v, t1.old_value is Token.MISSING)
t2 = v.set(2)
print('second set', v.get(), t2.old_value)
v.reset(t2)
print('reset second', v.get())
checkr('reset twice', lambda: v.reset(t2))
v.reset(t1)
checkr('reset first', lambda: v.get())
check('MISSING repr', lambda: repr(Token.MISSING))

t3 = w.set(11)
checkr('reset by other var', lambda: v.reset(t3))
check('reset non-token', lambda: v.reset(5))
w.reset(t3)

# Context as a read-only mapping
v.set('x')
ctx = copy_context()
print('len', len(ctx), 'contains', v in ctx, w in ctx)
print('getitem', ctx[v], 'get', ctx.get(w), ctx.get(w, 'dflt'))
checkr('getitem missing', lambda: ctx[w])
check('key type', lambda: ctx['v'])
check('contains non-var', lambda: 3 in ctx)
print('keys', [k.name for k in ctx.keys()], 'values', list(ctx.values()))
print('items', [(k.name, val) for k, val in ctx.items()])
print('iter', [k.name for k in ctx])
print('unhashable', Context.__hash__ is None)
print('equal copy', ctx == ctx.copy(), ctx == Context())
print('empty context', len(Context()), list(Context()))
check('Context args', lambda: Context(1))


# run isolates changes
def body(a, b=0):
    v.set('inside')
    w.set(a + b)
    return v.get(), w.get()


print('run', ctx.run(body, 1, b=2))
print('outside', v.get(), w.get())
print('ctx now', ctx[v], ctx[w])
checkr('nested run', lambda: ctx.run(lambda: ctx.run(lambda: 1)))
check('run no args', lambda: ctx.run())

# exceptions propagate out of run and the context is left
def fails():
    v.set('failing')
    raise ValueError('boom')


check('run raises', lambda: ctx.run(fails))
print('after raise', v.get(), ctx[v])

# a token from another context
holder = []
ctx2 = copy_context()
ctx2.run(lambda: holder.append(v.set('other')))
checkr('reset other context', lambda: v.reset(holder[0]))

# var identity as key, not name
v_again = ContextVar('v')
print('same name distinct', v_again in copy_context(), v in copy_context())

check('ContextVar no name', lambda: ContextVar())
check('ContextVar bad name', lambda: ContextVar(5))
check('ContextVar extra', lambda: ContextVar('a', 1))
check('Token()', lambda: Token())
check('subclass ContextVar', lambda: type('X', (ContextVar,), {}))
check('subclass Context', lambda: type('X', (Context,), {}))
check('generic alias', lambda: ContextVar[int])
print('modules', ContextVar.__module__, Context.__module__, Token.__module__)
print('contextvars exports', sorted(n for n in contextvars.__all__))
checkr('repr var', lambda: repr(w))
checkr('repr token', lambda: repr(w.set(3)))
