/// One line of a 《财务报告》: an item with its budget and what was spent (nil: not budgeted / nothing spent).
public struct FinanceLine: Equatable, Codable, Sendable {
    public var item: String
    public var budgeted: MoneyAmount?
    public var spent: MoneyAmount?

    public init(item: String, budgeted: MoneyAmount?, spent: MoneyAmount?) {
        self.item = item
        self.budgeted = budgeted
        self.spent = spent
    }

    /// Spent minus budgeted: positive when over budget.
    public var difference: MoneyAmount { (spent ?? .zero) - (budgeted ?? .zero) }
}
