import ZhongaiDomain

/// The household members as the client editor writes them: one per line, "name relationship [birth year] [note]".
enum HouseholdLines {
    static func members(_ text: String) throws -> [HouseholdMember] {
        var members: [HouseholdMember] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(whereSeparator: { $0.isWhitespace || "，,、".contains($0) }).map(String.init)
            guard !words.isEmpty else { continue }
            guard words.count >= 2 else {
                throw ValidationError(field: N_("Household members"),
                                      N_("write the name and the relationship, then the birth year if known"),
                                      line: index + 1)
            }
            var rest = Array(words.dropFirst(2))
            let year = rest.first.flatMap { Int($0) }
            if year != nil { rest.removeFirst() }
            members.append(HouseholdMember(name: words[0], relationship: words[1], birthYear: year,
                                           note: rest.joined(separator: " ")))
        }
        return members
    }

    static func text(_ members: [HouseholdMember]) -> String {
        members.map { m in
            ([m.name, m.relationship] + [m.birthYear.map(String.init), m.note.isEmpty ? nil : m.note].compactMap { $0 })
                .joined(separator: " ")
        }.joined(separator: "\n")
    }
}
