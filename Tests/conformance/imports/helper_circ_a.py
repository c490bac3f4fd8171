from helper_circ_b import B_NAME
A_NAME = "a"
