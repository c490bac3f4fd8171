// PyCAPI
