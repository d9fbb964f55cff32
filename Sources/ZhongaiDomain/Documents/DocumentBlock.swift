/// One block of a document section.
public enum DocumentBlock: Equatable, Sendable {
    /// Running text; line breaks inside it are kept.
    case paragraph(String)
    /// Label/value pairs, printed as a two-column ruled table.
    case fields([DocumentField])
    /// A ruled table with its column titles.
    case table(DocumentTable)
    /// A line for a signer to sign and date on paper: "服务对象签名：________　日期：________".
    case signature(signer: String)

    /// The signature line for `signer` (服务对象, 社工, 督导), or an unnamed one when `signer` is empty.
    public static func signatureLine(signer: String) -> String {
        "\(signer)签名：________________　　日期：________________"
    }

    /// The block's text in reading order.
    public var plainText: [String] {
        switch self {
        case .paragraph(let text): [text]
        case .fields(let fields): fields.flatMap { [$0.label, $0.value] }
        case .table(let table): table.columns + table.rows.flatMap { $0 }
        case .signature(let signer): [DocumentBlock.signatureLine(signer: signer)]
        }
    }
}
