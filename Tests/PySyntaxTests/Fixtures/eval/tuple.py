x if y else z, *a
