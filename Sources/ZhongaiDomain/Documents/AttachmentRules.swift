import Foundation

/// Rule CASE-14 (个案附件): what may be attached to a record as a scan or photo. The kind is read from the content,
/// never trusted from the name: programs and scripts are refused by name, anything not a known document or image
/// kind is refused too, as are empty files and files over the policy's size limit (`attachment.max_megabytes`).
public struct AttachmentRules: Sendable {
    public static let bytesPerMegabyte = 1_048_576
    /// Extensions that make a desktop run the file when it is opened. A name ending in one is refused even over
    /// harmless content: exported, it would be handed to the program that runs it.
    static let runnableExtensions: Set<String> = [
        "exe", "dll", "com", "bat", "cmd", "scr", "msi", "pif", "cpl", "ps1", "vbs", "vbe", "js", "jse", "wsf",
        "hta", "lnk", "jar", "apk", "sh", "bash", "run", "bin", "elf", "so", "app", "dylib", "desktop", "py", "pl",
    ]

    public let maxBytes: Int

    public init(maxMegabytes: Int) {
        maxBytes = maxMegabytes * Self.bytesPerMegabyte
    }

    public init(policy: Policy) {
        self.init(maxMegabytes: policy.attachmentMaxMegabytes)
    }

    /// The file as it will be kept: its kind, and its name without folders and ending in an extension of that
    /// kind ("扫描件.jpg" holding a PNG is kept as "扫描件.png"; "身份证" gains ".jpg"). Refused with the rule named.
    public func check(fileName: String, data: Data) throws -> CheckedAttachment {
        let name = try Self.baseName(fileName)
        guard !data.isEmpty else {
            throw ValidationError(field: N_("Attachment"), N_("“%@” is empty"), name, rule: "CASE-14")
        }
        guard data.count <= maxBytes else {
            throw ValidationError(field: N_("Attachment"), N_("“%@” is %@ MB; the limit is %@ MB"), name,
                                  Self.megabytes(data.count), Self.megabytes(maxBytes), rule: "CASE-14")
        }
        let head = [UInt8](data.prefix(16))
        if let program = ExecutableSignature(content: head) {
            throw ValidationError(field: N_("Attachment"), N_("“%@” is %@; programs are never attached"), name,
                                  program.title, rule: "CASE-14")
        }
        guard let kind = AttachmentMediaType(content: head) else {
            throw ValidationError(field: N_("Attachment"),
                                  N_("“%@” is not a PDF, JPEG, PNG, TIFF, WebP or HEIC file"), name, rule: "CASE-14")
        }
        return CheckedAttachment(fileName: try Self.named(name, as: kind), mediaType: kind, byteCount: data.count)
    }

    /// The last component of a path (a file chooser may hand over a whole path), cleaned like a document's name.
    static func baseName(_ fileName: String) throws -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return try DocumentFileName.cleaned(last, field: N_("File name"), rule: "CASE-14")
    }

    /// `name` ending in an extension of `kind`: kept when it does, replaced when it names another accepted kind,
    /// added when it names none; refused when it is one that runs the file.
    static func named(_ name: String, as kind: AttachmentMediaType) throws -> String {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let ext = parts.count > 1 ? parts.last!.lowercased() : ""
        if kind.fileExtensions.contains(ext) { return name }
        if runnableExtensions.contains(ext) {
            throw ValidationError(field: N_("Attachment"), N_("“%@” is named as a program (.%@); rename it"), name,
                                  ext, rule: "CASE-14")
        }
        let usual = kind.fileExtensions[0]
        let acceptedElsewhere = AttachmentMediaType.allCases.contains { $0.fileExtensions.contains(ext) }
        let stem = acceptedElsewhere ? parts.dropLast().joined(separator: ".") : name
        let renamed = stem + "." + usual
        guard renamed.utf8.count <= DocumentFileName.maxBytes else {
            throw ValidationError(field: N_("File name"), N_("“%@” is too long for a file name"), name,
                                  rule: "CASE-14")
        }
        return renamed
    }

    /// Megabytes with one decimal: "20.0".
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / Double(bytesPerMegabyte))
    }
}
