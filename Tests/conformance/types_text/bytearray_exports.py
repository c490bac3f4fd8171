# A bytearray whose buffer is exported (a live memoryview, a slice of one, a with block) cannot
# change size; same-size writes still work, and releasing every view lifts the restriction.

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except BufferError as e:
        print(label, 'BufferError:', e)


b = bytearray(b'abcdef')
m = memoryview(b)
attempt('append', lambda: b.append(1))
attempt('extend', lambda: b.extend(b'xy'))
attempt('pop', lambda: b.pop())
attempt('clear', lambda: b.clear())
attempt('insert', lambda: b.insert(0, 65))
attempt('remove', lambda: b.remove(98))


def iadd():
    global b
    b += b'z'


def del_item():
    del b[0]


def del_empty_slice():
    del b[3:3]


def grow_slice():
    b[0:1] = b'xyz'


def same_slice():
    b[0:2] = b'QR'


def set_item():
    b[5] = 70


attempt('+=', iadd)
attempt('del item', del_item)
attempt('del empty slice', del_empty_slice)
attempt('grow slice', grow_slice)
attempt('same-size slice', same_slice)
attempt('set item', set_item)
print('contents', b, m.tobytes())

s = m[2:4]
m.release()
attempt('append with a slice alive', lambda: b.append(1))
s.release()
attempt('append after releasing all', lambda: b.append(1))
print('contents', b)

with memoryview(b) as v:
    attempt('pop inside with', lambda: b.pop())
attempt('pop after with', lambda: b.pop())


def scoped():
    v = memoryview(b)
    return v[0]


print('scoped view', scoped())
attempt('append after scoped view', lambda: b.append(33))
print('final', b)
