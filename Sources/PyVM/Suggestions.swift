import PyObjects

/// "Did you mean: ...?" for uncaught NameError and AttributeError, as CPython 3.11's
/// Python/suggestions.c computes it (a Levenshtein distance with case changes costing less).
enum Suggestions {
    static let maxCandidates = 750
    static let maxStringSize = 40
    static let moveCost = 2
    static let caseCost = 1

    static func suggestion(for exc: PyBaseException) -> String? {
        if exc.type.isSubtype(of: PyExc.AttributeError) {
            guard let name = exc.members?["name"] as? PyStr, let obj = exc.members?["obj"], obj !== pyNone,
                  let dir = try? Ops.call(Runtime.builtins.getItem(string: "dir")!, args: [obj]),
                  let names = try? Ops.toArray(dir) else { return nil }
            return best(names.compactMap { ($0 as? PyStr)?.value }, name.value)
        }
        if exc.type.isSubtype(of: PyExc.NameError) {
            guard let name = exc.members?["name"] as? PyStr, var tb = exc.traceback as? PyTracebackObject else { return nil }
            while let n = tb.next { tb = n }
            if let s = best(tb.code.varnames, name.value) { return s }
            if let g = tb.globals, let s = best(g.items.compactMap { ($0.key as? PyStr)?.value }, name.value) { return s }
            return best(Runtime.builtins.items.compactMap { ($0.key as? PyStr)?.value }, name.value)
        }
        return nil
    }

    static func best(_ candidates: [String], _ name: String) -> String? {
        if candidates.count >= maxCandidates { return nil }
        let a = Array(name.utf8)
        var bestDistance = Int.max
        var result: String?
        for c in candidates where c != name {
            let b = Array(c.utf8)
            // No more than 1/3 of the involved characters should need changing.
            let maxDistance = min((a.count + b.count + 3) * moveCost / 6, bestDistance - 1)
            let d = distance(a[...], b[...], maxDistance)
            if d > maxDistance { continue }
            if result == nil || d < bestDistance {
                result = c
                bestDistance = d
            }
        }
        return result
    }

    static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x & 31 != y & 31 { return moveCost }
        if x == y { return 0 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        return lower(x) == lower(y) ? caseCost : moveCost
    }

    static func distance(_ a0: ArraySlice<UInt8>, _ b0: ArraySlice<UInt8>, _ maxCost: Int) -> Int {
        var a = a0, b = b0
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let av = Array(a), bv = Array(b)
        var buffer = (0..<av.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bi, code) in bv.enumerated() {
            var dist = bi * moveCost
            result = dist
            var minimum = Int.max
            for i in 0..<av.count {
                let substitute = dist + substitutionCost(code, av[i])
                dist = buffer[i]
                let insertDelete = min(result, dist) + moveCost
                result = min(insertDelete, substitute)
                buffer[i] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}
