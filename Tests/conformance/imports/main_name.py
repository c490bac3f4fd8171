# __name__ is "__main__" for the program and the module name for imported modules.
print(__name__)
if __name__ == "__main__":
    print("running as main")
import helper_main_guard
print(helper_main_guard.__name__, helper_main_guard.main())
import sys
print(sys.modules["__main__"].__name__, "main_name" in sys.modules)
