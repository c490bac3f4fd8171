# gi_frame and gi_code.
def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

it = g(5)
print(it.gi_code.co_name, it.gi_code is g.__code__)
f = it.gi_frame
print(f is not None, f.f_code is g.__code__, it.gi_frame is f)
print("lineno before start:", f.f_lineno)
next(it)
print("lineno at first yield:", it.gi_frame.f_lineno)
print(sorted(it.gi_frame.f_locals.items()))
next(it)
print("lineno at second yield:", it.gi_frame.f_lineno)
print(sorted(it.gi_frame.f_locals.items()))
list(it)
print(it.gi_frame)
print(it.gi_code.co_name)
