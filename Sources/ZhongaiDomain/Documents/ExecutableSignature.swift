/// Program files recognised by their first bytes, named when an attachment is refused (CASE-14): a worker who
/// attached one by mistake learns what it was, and one who tried on purpose learns it is checked.
public enum ExecutableSignature: CaseIterable, Sendable {
    /// Linux and Android programs and libraries.
    case elf
    /// Windows programs and libraries (.exe, .dll, .scr): the "MZ" of a DOS header.
    case windows
    /// macOS programs, thin or universal.
    case machO
    /// A script run by the interpreter its first line names ("#!").
    case script

    /// The program kind the bytes start as, or nil.
    public init?(content bytes: [UInt8]) {
        guard let kind = Self.allCases.first(where: { $0.matches(bytes) }) else { return nil }
        self = kind
    }

    /// English msgid naming the kind.
    public var title: String {
        switch self {
        case .elf: N_("a Linux program (ELF)")
        case .windows: N_("a Windows program (MZ)")
        case .machO: N_("a macOS program (Mach-O)")
        case .script: N_("a script (#!)")
        }
    }

    private func matches(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .elf: bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46])
        case .windows: bytes.starts(with: [0x4D, 0x5A])
        // 32- and 64-bit in either byte order, and the universal (fat) header.
        case .machO: [[0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE],
                      [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE]].contains { bytes.starts(with: $0) }
        case .script: bytes.starts(with: [0x23, 0x21])
        }
    }
}
