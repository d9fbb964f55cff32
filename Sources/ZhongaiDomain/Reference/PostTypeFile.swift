/// Parses the post types and their annual targets. Rule IND-01.
///
/// data/post_types.txt: `code | name`, code as in `ClientCategoryFile.isValidCode`.
/// data/post_targets.txt: `post type code | indicator | minimum a year`, indicator an `Indicator` raw value,
/// minimum a whole number ≥ 0, or `-` where the table says the number is set by the post's reality
/// (根据实际确定): such an indicator is absent from the post type's targets, not zero.
public enum PostTypeFile {
    public static let typesFileName = "post_types.txt"
    public static let targetsFileName = "post_targets.txt"

    public static func parse(types typesText: String, targets targetsText: String,
                             typesFile: String = typesFileName, targetsFile: String = targetsFileName) throws -> [PostType] {
        var postTypes: [PostType] = []
        for line in try DataFileLine.records(in: typesText, file: typesFile, fieldCount: 2...2) {
            let code = try line.required(0, N_("code"))
            guard ClientCategoryFile.isValidCode(code) else {
                throw line.error(N_("code “%@” must be lowercase letters, digits or “_”"), code)
            }
            let name = try line.required(1, N_("name"))
            guard !postTypes.contains(where: { $0.code == code || $0.name == name }) else {
                throw line.error(N_("post type “%@” appears twice"), postTypes.contains { $0.code == code } ? code : name)
            }
            postTypes.append(PostType(code: code, name: name, targets: [:]))
        }
        var seen: Set<String> = []
        for line in try DataFileLine.records(in: targetsText, file: targetsFile, fieldCount: 3...3) {
            let code = try line.required(0, N_("post type"))
            guard let index = postTypes.firstIndex(where: { $0.code == code }) else {
                throw line.error(N_("post type “%@” is not in %@"), code, typesFile, rule: "IND-01")
            }
            let indicatorKey = try line.required(1, N_("indicator"))
            guard Indicator(rawValue: indicatorKey) != nil else {
                throw line.error(N_("“%@” is not an indicator"), indicatorKey, rule: "IND-01")
            }
            guard seen.insert(code + "|" + indicatorKey).inserted else {
                throw line.error(N_("%@ of %@ appears twice"), indicatorKey, code, rule: "IND-01")
            }
            let minimumText = try line.required(2, N_("minimum"))
            if minimumText == "-" { continue }
            guard let minimum = PostTypeFile.parseMinimum(minimumText) else {
                throw line.error(N_("minimum “%@” is not a whole number ≥ 0 or “-”"), minimumText, rule: "IND-01")
            }
            postTypes[index].targets[indicatorKey] = minimum
        }
        return postTypes
    }

    /// A whole number of at most 6 ASCII digits: annual counts never come near a million.
    public static func parseMinimum(_ text: String) -> Int? {
        guard (1...6).contains(text.count), text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            return nil
        }
        return Int(text)
    }
}
