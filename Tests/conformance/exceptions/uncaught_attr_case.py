# Case differences cost less: the suggestion for a wrongly capitalised method.
names = ["b", "a"]
names.Sort()
