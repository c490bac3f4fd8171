v: int = 3
w: "later"
