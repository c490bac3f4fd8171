LAZY = "lazy loaded"
