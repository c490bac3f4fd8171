# _tokenize.TokenizerIter: tokens with exact types, byte columns and lines; tokenize.generate_tokens.
import _tokenize, tokenize, io, token
src = 'if é:\n    x = "ab"\n\n    y = (1,\n 2) ** -3.5j\nz @= w[1:2]\ndef f(a, *, b=1) -> None: return ...\n'
for t in _tokenize.TokenizerIter(src):
    print(t[:1], token.tok_name[t[1]], t[2:6])
for t in _tokenize.TokenizerIter("x"):
    print(t)
print(list(tokenize._generate_tokens_from_c_tokenizer("a != b\n"))[1])
try:
    _tokenize.TokenizerIter(b"x")
except TypeError as e:
    print(e)
toks = list(tokenize.generate_tokens(io.StringIO("def f():\n    return 1  # c\n").readline))
print([(token.tok_name[t.type], t.string) for t in toks])
