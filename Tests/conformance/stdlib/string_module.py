# string: constants, capwords, Template and Formatter.
import string

print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello  big world"))
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.Formatter().format("{0}-{x!r:>5}", 1, x="y"))
