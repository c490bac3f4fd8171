/// State of the extension import in progress.
public enum Loading {
    /// The full name of the module whose `PyInit_*` is running: single-phase modules take it
    /// (CPython's "package context") instead of the short `m_name` of their def.
    nonisolated(unsafe) public static var currentName: String?
}
