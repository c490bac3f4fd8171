LEAF2 = "leaf2"
