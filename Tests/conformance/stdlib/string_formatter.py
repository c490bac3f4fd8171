# _string: the format-string parsers behind string.Formatter.
import _string

print(list(_string.formatter_parser("a{0}b{name!r:>10}c{{d}}e")))
print(list(_string.formatter_parser("{}{x[1].y}")), list(_string.formatter_parser("plain")))
first, rest = _string.formatter_field_name_split("obj.attr[2][key]")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("3")
print(repr(first), list(rest))
for bad in ["{", "}", "{0!}", "{0!rr}"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
