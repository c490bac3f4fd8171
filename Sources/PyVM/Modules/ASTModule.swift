import PyObjects

/// `_ast`: the node classes of Python's abstract syntax tree, as `ast.py` imports them.
///
/// The class table (names, bases, `_fields`, `_attributes`) is generated from CPython 3.11 by
/// `tools/stdlib/gen_ast_nodes.py`. The classes are ordinary heap classes made by running a
/// small Python bootstrap in the module, so they behave as CPython's do for subclassing,
/// pattern matching (`__match_args__`) and attribute access. Not yet: `compile(...,
/// PyCF_ONLY_AST)` turning source into these nodes (the front end has its own tree; exposing
/// it as nodes is the next step) — `ast.parse` raises until then.
enum ASTModule {
    static let bootstrap = """
    class AST:
        _fields = ()
        _attributes = ()
        __module__ = 'ast'

        def __init__(self, *args, **kwargs):
            fields = type(self)._fields
            if len(args) > len(fields):
                n = len(fields)
                raise TypeError(f"{type(self).__name__} constructor takes at most "
                                f"{n} positional argument{'' if n == 1 else 's'}")
            for name, value in zip(fields, args):
                setattr(self, name, value)
            for name, value in kwargs.items():
                setattr(self, name, value)

        def __reduce__(self):
            return type(self), (), self.__dict__

    def _make(name, base, fields, attributes):
        globals()[name] = type(name, (globals()[base],), {
            '_fields': fields, '_attributes': attributes, '__match_args__': fields,
            '__module__': 'ast'})

    PyCF_ONLY_AST = 1024
    PyCF_TYPE_COMMENTS = 4096
    PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
    """

    static func make() throws -> PyModule {
        let m = PyModule(name: "_ast")
        _ = try Runtime.exec(source: Array(bootstrap.utf8), filename: "<_ast>", module: m)
        guard let maker = m.dict.getItem(string: "_make") else { return m }
        for (name, base, fields, attributes) in nodes where base != nil {
            let f = PyTuple(fields.map { PyStr.intern($0) })
            let a = PyTuple(attributes.map { PyStr.intern($0) })
            _ = try Ops.call(maker, args: [PyStr(name), PyStr(base!), f, a])
        }
        _ = try m.dict.remove(PyStr.intern("_make"))
        return m
    }
}
