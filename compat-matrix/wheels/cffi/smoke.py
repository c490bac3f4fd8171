# Smoke test of the cffi wheel pinned in compat-matrix/wheels.json: drives its compiled extension
# _cffi_backend directly (the API that precompiled cffi modules, e.g. cryptography's bindings,
# use; cffi.FFI().cdef would need pycparser), compared with CPython 3.11's recorded output.

import _cffi_backend as B
print('C extension ->', B.__file__.endswith('.so'))
INT = B.new_primitive_type('int')
CHAR = B.new_primitive_type('char')
SIZE_T = B.new_primitive_type('size_t')
DOUBLE = B.new_primitive_type('double')
ARR = B.new_array_type(B.new_pointer_type(INT), 4)
a = B.newp(ARR, [1, 2, 3, 4])
print('array ->', list(a), len(a), B.sizeof(ARR), B.typeof(a).cname)
s = B.newp(B.new_array_type(B.new_pointer_type(CHAR), None), b'hello')
print('string ->', B.string(s), B.sizeof(s))
print('cast ->', int(B.cast(B.new_primitive_type('long'), -1)), int(B.cast(B.new_primitive_type('unsigned char'), 300)))
libc = B.load_library(None)
c_abs = libc.load_function(B.new_function_type((INT,), INT, False), 'abs')
c_strlen = libc.load_function(B.new_function_type((B.new_pointer_type(CHAR),), SIZE_T, False), 'strlen')
print('calls ->', c_abs(-42), c_strlen(b'swallow'))
cb = B.callback(B.new_function_type((INT, INT), INT, False), lambda x, y: x * y)
print('callback ->', cb(6, 7))
POINT = B.new_struct_type('struct point')
B.complete_struct_or_union(POINT, [('x', INT, -1), ('y', DOUBLE, -1)])
pt = B.newp(B.new_pointer_type(POINT), {'x': 3, 'y': 1.5})
print('struct ->', pt.x, pt.y, B.sizeof(POINT), B.typeoffsetof(POINT, 'y')[1])
print('buffer ->', len(B.buffer(a)), bytes(B.buffer(a)[:4]))
try:
    B.newp(B.new_pointer_type(INT), 'x')
except TypeError as e:
    print('bad init ->', type(e).__name__)
