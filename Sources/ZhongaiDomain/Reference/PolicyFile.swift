/// Parses data/policy.txt: `key | value | unit | clause | note` (note optional). Every `PolicyKey` must appear
/// exactly once, with the unit code reads it in; an unknown key is refused, so a typo cannot pass for a rule.
public enum PolicyFile {
    public static let fileName = "policy.txt"

    public static func parse(_ text: String, file: String = fileName) throws -> [PolicyEntry] {
        var entries: [PolicyEntry] = []
        for line in try DataFileLine.records(in: text, file: file, fieldCount: 4...5) {
            let keyText = try line.required(0, N_("key"))
            guard let key = PolicyKey(rawValue: keyText) else {
                throw line.error(N_("“%@” is not a policy key"), keyText)
            }
            guard !entries.contains(where: { $0.key == key }) else {
                throw line.error(N_("key “%@” appears twice"), keyText)
            }
            let unitText = try line.required(2, N_("unit"))
            guard let unit = PolicyUnit(rawValue: unitText) else {
                throw line.error(N_("“%@” is not a unit"), unitText)
            }
            guard unit == key.unit else {
                throw line.error(N_("%@ is counted in %@, not %@"), keyText, key.unit.rawValue, unitText)
            }
            let value = try unit.parseValue(try line.required(1, N_("value")), field: file, line: line.number)
            let clause = try line.required(3, N_("clause"))
            entries.append(PolicyEntry(key: key, value: value, unit: unit, clause: clause, note: line[4]))
        }
        if let missing = PolicyKey.allCases.first(where: { key in !entries.contains { $0.key == key } }) {
            throw ValidationError(field: file, N_("key “%@” is missing"), missing.rawValue)
        }
        return entries
    }
}
