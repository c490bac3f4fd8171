PKG_INIT = "init ran"
