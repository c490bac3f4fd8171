# finally with return, break and continue; return in finally overrides.
def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def f5():
    out = []
    for i in range(3):
        try:
            try:
                out.append(("try", i))
                if i == 1:
                    return out
            finally:
                out.append(("inner finally", i))
        finally:
            out.append(("outer finally", i))
    return out

def f6():
    x = 1
    try:
        return x
    finally:
        x = 2

def f7():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "break in finally discards the exception"

def f8():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("finally after continue in handler", i)
    return "done"

def f9():
    try:
        try:
            return 1
        finally:
            raise ValueError("finally raises")
    except ValueError as e:
        return f"caught {e}"

for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    print(f.__name__, f())

# with in loop and continue
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a)
for i in range(2):
    with CM():
        if i == 0:
            continue
        print("body", i)
def g():
    with CM():
        return "returned from with"
print(g())
