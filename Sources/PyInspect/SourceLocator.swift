import CLibDW
#if canImport(Glibc)
import Glibc
#endif

/// Finds where an extension's code references given imported symbols, then names those places
/// with DWARF line info (libdw).
///
/// x86-64 code reaches an imported symbol through its PLT entry (`call`/`jmp rel32`) or its
/// GOT slot (`call`/`jmp *slot(%rip)` with -fno-plt, `mov slot(%rip), %reg` for data and
/// function addresses). The PLT entries are mapped to symbols by decoding their indirect jump
/// (`jmp *slot(%rip)`) and the GOT slots by the JUMP_SLOT / GLOB_DAT relocations. The code
/// sections are then scanned for those instruction shapes whose target is one of the wanted
/// entries or slots; requiring an exact target keeps false matches (bytes that are not really
/// an instruction start) negligible.
enum SourceLocator {
    /// A code address referencing dynamic symbol `symbol`.
    struct Reference {
        var symbol: Int
        var address: UInt64
    }

    static let maxLocationsPerSymbol = 12

    /// The bytes of a section inside the image, or nil when its extent is not inside it.
    static func bytes(of s: ELFReader.Section, in raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard s.header.sh_type != SHT_NOBITS else { return nil }
        let (end, overflow) = s.header.sh_offset.addingReportingOverflow(s.header.sh_size)
        guard !overflow, end <= UInt64(raw.count), s.header.sh_size > 0 else { return nil }
        return UnsafeRawBufferPointer(rebasing: raw[Int(s.header.sh_offset)..<Int(end)])
    }

    static func rel32(_ b: UnsafeRawBufferPointer, _ at: Int) -> Int64 {
        Int64(Int32(bitPattern: UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24))
    }

    static func references(sections: [ELFReader.Section], raw: UnsafeRawBufferPointer,
                           gotSlot: [UInt64: Int], wanted: Set<Int>) -> [Reference] {
        let slots = gotSlot.filter { wanted.contains($0.value) }
        guard !slots.isEmpty else { return [] }
        // PLT entries (16 bytes each) whose indirect jump goes through a wanted slot.
        var plt: [UInt64: Int] = [:]
        for s in sections where s.name.hasPrefix(".plt") {
            guard let b = bytes(of: s, in: raw), b.count >= 6 else { continue }
            for p in 0..<(b.count - 5) where b[p] == 0xff && b[p + 1] == 0x25 {
                let target = UInt64(bitPattern: Int64(bitPattern: s.header.sh_addr) &+ Int64(p + 6) &+ rel32(b, p + 2))
                if let sym = slots[target] { plt[s.header.sh_addr &+ UInt64(p & ~15)] = sym }
            }
        }
        var refs: [Reference] = []
        var perSymbol: [Int: Int] = [:]
        func add(_ sym: Int, _ addr: UInt64) {
            let n = perSymbol[sym, default: 0]
            if n < maxLocationsPerSymbol * 4 {   // more than enough before de-duplicating lines
                perSymbol[sym] = n + 1
                refs.append(Reference(symbol: sym, address: addr))
            }
        }
        for s in sections where s.header.sh_flags & UInt64(SHF_EXECINSTR) != 0 && !s.name.hasPrefix(".plt") {
            guard let b = bytes(of: s, in: raw), b.count >= 6 else { continue }
            let base = Int64(bitPattern: s.header.sh_addr)
            for i in 0..<(b.count - 5) {
                let op = b[i]
                if op == 0xe8 || op == 0xe9 {
                    let target = UInt64(bitPattern: base &+ Int64(i + 5) &+ rel32(b, i + 1))
                    if let sym = plt[target] { add(sym, UInt64(bitPattern: base &+ Int64(i))) }
                } else if (op == 0xff && (b[i + 1] == 0x15 || b[i + 1] == 0x25))
                            || (op == 0x8b && b[i + 1] & 0xc7 == 0x05) {
                    let target = UInt64(bitPattern: base &+ Int64(i + 6) &+ rel32(b, i + 2))
                    if let sym = slots[target] { add(sym, UInt64(bitPattern: base &+ Int64(i))) }
                }
            }
        }
        return refs
    }

    /// Source lines (file, line, enclosing function) of `refs`, per dynamic symbol index.
    static func lines(elf: OpaquePointer, refs: [Reference]) -> [Int: [SourceLocation]] {
        guard let dbg = dwarf_begin_elf(elf, DWARF_C_READ, nil) else { return [:] }
        defer { dwarf_end(dbg) }
        var out: [Int: [SourceLocation]] = [:]
        var seen = Set<SourceLocation>()
        for ref in refs {
            if out[ref.symbol, default: []].count >= maxLocationsPerSymbol { continue }
            var cu = Dwarf_Die()
            guard dwarf_addrdie(dbg, Dwarf_Addr(ref.address), &cu) != nil,
                  let line = dwarf_getsrc_die(&cu, Dwarf_Addr(ref.address)) else { continue }
            var lineno: Int32 = 0
            dwarf_lineno(line, &lineno)
            let file = dwarf_linesrc(line, nil, nil).map { String(cString: $0) } ?? "?"
            var function: String?
            var scopes: UnsafeMutablePointer<Dwarf_Die>?
            let n = dwarf_getscopes(&cu, Dwarf_Addr(ref.address), &scopes)
            if n > 0, let sc = scopes {
                for k in 0..<Int(n) {
                    let tag = dwarf_tag(&sc[k])
                    if tag == DW_TAG_subprogram || tag == DW_TAG_inlined_subroutine {
                        // For an inlined body the innermost is the inlined function; its name
                        // comes through the abstract origin.
                        var attr = Dwarf_Attribute()
                        var origin = Dwarf_Die()
                        if let name = dwarf_diename(&sc[k]) {
                            function = String(cString: name)
                        } else if dwarf_attr_integrate(&sc[k], UInt32(DW_AT_abstract_origin), &attr) != nil,
                                  dwarf_formref_die(&attr, &origin) != nil, let name = dwarf_diename(&origin) {
                            function = String(cString: name)
                        }
                        break
                    }
                }
            }
            free(scopes)
            let loc = SourceLocation(file: file, line: Int(lineno), function: function)
            let key = SourceLocation(file: file, line: Int(lineno), function: "\(ref.symbol)")
            if seen.insert(key).inserted { out[ref.symbol, default: []].append(loc) }
        }
        return out
    }
}
