# The __future__ module: its features are importable objects, and future imports must come first.
import __future__
print(__future__.annotations, __future__.division)
print(__future__.all_feature_names)
print(__future__.annotations.compiler_flag, __future__.generator_stop.mandatory)
for src in ["x = 1\nfrom __future__ import annotations", "from __future__ import braces", "from __future__ import nonexistent"]:
    try:
        compile(src, "<f>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
