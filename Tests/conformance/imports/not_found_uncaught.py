# An uncaught ModuleNotFoundError ends the program with status 1.
print("start")
import definitely_missing_module_abc
