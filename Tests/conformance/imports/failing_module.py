# A module that raises during import propagates the error and is removed from sys.modules.
import sys
for attempt in range(2):
    try:
        import helper_raises
    except RuntimeError as e:
        print(type(e).__name__, e, "helper_raises" in sys.modules)
try:
    import helper_syntax_err
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.endswith("helper_syntax_err.py"), e.lineno)
print("helper_syntax_err" in sys.modules)
