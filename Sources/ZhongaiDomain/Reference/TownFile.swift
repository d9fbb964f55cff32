/// Parses data/towns.txt: `name | kind | code`, kind one of 街道, 镇, 功能区. Rule ARC-02: names and codes are
/// unique, so two places that would share initials must be told apart in the file (厚街 HOJ beside 黄江 HJ).
public enum TownFile {
    public static let fileName = "towns.txt"

    public static func parse(_ text: String, file: String = fileName) throws -> [TownEntry] {
        var names: Set<String> = []
        var codes: [String: String] = [:]
        var entries: [TownEntry] = []
        for line in try DataFileLine.records(in: text, file: file, fieldCount: 3...3) {
            let name = try line.required(0, N_("name"))
            guard let kind = TownKind(rawValue: try line.required(1, N_("kind"))) else {
                throw line.error(N_("kind “%@” is not one of 街道, 镇, 功能区"), line[1])
            }
            let code = try TownEntry.validatedCode(line[2], field: file, line: line.number)
            guard names.insert(name).inserted else { throw line.error(N_("town “%@” appears twice"), name) }
            if let other = codes[code] {
                throw line.error(N_("code %@ is already %@’s"), code, other, rule: "ARC-02")
            }
            codes[code] = name
            entries.append(TownEntry(name: name, kind: kind, code: code))
        }
        return entries
    }
}
