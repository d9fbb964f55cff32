/// 签到表 (GRP-04): the sheet kept at every session of a group or activity. The blank sheet is the paper backup at
/// the venue, pre-filled with the registered names and followed by empty lines for walk-ins; the filled sheet is
/// drawn from the station's sign-ins with their times, "已签名" where a signature was drawn, and walk-ins marked.
/// Labels are msgids, given to `translate` (the interface's gettext; the identity in tests).
public struct SignInSheetDocument {
    /// Empty lines under the registered names on the paper backup, for those who come without registering.
    public static let walkInLines = 8

    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    /// Rule GRP-04: the registered names in order, each with an empty time and signature cell, then the empty lines.
    public func blank(_ heading: ProgrammeDocumentHeading, registeredNames: [String]) -> PrintableDocument {
        let registered = registeredNames.enumerated().map { [String($0.offset + 1), $0.element, "", ""] }
        let empty = (0..<Self.walkInLines).map { [String(registeredNames.count + $0 + 1), "", "", ""] }
        return PrintableDocument(title: t(N_("Sign-in Sheet")), subtitle: heading.code,
                                 headerFields: heading.fields(translate), sections: [
            DocumentSection(heading: t(N_("Participants")), blocks: [
                .table(DocumentTable(columns: [t(N_("No.")), t(N_("Full name")), t(N_("Time")), t(N_("Signature"))],
                                     rows: registered + empty)),
                .paragraph(t(N_("Those who came without registering write their name on an empty line."))),
            ]),
            DocumentSection(heading: t(N_("Signatures")), blocks: [.signature(signer: t(N_("Social worker")))]),
        ])
    }

    /// Rule GRP-04: who signed in, in the order they came, with the count; a walk-in is marked for matching.
    public func filled(_ heading: ProgrammeDocumentHeading, lines: [SignInSheetLine]) -> PrintableDocument {
        let rows = lines.enumerated().map { index, line in
            [String(index + 1), line.name, line.time, line.hasSignature ? "已签名" : "",
             line.isWalkIn ? t(N_("Walk-in")) : ""]
        }
        let walkIns = lines.filter(\.isWalkIn).count
        let count = fill(t(N_("%@ signed in, %@ of them walk-ins.")), [String(lines.count), String(walkIns)])
        return PrintableDocument(title: t(N_("Sign-in Sheet")), subtitle: heading.code,
                                 headerFields: heading.fields(translate), sections: [
            DocumentSection(heading: t(N_("Participants")), blocks: [
                .paragraph(count),
                .table(DocumentTable(columns: [t(N_("No.")), t(N_("Full name")), t(N_("Time")), t(N_("Signature")),
                                               t(N_("Note"))], rows: rows)),
            ]),
            DocumentSection(heading: t(N_("Signatures")), blocks: [.signature(signer: t(N_("Social worker")))]),
        ])
    }

    /// The filled sheet of one session from its sign-ins, in the order they came, times in China time.
    public func filled(_ heading: ProgrammeDocumentHeading, signIns: [SessionSignIn]) -> PrintableDocument {
        filled(heading, lines: signIns.sorted { $0.signedAt < $1.signedAt }.map {
            SignInSheetLine(name: $0.name, time: ChinaClock.time($0.signedAt),
                            hasSignature: $0.signature.map { !$0.isEmpty } ?? false, isWalkIn: $0.isWalkIn)
        })
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
