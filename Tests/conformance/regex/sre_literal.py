# Literal patterns: match, fullmatch and search, with pos and endpos.
from helper_sre import compile, show

p = compile("abc")
for s in ["abc", "abcd", "xabc", "ab", "", "aabc", "abcabc"]:
    print(repr(s), show(p.match(s)), show(p.fullmatch(s)), show(p.search(s)))
for pos, endpos in [(0, 3), (1, 4), (3, 6), (3, 5), (-5, 100), (4, 2), (10, 20), (0, -1)]:
    s = "abcabc"
    print(pos, endpos, show(p.match(s, pos, endpos)), show(p.search(s, pos, endpos)),
          show(p.fullmatch(s, pos, endpos)))
m = p.search("xxabcxx", 1, 6)
print(m.pos, m.endpos, m.string, m.re.pattern)
print(show(p.search(string="zzabc", pos=1)), show(p.match("abc", endpos=2)))
q = compile("")
print(show(q.match("abc")), show(q.search("abc", 3)), show(q.fullmatch("")), show(q.match("abcd", 3, 1)),
      show(q.search("abcd", 3, 1)))
long = "x" * 5000 + "abc" + "y" * 5000
print(show(p.search(long)), show(p.match(long)), show(p.search(long, 5001)))
u = compile("\u00e9t\u00e9")
print(show(u.search("l'\u00e9t\u00e9 dernier")), show(u.search("ete")))
e = compile("\U0001f600x")
print(show(e.search("ab\U0001f600x")))
