/// Parses data/client_categories.txt: `code | name`, code lowercase ASCII letters, digits and `_`. Rule INTAKE-01.
public enum ClientCategoryFile {
    public static let fileName = "client_categories.txt"

    public static func parse(_ text: String, file: String = fileName) throws -> [ClientCategory] {
        var categories: [ClientCategory] = []
        for line in try DataFileLine.records(in: text, file: file, fieldCount: 2...2) {
            let code = try line.required(0, N_("code"))
            guard ClientCategoryFile.isValidCode(code) else {
                throw line.error(N_("code “%@” must be lowercase letters, digits or “_”"), code)
            }
            let name = try line.required(1, N_("name"))
            guard !categories.contains(where: { $0.code == code || $0.name == name }) else {
                throw line.error(N_("category “%@” appears twice"), categories.contains { $0.code == code } ? code : name)
            }
            categories.append(ClientCategory(code: code, name: name))
        }
        return categories
    }

    /// A stable key: lowercase ASCII letters, digits and underscores, starting with a letter.
    public static func isValidCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
