# re.sub/subn with template strings (group references, escapes) and Match.expand.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1 b=2"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"), re.sub("a", r"\n\t\\", "xax"), re.sub(r"(a)", r"\g<0>\g<0>", "cat"))
print(re.subn(r"\s+", " ", "a  b   c"), re.sub("x", "-", "axbxc", count=1), re.sub("", "-", "ab"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(b"(a)", rb"\1\1", b"xay"))
m = re.match(r"(?P<first>\w+) (\w+)", "Jane Doe")
print(m.expand(r"\2, \g<first>"), m.expand(r"\g<2>!\\"), m.expand(b"x".decode()))
for bad in [r"\3", r"\g<x>", r"\g<1", r"\q", r"\g<-1>"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r"\d", lambda m: str(int(m[0]) + 1), "a1b9"))
print(re.escape("a.b*c?d[e]f{g}h(i)j|k^l$m\\n"), re.escape(b"x.y"), re.escape("\u00e9 \t-"))
