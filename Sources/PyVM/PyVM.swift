// PyVM
