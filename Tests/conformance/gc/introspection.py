# gc.get_referrers, gc.get_objects and the small parts of the gc module's interface.
import gc

class Node:
    pass

target = Node()
holder_list = [target]
holder_dict = {"k": target}
other = Node()
other.link = target

refs = gc.get_referrers(target)
print("list refers:", any(r is holder_list for r in refs))
print("dict value refers:", any(r is holder_dict for r in refs))
print("instance refers:", any(r is other for r in refs) or any(type(r) is dict and r.get("link") is target for r in refs))
print("unrelated absent:", not any(r is gc for r in refs))
print("two targets:", any(r is holder_list for r in gc.get_referrers(other, target)))

objs = gc.get_objects()
print("objects include live containers:", any(o is holder_list for o in objs), any(o is holder_dict for o in objs))
atom = 12345
print("objects exclude atoms:", not any(o is atom for o in objs))
print("generation argument:", type(gc.get_objects(generation=None)).__name__, type(gc.get_objects(0)).__name__)
for bad in (3, -1, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)

gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug() == gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.DEBUG_STATS)
gc.set_debug(0)
print("debug off:", gc.get_debug())
gc.freeze()
print("freeze count:", gc.get_freeze_count() >= 0)
gc.unfreeze()
print("is_finalized:", gc.is_finalized(target))
