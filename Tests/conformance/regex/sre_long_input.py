# Long subjects and deep backtracking: the engine must not exhaust the native stack.
from helper_sre import compile

n = 100000
print(compile("(?:a|b)*c").match("ab" * n + "c").span())
print(compile("(a|b)*c").match("ab" * n + "c").groups())
print(compile("(?:ab)*?c").match("ab" * n + "c").span())
print(compile("(x)*?y").match("x" * n + "y").span())
print(compile("(?:a|b)*").fullmatch("ab" * n + "c"))
print(compile(".*x").match("y" * n), compile(".*?x").match("y" * n))
print(compile(r"(\w+\s?)*$").match("word " * 1000).span())
print(compile("(?:(a)|b)+").match("ab" * n).groups())
print(len(compile(r"\w+").findall("ab cd " * n)))
print(compile("a*b").search("a" * 3000 + "c" + "a" * 10 + "b").span())
print(len(compile(",").split("x," * n)), compile(r"\d").sub("", "a1" * n)[:5])
print(compile("(?:a(?=b)|b)+").match("ab" * n).span())
print(compile("(?>a+)+b").match("a" * n + "b").span(), compile("(?:a++)b").match("a" * n + "b").span())
