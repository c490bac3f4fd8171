extension PyType {
    /// The name CPython's messages use (tp_name): dotted with the module for types defined in
    /// C or Swift outside builtins ("_contextvars.Context", "collections.deque"), the bare
    /// name for builtins and Python classes.
    public var tpName: String {
        guard flags.contains(.extensionType), !flags.contains(.heapType),
              let m = moduleName, m != "builtins" else { return name }
        return "\(m).\(name)"
    }
}
