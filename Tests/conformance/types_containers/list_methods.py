# every list method and its error messages
l = [1, 2, 3]
l.append(4); l.extend((5, 6)); l.extend(range(2)); l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(-1, "beforelast"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
l.remove("a"); print(l)
print(l.index(2), l.index(0), l.index(1, 1), l.index(1, -3), l.index(3, 0, 5), l.count(1), l.count("zz"))
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, l)
for call in [lambda: [].pop(), lambda: [1].pop(3), lambda: [1].remove(2), lambda: [1, 2].index(3),
             lambda: [1, 2].index(1, 1), lambda: [1, 2].index(2, 0, 1), lambda: [].append(), lambda: [].insert(1),
             lambda: [].extend(5), lambda: [].count(), lambda: [1].pop("0"), lambda: [].index(1, "a")]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, [2]]
n = m.copy(); n[1].append(3); print(m, n is not m)
print(list.__len__([1, 2]), [1, 2].__contains__(2), [3].__mul__(2), [3].__rmul__(2), [1].__add__([2]), [1, 2].__reversed__().__next__())
x = [1]; x.__iadd__([2]); x.__imul__(2); print(x)
print([].__class__, list() == [], list("ab"), list({"k": 1}), list(range(3)), list((1,)))
