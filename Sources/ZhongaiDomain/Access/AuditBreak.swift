/// The first row where the chain breaks.
public struct AuditBreak: Equatable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var problem: AuditProblem

    public init(sequence: Int64, problem: AuditProblem) {
        self.sequence = sequence
        self.problem = problem
    }

    /// English msgid with `%@` placeholders, and its arguments, for the interface to translate.
    public var format: String {
        switch problem {
        case .rowAltered: N_("row %@: its hash does not match its content (edited, or written behind the program's back)")
        case .chainBroken: N_("row %@: it does not follow the row before it (a row was deleted, inserted or rewritten)")
        case .sequenceGap: N_("row %@: the rows from %@ on are missing (deleted)")
        case .rowsMissingAtEnd: N_("rows %@ to %@ are missing at the end (deleted)")
        }
    }

    public var arguments: [String] {
        switch problem {
        case .rowAltered, .chainBroken: [String(sequence)]
        case .sequenceGap(let expected): [String(sequence), String(expected)]
        case .rowsMissingAtEnd(let last): [String(sequence), String(last)]
        }
    }

    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        for value in arguments {
            guard let range = text.range(of: "%@") else { break }
            text.replaceSubrange(range, with: value)
        }
        return text + " [CONF-02]"
    }

    public var description: String { localized { $0 } }
}
