/// The kinds of file a scan or photo may be attached as (CASE-14 个案附件), recognised by their content.
///
/// Accepted: what scanners and phones produce and what stays readable in an archive: PDF, JPEG, PNG, TIFF (scanners),
/// WebP (pictures saved from WeChat) and HEIC (iPhone photos; kept as taken rather than asking workers to convert
/// them, which loses nothing but costs them a tool they do not have). Anything else is refused.
public enum AttachmentMediaType: String, CaseIterable, Codable, Sendable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"
    case tiff = "image/tiff"
    case webp = "image/webp"
    case heic = "image/heic"

    /// English msgid of the kind as the interface names it.
    public var title: String {
        switch self {
        case .pdf: N_("PDF document")
        case .jpeg: N_("JPEG image")
        case .png: N_("PNG image")
        case .tiff: N_("TIFF image")
        case .webp: N_("WebP image")
        case .heic: N_("HEIC image")
        }
    }

    /// The file name extensions of the kind, the usual one first, lowercase.
    public var fileExtensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .jpeg: ["jpg", "jpeg", "jpe"]
        case .png: ["png"]
        case .tiff: ["tif", "tiff"]
        case .webp: ["webp"]
        case .heic: ["heic", "heif"]
        }
    }

    /// The kind the bytes are, by their first bytes (magic numbers), or nil when they are none of these.
    public init?(content bytes: [UInt8]) {
        guard let kind = Self.allCases.first(where: { $0.matches(bytes) }) else { return nil }
        self = kind
    }

    private func matches(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .pdf: bytes.starts(with: Array("%PDF-".utf8))
        case .jpeg: bytes.starts(with: [0xFF, 0xD8, 0xFF])
        case .png: bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .tiff: bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A])
        case .webp: bytes.starts(with: Array("RIFF".utf8)) && Self.ascii(bytes, 8..<12) == "WEBP"
        // An ISO base media file whose brand is one of HEIF's ("ftyp" box at offset 4).
        case .heic: Self.ascii(bytes, 4..<8) == "ftyp"
            && ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"].contains(Self.ascii(bytes, 8..<12))
        }
    }

    private static func ascii(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        guard bytes.count >= range.upperBound else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
