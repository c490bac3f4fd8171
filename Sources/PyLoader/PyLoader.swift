// PyLoader
