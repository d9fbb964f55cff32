import Foundation

/// 移交清单 (ARC-08, 档案接收制度 第三章 1(2)): in duplicate — one copy for the archive, one kept by the worker — each
/// with the content, the quantity, the time and both confirmations. Labels are msgids, given to `translate`; times
/// are printed in China time.
public struct HandoverListDocument {
    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    /// The document's nature, for its title and its file name (ARC-10).
    public var nature: String { t(N_("Archive Handover List")) }

    public func document(_ list: HandoverList) -> PrintableDocument {
        let rows = list.lines.enumerated().map { index, line -> [String] in
            [String(index + 1), t(line.kind.title), line.code, line.name, line.closedOn?.description ?? "",
             "\(line.documentsReady)/\(line.documentsTotal)", line.missingDocuments.map(t).joined(separator: "、")]
        }
        let table = DocumentTable(columns: [t(N_("No.")), t(N_("Kind")), t(N_("Archive code")), t(N_("Name")),
                                            t(N_("Ended on")), t(N_("Documents")), t(N_("Missing"))], rows: rows)
        let content = Dictionary(grouping: list.lines, by: \.kind)
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\(t($0.key.title)) \($0.value.count)" }.joined(separator: "，")
        let fields = [
            DocumentField(t(N_("Quarter")), list.quarter.chineseText),
            DocumentField(t(N_("Handed over by")), "\(list.workerName)（\(list.workerCode)）"),
            DocumentField(t(N_("Content")), content),
            DocumentField(t(N_("Quantity")), fill(t(N_("%@ records, %@ documents")),
                                                  [String(list.lines.count), String(list.documentCount)])),
            DocumentField(t(N_("Handed over at")), Self.time(list.handedOverAt)),
            DocumentField(t(N_("Received by")), list.receiverName.map { "\($0)（\(list.receiverCode ?? "")）" } ?? ""),
            DocumentField(t(N_("Received at")), Self.time(list.receivedAt)),
        ] + (list.returnReason.map { [DocumentField(t(N_("Returned because")), $0)] } ?? [])
        let copies = [t(N_("Copy 1 of 2: kept in the archive")), t(N_("Copy 2 of 2: kept by the social worker"))]
        let sections = copies.map { copy in
            DocumentSection(heading: copy, blocks: [
                .fields(fields), .table(table),
                .signature(signer: t(N_("Handed over by"))), .signature(signer: t(N_("Received by (service department)"))),
            ])
        }
        return PrintableDocument(title: nature, subtitle: t(N_("In duplicate: one copy for the archive, one for the social worker")),
                                 headerFields: [], sections: sections)
    }

    /// A confirmation time in China time; empty when not confirmed yet.
    static func time(_ date: Date?) -> String {
        date.map(ChinaClock.dateTime) ?? ""
    }

    private func fill(_ format: String, _ arguments: [String]) -> String {
        var result = format
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }
}
