/// One line of a budget (财务预算) or of a finance report (财务报告): what, and how much.
public struct BudgetLine: Equatable, Codable, Sendable {
    public var item: String
    public var amount: MoneyAmount

    public init(item: String, amount: MoneyAmount) {
        self.item = item
        self.amount = amount
    }
}

extension Array where Element == BudgetLine {
    /// The sum of the lines.
    public var total: MoneyAmount { reduce(.zero) { $0 + $1.amount } }

    /// The lines with their items trimmed, or a `ValidationError` naming `field`: a line without its item.
    func validated(field: String) throws -> [BudgetLine] {
        try map { line in
            var valid = line
            valid.item = line.item.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !valid.item.isEmpty else {
                throw ValidationError(field: field, N_("a line of %@ needs its item"), line.amount.description)
            }
            guard line.amount.fen >= 0 else {
                throw ValidationError(field: field, N_("“%@” has a negative amount"), valid.item)
            }
            return valid
        }
    }
}
