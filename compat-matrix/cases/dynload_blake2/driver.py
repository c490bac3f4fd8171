# Driver for CPython's own lib-dynload module _blake2, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _blake2
print('from lib-dynload ->', _blake2.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))


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
exercise('blake2b', _blake2.blake2b)
exercise('blake2s', _blake2.blake2s)
check('constants', lambda: (_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_SALT_SIZE))
check('digest_size', lambda: _blake2.blake2b(b'a', digest_size=16).hexdigest())
check('key', lambda: _blake2.blake2b(b'msg', key=b'secret').hexdigest())
check('salt person', lambda: _blake2.blake2s(b'msg', salt=b'salt', person=b'me').hexdigest())
check('tree params', lambda: _blake2.blake2b(b'x', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
check('bad digest_size', lambda: _blake2.blake2b(digest_size=65))
check('zero digest_size', lambda: _blake2.blake2s(digest_size=0))
check('long key', lambda: _blake2.blake2s(key=b'k' * 33))
check('long salt', lambda: _blake2.blake2b(salt=b's' * 17))
check('long person', lambda: _blake2.blake2s(person=b'p' * 9))
check('bad fanout', lambda: _blake2.blake2b(fanout=256))
check('bad depth', lambda: _blake2.blake2b(depth=0))
check('bad node_offset', lambda: _blake2.blake2s(node_offset=2 ** 48))
check('bad inner_size', lambda: _blake2.blake2b(inner_size=65))
check('unknown kw', lambda: _blake2.blake2b(colour=1))
