# re.Scanner (built on Pattern.scanner and lastindex) tokenizing a small expression language.
import re

def num(scanner, token): return ("NUM", int(token))
def name(scanner, token): return ("NAME", token)
def op(scanner, token): return ("OP", token)
scanner = re.Scanner([
    (r"\d+", num),
    (r"[a-zA-Z_]\w*", name),
    (r"[+\-*/=()]", op),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + foo*(42 - y1)"))
print(scanner.scan("a $ b"))
tok = re.compile(r"(?P<NUM>\d+)|(?P<ID>\w+)|(?P<WS>\s+)|(?P<OP>.)")
print([(m.lastgroup, m.group()) for m in tok.finditer("let x1 = 10+y")])
sc = tok.scanner("ab 12")
print(sc.match().group(), sc.match().group(), sc.search().lastgroup, sc.match())
