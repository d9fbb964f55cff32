/// Parses data/sectors.txt: `code | name`, code three uppercase letters (REH, EDU …). Rule ARC-03.
public enum SectorFile {
    public static let fileName = "sectors.txt"

    public static func parse(_ text: String, file: String = fileName) throws -> [Sector] {
        var sectors: [Sector] = []
        for line in try DataFileLine.records(in: text, file: file, fieldCount: 2...2) {
            let code = try SectorFile.validatedCode(line[0], field: file, line: line.number)
            let name = try line.required(1, N_("name"))
            if sectors.contains(where: { $0.code == code }) {
                throw line.error(N_("sector %@ appears twice"), code, rule: "ARC-03")
            }
            if sectors.contains(where: { $0.name == name }) {
                throw line.error(N_("sector “%@” appears twice"), name, rule: "ARC-03")
            }
            sectors.append(Sector(code: code, name: name))
        }
        return sectors
    }

    /// Rule ARC-03: a sector code is three uppercase letters, as `ArchiveCode` requires.
    public static func validatedCode(_ code: String, field: String = N_("Sector"), line: Int? = nil) throws -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 3, trimmed.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw ValidationError(field: field, N_("“%@” must be three uppercase letters A–Z"), code,
                                  rule: "ARC-03", line: line)
        }
        return trimmed
    }
}
