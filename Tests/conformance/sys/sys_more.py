# More of sys: audit hooks, call_tracing, encodings, thread_info, option lists, tracing getters.
import sys
events = []
sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("swallowtest.") else None)
sys.audit("swallowtest.event", 1, "two")
sys.audit("swallowtest.empty")
print(events)
try:
    sys.audit()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getfilesystemencodeerrors(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(sys.thread_info.name, type(sys.thread_info.lock).__name__, len(sys.thread_info))
print(sys._xoptions, sys.warnoptions, sys.float_repr_style, sys.pycache_prefix)
print(type(sys.base_exec_prefix).__name__, type(sys.getallocatedblocks()).__name__)
