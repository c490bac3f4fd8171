print("pkg_alpha.mod_a executing", __name__, __package__)
A_VALUE = 1
def a_func():
    return "a_func"
