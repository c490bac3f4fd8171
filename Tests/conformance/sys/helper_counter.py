import builtins
builtins._helper_counter_loads = getattr(builtins, "_helper_counter_loads", 0) + 1
loads = builtins._helper_counter_loads
