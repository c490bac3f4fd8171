WHERE = "extra_path"
