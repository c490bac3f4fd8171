print("pkg_alpha.sub init", __package__)
