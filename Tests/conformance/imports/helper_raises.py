print("helper_raises starting")
raise RuntimeError("failure during import")
