# Driver for CPython's own lib-dynload module _sha1, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _sha1
print('from lib-dynload ->', _sha1.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))


def exercise(name, ctor, shake=False):
    def digest(h):
        if shake:
            return h.hexdigest(20)
        return h.hexdigest()
    h = ctor()
    check(name + ' type', lambda: type(h).__name__)
    check(name + ' name', lambda: h.name)
    check(name + ' sizes', lambda: (h.digest_size, h.block_size))
    check(name + ' empty', lambda: digest(h))
    h.update(b'abc')
    check(name + ' abc', lambda: digest(h))
    c = h.copy()
    h.update(b'def')
    check(name + ' copy independent', lambda: (digest(c), digest(h)))
    check(name + ' ctor data', lambda: digest(ctor(b'abcdef')) == digest(h))
    check(name + ' ctor kw', lambda: digest(ctor(string=b'abcdef')) == digest(h))
    check(name + ' usedforsecurity', lambda: digest(ctor(b'x', usedforsecurity=False)))
    if shake:
        check(name + ' digest bytes', lambda: h.digest(8))
        check(name + ' digest no length', lambda: h.digest())
        check(name + ' digest negative', lambda: h.hexdigest(-1))
    else:
        check(name + ' digest bytes', lambda: h.digest())
    check(name + ' memoryview', lambda: digest(ctor(memoryview(b'abcdef'))) == digest(h))
    check(name + ' bytearray', lambda: digest(ctor(bytearray(b'abcdef'))) == digest(h))
    check(name + ' str', lambda: ctor('abc'))
    check(name + ' update str', lambda: h.update('abc'))
    check(name + ' update int', lambda: h.update(5))
    check(name + ' update arity', lambda: h.update())
    big = ctor()
    for i in range(300):
        big.update(bytes([i % 256]) * 1000)
    check(name + ' big', lambda: digest(big))
    check(name + ' huge one shot', lambda: digest(ctor(b'q' * 5000000)))
    try:
        class Sub(type(h)):
            pass
        print(name, 'subclass -> allowed')
    except TypeError as e:
        print(name, 'subclass -> TypeError:', str(e))
    check(name + ' new type directly', lambda: type(type(h)()).__name__)
exercise('sha1', _sha1.sha1)
