// The `match` statement (soft keyword) and its patterns.

extension Parser {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    /// Returns nil when `match` is just a name here.
    func matchStmt() throws -> Stmt? {
        return nil
    }
}
