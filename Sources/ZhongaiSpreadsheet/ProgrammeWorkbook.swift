import ZhongaiDomain

/// A programme's sign-in workbook (issue 5 item 7): the registrations (《报名表》), the sign-ins of every session
/// (《签到表》) and the roll call (《点名表》, GRP-04), one sheet each, in the language `translate` gives.
public struct ProgrammeWorkbook {
    public let records: ProgrammeSignInRecords
    public let translate: (String) -> String

    public init(records: ProgrammeSignInRecords, translate: @escaping (String) -> String) {
        self.records = records
        self.translate = translate
    }

    public var workbook: Workbook {
        Workbook(sheets: [records.registrationsTable(translate: translate), records.signInsTable(translate: translate),
                          records.rollCallTable(translate: translate)].map(sheet))
    }

    public func write(to path: String) throws {
        try workbook.write(to: path)
    }

    private func sheet(_ table: SignInTable) -> Sheet {
        let columns = table.columns.map { title in
            SheetColumn(translate(title), width: max(8, min(24, Double(translate(title).count) * 2.2 + 4)))
        }
        let rows: [[SheetCell]] = table.rows.map { $0.map { .text($0) } }
        return Sheet(name: translate(table.name), title: "\(translate(table.name))：\(table.title)", columns: columns,
                     rows: rows)
    }
}
