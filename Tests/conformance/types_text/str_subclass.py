# str subclasses: methods return plain str, operators and formatting
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("Hello World")
print(s, repr(s), s.shout(), type(s.upper()).__name__, type(s[1:]).__name__, type(s + "x").__name__, type(s * 2).__name__)
print(type(s.strip()).__name__, type(str(s)).__name__, type(s.replace("l", "L")).__name__, s.split(), type(s.split()[0]).__name__)
print(s == "Hello World", hash(s) == hash("Hello World"), s in {"Hello World": 1}, len(s), s.startswith("He"), f"{s:>14}|")
print(S("a") < "b", sorted([S("b"), "a"]), "".join([S("x"), S("y")]), type("".join([S("x")])).__name__, S(), S(5), S(b"x", "ascii"))
class R(str):
    def __str__(self):
        return "custom"
r = R("value")
print(str(r), r, "%s" % r, f"{r}", r.upper(), format(r))
