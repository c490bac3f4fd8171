import helper_cyc_y
X = "x"
def use_y():
    return helper_cyc_y.Y
