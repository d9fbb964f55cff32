/// 小组点名表 (GRP-04) as a printable document: one row per member with a mark for each session (✓ present, ✗
/// absent, blank when not counted), sessions attended, the attendance rate and, flagged, the absences in a row;
/// the count present under each session. Labels are msgids, given to `translate`.
public struct RollCallDocument {
    public let translate: (String) -> String

    public init(translate: @escaping (String) -> String) {
        self.translate = translate
    }

    private func t(_ msgid: String) -> String { translate(msgid) }

    /// Rule GRP-04. Sessions are numbered columns ("1", "2"…), their dates listed above the table, so that a
    /// dozen sessions still fit the width of an A4 page.
    public func document(_ heading: ProgrammeDocumentHeading, rollCall: RollCall) -> PrintableDocument {
        let numbers = rollCall.sessions.map { String($0.number) }
        var rows = rollCall.members.map { member -> [String] in
            let rate = member.attendanceRate.map { String(Int(($0 * 100).rounded())) + "%" } ?? ""
            return [member.name + (member.isWalkIn ? "＊" : "")] + member.marks.map(\.sign)
                + ["\(member.sessionsAttended)/\(member.sessionsCounted)", rate,
                   member.isFlagged ? String(member.longestAbsenceRun) : ""]
        }
        rows.append([t(N_("Present"))] + rollCall.sessions.map { $0.isHeld ? String($0.attendance) : "" } + ["", "", ""])
        let dates = rollCall.sessions.map { "\($0.number)：\($0.heldOn)" }.joined(separator: "　")
        var blocks: [DocumentBlock] = []
        if !dates.isEmpty { blocks.append(.paragraph(t(N_("Sessions:")) + " " + dates)) }
        blocks.append(.table(DocumentTable(
            columns: [t(N_("Full name"))] + numbers + [t(N_("Attended")), t(N_("Rate")), t(N_("Absent in a row"))],
            rows: rows)))
        var notes = [t(N_("✓ present, ✗ absent, blank: not counted (still to come, or before the member registered); ＊ walk-in."))]
        if !rollCall.flaggedMembers.isEmpty {
            notes.append(fill(t(N_("Missed %@ or more sessions in a row, to follow up: %@")), [
                String(rollCall.absenceFlag), rollCall.flaggedMembers.map(\.name).joined(separator: "、"),
            ]))
        }
        blocks += notes.map { .paragraph($0) }
        return PrintableDocument(title: t(N_("Roll Call")), subtitle: heading.code, headerFields: heading.fields(translate),
                                 sections: [
            DocumentSection(heading: t(N_("Attendance")), blocks: blocks),
            DocumentSection(heading: t(N_("Signatures")), blocks: [.signature(signer: t(N_("Social worker")))]),
        ])
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
