# Smoke test of the cryptography wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.bindings import _rust
print('C extension ->', _rust.__file__.endswith('.so'))
h = hashes.Hash(hashes.SHA256())
h.update(b'swallow')
print('sha256 ->', h.finalize().hex())
from cryptography.fernet import Fernet
f = Fernet(b'MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=')
print('fernet round trip ->', f.decrypt(f.encrypt(b'secret')))
