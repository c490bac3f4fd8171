# operator: function forms of the operators and the getters.
import operator as op

print(op.add(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2), op.concat([1], [2]))
print(op.lt(1, 2), op.ge(1, 2), op.eq("a", "a"), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("real", "imag")(1j))
print(op.methodcaller("upper")("x"), op.methodcaller("split", ",")("a,b"), op.index(5), op.length_hint([1, 2]))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.iadd([1], [2]), op.abs(-4), op.inv(5), op.invert(0))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), repr(op.itemgetter(1)))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
