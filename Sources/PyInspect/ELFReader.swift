import CLibDW
#if canImport(Glibc)
import Glibc
#endif

/// A place in an extension's source that references a C-API symbol (from DWARF line info).
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line: Int
    public var function: String?
}

/// One `Py*`/`_Py*` symbol an extension imports.
public struct ImportedSymbol: Sendable, Equatable {
    public var name: String
    public var status: SymbolStatus
    public var stableABI: Bool
    /// A function (or, for absent names, an undefined symbol of function type or no type).
    public var isFunction: Bool
    /// A weak undefined reference: the module loads even when the name is missing.
    public var weak: Bool
    /// Must resolve when the module is loaded even under lazy binding (data, function
    /// addresses stored in tables, or the module is linked BIND_NOW).
    public var eager: Bool
    /// Where the module's code references it (only for missing symbols of modules with DWARF).
    public var locations: [SourceLocation] = []
}

/// What one ELF shared object needs from the C-API.
public struct ELFFacts: Sendable {
    public var imports: [ImportedSymbol]
    /// `PyInit_<name>` exported by the module (nil for a shared object without one).
    public var moduleName: String?
    public var bindNow: Bool
    public var needed: [String]
    public var generator: Generator
    public var hasDebugInfo: Bool
}

/// Reads an ELF image with libelf (and its DWARF with libdw): validates the header, then
/// collects the undefined dynamic symbols, the binding mode and, for missing symbols, the
/// source locations that reference them.
public enum ELFReader {
    static let initialized: Bool = { elf_version(UInt32(EV_CURRENT)) != UInt32(EV_NONE) }()

    static let machines: [UInt16: String] = [
        2: "SPARC", 3: "x86 (i386)", 8: "MIPS", 20: "PowerPC", 21: "PowerPC64", 22: "S/390",
        40: "ARM", 43: "SPARC V9", 50: "IA-64", 62: "x86-64", 183: "AArch64", 243: "RISC-V",
        258: "LoongArch",
    ]

    /// Checks the ELF header of `bytes` without libelf: x86-64, 64-bit, little-endian, a
    /// shared object. Throws the reason otherwise.
    public static func checkHeader(_ bytes: UnsafeRawBufferPointer) throws {
        if bytes.count < 4 || bytes[0] != 0x7f || bytes[1] != 0x45 || bytes[2] != 0x4c || bytes[3] != 0x46 {
            throw InspectError("not-elf", "not an ELF file")
        }
        guard bytes.count >= 64 else {
            throw InspectError("truncated", "truncated ELF file (\(bytes.count) bytes, shorter than an ELF header)")
        }
        switch bytes[4] {
        case 2: break
        case 1: throw InspectError("wrong-class", "32-bit ELF (ELFCLASS32); Swallow loads 64-bit x86-64 extensions only")
        default: throw InspectError("corrupt", "corrupt ELF header (class byte \(bytes[4]))")
        }
        guard bytes[5] == 1 else {
            throw InspectError("wrong-arch", bytes[5] == 2 ? "big-endian ELF; Swallow loads x86-64 extensions only"
                                                           : "corrupt ELF header (data encoding byte \(bytes[5]))")
        }
        let machine = UInt16(bytes[18]) | UInt16(bytes[19]) << 8
        guard machine == 62 else {
            let name = machines[machine].map { "\($0) (e_machine \(machine))" } ?? "e_machine \(machine)"
            throw InspectError("wrong-arch", "ELF for a foreign architecture: \(name); Swallow loads x86-64 extensions only")
        }
        let type = UInt16(bytes[16]) | UInt16(bytes[17]) << 8
        guard type == 3 else {
            let what = type == 1 ? "a relocatable object (.o)" : type == 2 ? "an executable" : type == 4 ? "a core file" : "ELF type \(type)"
            throw InspectError("not-shared-object", "\(what), not a shared object")
        }
    }

