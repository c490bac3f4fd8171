from helper_circ_a import A_NAME
B_NAME = "b"
