# textwrap: wrap, fill, dedent, indent, shorten.
import textwrap

text = "The quick brown fox jumps over the lazy dog and keeps on running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\ny", "> ")))
print(textwrap.shorten(text, 30))
