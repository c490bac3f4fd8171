import PyObjects

extension VMTypes {
    public static let listReverseIterator = PyType(name: "list_reverseiterator", bases: [PyTypes.object], flags: [])
}
