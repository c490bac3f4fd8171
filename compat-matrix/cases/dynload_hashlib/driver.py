# Driver for CPython's own lib-dynload module _hashlib, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _hashlib
print('from lib-dynload ->', _hashlib.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('openssl names', lambda: sorted(n for n in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b'] if n in _hashlib.openssl_md_meth_names))
h = _hashlib.openssl_sha256(b'abc')
check('type', lambda: (type(h).__name__, type(h).__module__))
check('name sizes', lambda: (h.name, h.digest_size, h.block_size))
check('hexdigest', lambda: h.hexdigest())
c = h.copy()
h.update(b'def')
check('copy', lambda: (c.hexdigest()[:16], h.hexdigest()[:16]))
check('digest', lambda: _hashlib.openssl_md5(b'').digest())
check('new', lambda: _hashlib.new('sha1', b'abc').hexdigest())
check('new usedforsecurity', lambda: _hashlib.new('sha512', b'x', usedforsecurity=False).hexdigest()[:20])
check('new unknown', lambda: _hashlib.new('no-such-hash'))
check('new bad data', lambda: _hashlib.new('sha1', 'str'))
check('update bad', lambda: h.update(5))
check('sha3', lambda: _hashlib.openssl_sha3_256(b'abc').hexdigest())
sh = _hashlib.openssl_shake_128(b'abc')
check('shake', lambda: (type(sh).__name__, sh.hexdigest(10)))
check('shake no length', lambda: sh.hexdigest())
check('hmac_digest', lambda: _hashlib.hmac_digest(b'key', b'msg', 'sha256'))
hm = _hashlib.hmac_new(b'key', b'part1', 'sha1')
hm.update(b'part2')
check('hmac type', lambda: (type(hm).__name__, hm.name, hm.digest_size, hm.block_size))
check('hmac hexdigest', lambda: hm.hexdigest())
check('hmac copy', lambda: hm.copy().hexdigest() == hm.hexdigest())
check('hmac bad digest', lambda: _hashlib.hmac_new(b'k', b'm', 'nope'))
check('hmac no digestmod', lambda: _hashlib.hmac_new(b'k', b'm'))
check('hmac str key', lambda: _hashlib.hmac_new('k', b'm', 'sha1'))
check('pbkdf2', lambda: _hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000, 16))
check('pbkdf2 default len', lambda: len(_hashlib.pbkdf2_hmac('sha1', b'p', b's', 1)))
check('pbkdf2 bad iter', lambda: _hashlib.pbkdf2_hmac('sha1', b'p', b's', 0))
check('pbkdf2 bad len', lambda: _hashlib.pbkdf2_hmac('sha1', b'p', b's', 1, 0))
check('scrypt', lambda: _hashlib.scrypt(b'password', salt=b'NaCl', n=16, r=1, p=1, dklen=16))
check('scrypt bad n', lambda: _hashlib.scrypt(b'p', salt=b's', n=3, r=1, p=1))
check('compare_digest', lambda: (_hashlib.compare_digest(b'abc', b'abc'), _hashlib.compare_digest('a', 'b')))
check('compare_digest mixed', lambda: _hashlib.compare_digest('a', b'a'))
check('compare_digest non-ascii', lambda: _hashlib.compare_digest('\xe9', '\xe9'))
check('get_fips_mode', lambda: _hashlib.get_fips_mode())
check('UnsupportedDigestmodError', lambda: [c.__name__ for c in _hashlib.UnsupportedDigestmodError.__mro__])
check('big', lambda: _hashlib.openssl_sha1(b'z' * 3000000).hexdigest())
check('subclass', lambda: type('S', (type(h),), {}))
check('direct', lambda: type(h)())
