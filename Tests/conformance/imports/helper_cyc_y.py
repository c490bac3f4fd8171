import helper_cyc_x
Y = "y"
def use_x():
    return helper_cyc_x.X
partial_seen = hasattr(helper_cyc_x, "X")
