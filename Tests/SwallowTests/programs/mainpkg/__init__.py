print("mainpkg init", __name__)
