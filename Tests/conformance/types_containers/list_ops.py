# list operators: concatenation, repetition, comparison, membership, equality with other types
a = [1, 2, 3]
print(a + [4], a * 2, 2 * a, a * 0, a * -1, [[]] * 3, a + [], [] * 5)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, 2] < a, a <= a, a > [0, 9], [] < [0], a == (1, 2, 3))
print([1, [2, 3]] < [1, [2, 4]], [float('nan')] == [float('nan')], 2 in a, 5 not in a, [1.0] == [1])
nan = float('nan'); print([nan] == [nan], nan in [nan])
rep = [[0]] * 2; rep[0].append(1); print(rep)
b = a; b += [4]; print(a, a is b)
c = a; c *= 2; print(a)
print(len(a), max(a), min(a), sum(a), list(reversed(a)), a[::-1] == list(reversed(a)))
for call in [lambda: a + (1,), lambda: a * 1.5, lambda: a < "x", lambda: a < [1, "x"], lambda: a * "x",
             lambda: [1] + None, lambda: hash([])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
r = [1]; r.append(r); print(r, [r, r])
t = [0]; t += range(3); t += "ab"; print(t)
