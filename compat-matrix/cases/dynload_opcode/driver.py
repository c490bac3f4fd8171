# Driver for CPython's own lib-dynload module _opcode, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _opcode
print('from lib-dynload ->', _opcode.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

# Opcode numbers of CPython 3.11 (the module computes effects from the number).
POP_TOP = 1
NOP = 9
BINARY_OP = 122
LOAD_CONST = 100
BUILD_LIST = 103
CALL = 171
FOR_ITER = 93
JUMP_FORWARD = 110
RETURN_VALUE = 83
MAKE_FUNCTION = 132
UNPACK_SEQUENCE = 92
BUILD_MAP = 105
CACHE = 0
check('POP_TOP', lambda: _opcode.stack_effect(POP_TOP))
check('NOP', lambda: _opcode.stack_effect(NOP))
check('LOAD_CONST', lambda: _opcode.stack_effect(LOAD_CONST, 0))
check('BINARY_OP', lambda: _opcode.stack_effect(BINARY_OP, 0))
check('BUILD_LIST 5', lambda: _opcode.stack_effect(BUILD_LIST, 5))
check('BUILD_MAP 3', lambda: _opcode.stack_effect(BUILD_MAP, 3))
check('CALL 2', lambda: _opcode.stack_effect(CALL, 2))
check('UNPACK_SEQUENCE 4', lambda: _opcode.stack_effect(UNPACK_SEQUENCE, 4))
check('MAKE_FUNCTION 8', lambda: _opcode.stack_effect(MAKE_FUNCTION, 8))
check('RETURN_VALUE', lambda: _opcode.stack_effect(RETURN_VALUE))
check('FOR_ITER jump', lambda: _opcode.stack_effect(FOR_ITER, 3, jump=True))
check('FOR_ITER no jump', lambda: _opcode.stack_effect(FOR_ITER, 3, jump=False))
check('FOR_ITER max', lambda: _opcode.stack_effect(FOR_ITER, 3))
check('JUMP_FORWARD', lambda: _opcode.stack_effect(JUMP_FORWARD, 4))
check('missing oparg', lambda: _opcode.stack_effect(LOAD_CONST))
check('unexpected oparg', lambda: _opcode.stack_effect(POP_TOP, 1))
check('invalid opcode', lambda: _opcode.stack_effect(CACHE))
check('unknown opcode', lambda: _opcode.stack_effect(255))
check('bad type', lambda: _opcode.stack_effect('x'))
check('bad jump kw', lambda: _opcode.stack_effect(FOR_ITER, 0, jump='maybe'))
def _is_valid(op):
    try:
        _opcode.stack_effect(op, 0)
        return True
    except ValueError:
        try:
            _opcode.stack_effect(op)
            return True
        except ValueError:
            return False


check('effects 1..165', lambda: sum([1 for op in range(1, 166) if _is_valid(op)]))
check('specialization stats', lambda: _opcode.get_specialization_stats())