    /// Analyses one ELF image held in memory. `locate` asks for DWARF source locations of
    /// the symbols `wantLocations` selects (missing ones, typically).
    public static func read(_ image: [UInt8], locate: Bool = true,
                            wantLocations: (ImportedSymbol) -> Bool = { $0.status != .implemented }) throws -> ELFFacts {
        var copy = image
        return try copy.withUnsafeMutableBytes { raw -> ELFFacts in
            try checkHeader(UnsafeRawBufferPointer(raw))
            _ = initialized
            // SAFETY: `raw` outlives the Elf handle, which is ended before returning.
            guard let elf = elf_memory(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count) else {
                throw InspectError("corrupt", "corrupt ELF: \(libelfMessage())")
            }
            defer { elf_end(elf) }
            return try read(elf: elf, raw: UnsafeRawBufferPointer(raw), locate: locate, wantLocations: wantLocations)
        }
    }

    static func libelfMessage() -> String {
        elf_errmsg(-1).map { String(cString: $0) } ?? "unknown libelf error"
    }

    struct Section {
        var index: Int
        var name: String
        var header: GElf_Shdr
        var scn: OpaquePointer
    }

    static func read(elf: OpaquePointer, raw: UnsafeRawBufferPointer, locate: Bool,
                     wantLocations: (ImportedSymbol) -> Bool) throws -> ELFFacts {
        guard elf_kind(elf) == ELF_K_ELF else { throw InspectError("corrupt", "corrupt ELF: libelf does not see an ELF object") }
        var shstrndx = 0
        guard elf_getshdrstrndx(elf, &shstrndx) == 0 else {
            throw InspectError("corrupt", "corrupt ELF: no section name table (\(libelfMessage()))")
        }
        var sections: [Section] = []
        var scn = elf_nextscn(elf, nil)
        while let s = scn {
            var shdr = GElf_Shdr()
            guard gelf_getshdr(s, &shdr) != nil else {
                throw InspectError("corrupt", "corrupt ELF: unreadable section header (\(libelfMessage()))")
            }
            let name = elf_strptr(elf, shstrndx, Int(shdr.sh_name)).map { String(cString: $0) } ?? ""
            sections.append(Section(index: Int(elf_ndxscn(s)), name: name, header: shdr, scn: s))
            scn = elf_nextscn(elf, s)
        }
        if sections.isEmpty {
            throw InspectError("corrupt", "ELF without section headers: cannot find the dynamic symbol table")
        }
        guard let dynsym = sections.first(where: { $0.header.sh_type == SHT_DYNSYM }) else {
            throw InspectError("corrupt", "ELF without a dynamic symbol table (.dynsym): not a loadable extension")
        }

        // Dynamic section: binding mode and needed libraries.
        var bindNow = false
        var needed: [String] = []
        if let dyn = sections.first(where: { $0.header.sh_type == SHT_DYNAMIC }),
           let data = elf_getdata(dyn.scn, nil) {
            let count = dyn.header.sh_entsize > 0 ? Int(dyn.header.sh_size / dyn.header.sh_entsize) : 0
            var i: Int32 = 0
            while Int(i) < count {
                var d = GElf_Dyn()
                guard gelf_getdyn(data, i, &d) != nil else { break }
                let tag = d.d_tag
                if tag == DT_NULL { break }
                switch tag {
                case Int64(DT_BIND_NOW): bindNow = true
                case Int64(DT_FLAGS): if d.d_un.d_val & UInt64(DF_BIND_NOW) != 0 { bindNow = true }
                case Int64(DT_FLAGS_1): if d.d_un.d_val & UInt64(DF_1_NOW) != 0 { bindNow = true }
                case Int64(DT_NEEDED):
                    if let p = elf_strptr(elf, Int(dyn.header.sh_link), Int(d.d_un.d_val)) {
                        needed.append(String(cString: p))
                    }
                default: break
                }
                i += 1
            }
        }

        // Relocations against .dynsym: which symbols are bound at load, and their GOT slots.
        var eagerIndex = Set<Int>()
        var gotSlot: [UInt64: Int] = [:]
        for sec in sections where sec.header.sh_type == SHT_RELA && Int(sec.header.sh_link) == dynsym.index {
            guard let data = elf_getdata(sec.scn, nil), sec.header.sh_entsize > 0 else { continue }
            let count = Int(sec.header.sh_size / sec.header.sh_entsize)
            var i: Int32 = 0
            while Int(i) < count {
                var r = GElf_Rela()
                guard gelf_getrela(data, i, &r) != nil else { break }
                let symIndex = Int(r.r_info >> 32)
                let type = UInt32(truncatingIfNeeded: r.r_info)
                if symIndex != 0 {
                    if type != UInt32(R_X86_64_JUMP_SLOT) { eagerIndex.insert(symIndex) }
                    if type == UInt32(R_X86_64_JUMP_SLOT) || type == UInt32(R_X86_64_GLOB_DAT) {
                        gotSlot[r.r_offset] = symIndex
                    }
                }
                i += 1
            }
        }

        // The dynamic symbols.
        var imports: [ImportedSymbol] = []
        var importIndex: [Int: Int] = [:]
        var moduleName: String?
        guard let symData = elf_getdata(dynsym.scn, nil) else {
            throw InspectError("corrupt", "corrupt ELF: unreadable .dynsym (\(libelfMessage()))")
        }
        let symCount = dynsym.header.sh_entsize > 0 ? Int(dynsym.header.sh_size / dynsym.header.sh_entsize) : 0
        var seen = Set<String>()
        var i: Int32 = 1
        while Int(i) < symCount {
            defer { i += 1 }
            var sym = GElf_Sym()
            guard gelf_getsym(symData, i, &sym) != nil else { break }
            guard let p = elf_strptr(elf, Int(dynsym.header.sh_link), Int(sym.st_name)) else { continue }
            let name = String(cString: p)
            let bind = sym.st_info >> 4
            let type = sym.st_info & 0xf
            if sym.st_shndx != UInt16(SHN_UNDEF) {
                if name.hasPrefix("PyInit_"), bind != UInt8(STB_LOCAL) { moduleName = String(name.dropFirst(7)) }
                continue
            }
            guard SymbolStatus.isCAPIName(name), !seen.contains(name) else { continue }
            seen.insert(name)
            let info = SymbolStatus.exports[name]
            importIndex[Int(i)] = imports.count
            imports.append(ImportedSymbol(
                name: name, status: info?.status ?? .absent, stableABI: info?.stableABI ?? false,
                isFunction: info?.isFunction ?? (type != UInt8(STT_OBJECT)),
                weak: bind == UInt8(STB_WEAK),
                eager: bindNow || eagerIndex.contains(Int(i))))
        }

        let generator = Generator.guess(raw)
        let hasDebug = sections.contains { $0.name == ".debug_info" && $0.header.sh_type != SHT_NOBITS && $0.header.sh_size > 0 }
            && sections.contains { $0.name == ".debug_line" && $0.header.sh_type != SHT_NOBITS && $0.header.sh_size > 0 }

        if locate && hasDebug {
            var wanted: [Int: Int] = [:]   // dynsym index -> imports index
            for (symIndex, k) in importIndex where wantLocations(imports[k]) { wanted[symIndex] = k }
            if !wanted.isEmpty {
                let refs = SourceLocator.references(sections: sections, raw: raw, gotSlot: gotSlot,
                                                    wanted: Set(wanted.keys))
                if !refs.isEmpty {
                    let located = SourceLocator.lines(elf: elf, refs: refs)
                    for (symIndex, locs) in located { if let k = wanted[symIndex] { imports[k].locations = locs } }
                }
            }
        }
        imports.sort { $0.name < $1.name }
        return ELFFacts(imports: imports, moduleName: moduleName, bindNow: bindNow, needed: needed,
                        generator: generator, hasDebugInfo: hasDebug)
    }
}
