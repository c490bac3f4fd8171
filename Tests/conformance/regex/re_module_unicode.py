# Unicode text through the re module: case-insensitive matching, categories, big character sets.
import re

text = "Stra\u00dfe STRASSE stra\u1e9ee \u0130stanbul istanbul \u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"
print(re.findall("(?i)stra\u00dfe", text), re.findall("(?i)istanbul", text))
print(re.findall("(?i)\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c3", text))
print(re.findall(r"[\u0370-\u03ff]+", text), re.findall(r"\b\w{8}\b", text))
print(re.sub(r"\s+", "_", "a\u2003b\u3000c\xa0d"), re.findall(r"\d", "\u0661\u0662 \uff13"))
print(re.findall(r"[^\W\d_]+", "abc_123 \u00e9\u00e8 \u4e2d\u6587"), re.findall("[\U0001f600-\U0001f64f]", "hi \U0001f600\U0001f642!"))
print(re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"), re.match(r"(?i)[\u0400-\u04ff]+", "\u041f\u0420\u0418\u0432\u0435\u0442").group())
