# Errors around except*: forbidden types and statements.
for typ in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)]:
    try:
        try:
            raise ValueError
        except* typ:
            pass
    except TypeError as e:
        print("TypeError", e)

try:
    try:
        raise ValueError
    except* 3:
        pass
except TypeError as e:
    print("TypeError", e)

sources = {
    "break": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "loop inside ok": "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n",
    "def inside ok": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<s>", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "SyntaxError", e.msg)
