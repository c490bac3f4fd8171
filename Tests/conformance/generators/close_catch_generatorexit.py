# What a generator may do with GeneratorExit during close().
def returns():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "ignored value"

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

def stop_iteration():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration

def broad():
    try:
        yield 1
    except Exception:
        print("Exception does not catch GeneratorExit")
    finally:
        print("finally")

it = returns(); next(it)
print(it.close())
it = raises_other(); next(it)
try:
    it.close()
except ValueError as e:
    print("close raised", e)
it = stop_iteration(); next(it)
try:
    print(it.close())
except RuntimeError as e:
    print("RuntimeError", e)
it = broad(); next(it)
it.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
