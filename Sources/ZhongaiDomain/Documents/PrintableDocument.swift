/// 文书: a document the workbench drafts from a record (接案表, 同意书, 服务计划书…), as data. `ZhongaiGtk`'s
/// `DocumentPrinter` lays it out in the centre's format (ARC-10) and exports it as PDF or prints it; the builders
/// of each document fill it from the record.
///
/// The text is final, in the language the document is printed in (the builders translate their labels), so
/// nothing here is a gettext msgid. The few words the format itself adds (the page footer, the signature line) are
/// the centre's prescribed Chinese.
public struct PrintableDocument: Equatable, Sendable {
    /// The document's nature, printed as its title and used in its file name (个案接案表).
    public var title: String
    /// Printed under the title: the archive code (档案编号), or another line naming the file.
    public var subtitle: String?
    /// Fields printed in a ruled table above the first section (服务对象, 社工, 日期…).
    public var headerFields: [DocumentField]
    public var sections: [DocumentSection]

    public init(title: String, subtitle: String? = nil, headerFields: [DocumentField] = [],
                sections: [DocumentSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.headerFields = headerFields
        self.sections = sections
    }

    /// The footer of page `page` (from 1) of `count`: "第 2 页 / 共 3 页".
    public static func pageFooter(page: Int, of count: Int) -> String {
        "第 \(page) 页 / 共 \(count) 页"
    }

    /// Every piece of text the document prints, in reading order, footers aside: for tests and for searching.
    public var plainText: [String] {
        var text = [title]
        if let subtitle { text.append(subtitle) }
        text += headerFields.flatMap { [$0.label, $0.value] }
        for section in sections {
            text.append(section.heading)
            text += section.blocks.flatMap(\.plainText)
        }
        return text
    }
}
