value = my_global_helper.upper()
