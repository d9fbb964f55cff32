import Foundation

/// Search-as-you-type over a session's roster (issue 5 item 2): by name (any part of it), by pinyin initials (王小明
/// → WXM, read with the surname corrections of `PinyinReader`), by whole pinyin (wangxiaoming) or by the last four
/// digits of the phone.
///
/// The readings are computed once, when the roster is loaded, never per keystroke: ICU's transliteration is the
/// slow part. A keystroke is then one pass over prepared strings (BENCHMARKS.md: well under a millisecond for 500).
///
/// Order: an exact hit first (the whole name, the whole initials, the four digits), then a hit at the start (the
/// family name, the first initials), then one inside; people not yet signed in before those who are; then the
/// shorter name (the closer match); then by name.
public struct RosterSearch: Sendable {
    private struct Prepared: Sendable {
        var entry: RosterEntry
        let name: String
        let length: Int
        let initials: String
        let pinyin: String
        let lastFour: String
        let digits: String
    }

    private var people: [Prepared]
    private let reader: PinyinReader

    public init(_ entries: [RosterEntry], reader: PinyinReader = PinyinReader()) {
        self.reader = reader
        people = entries.map { RosterSearch.prepare($0, reader: reader) }
    }

    /// The roster as loaded, with the changes since (sign-ins, walk-ins), in its original order.
    public var entries: [RosterEntry] { people.map(\.entry) }

    /// Replaces an entry (by id) after a sign-in, keeping its readings; adds it when new (a walk-in).
    public mutating func update(_ entry: RosterEntry) {
        if let index = people.firstIndex(where: { $0.entry.id == entry.id }) {
            if people[index].entry.name == entry.name, people[index].entry.phone == entry.phone {
                people[index].entry = entry
            } else {
                people[index] = RosterSearch.prepare(entry, reader: reader)
            }
        } else {
            people.append(RosterSearch.prepare(entry, reader: reader))
        }
    }

    /// The people `query` finds, best first; everyone (by name) for an empty query. `limit` caps the answer.
    public func search(_ query: String, limit: Int = .max) -> [RosterEntry] {
        let text = query.filter { !$0.isWhitespace }
        var hits: [(rank: Int, person: Prepared)] = []
        if text.isEmpty {
            hits = people.map { (0, $0) }
        } else if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            for person in people {
                if person.lastFour == text { hits.append((0, person)) }
                else if text.count < 4, person.lastFour.hasPrefix(text) { hits.append((1, person)) }
                else if text.count > 4, person.digits.contains(text) { hits.append((2, person)) }
            }
        } else if text.allSatisfy({ $0.isASCII && $0.isLetter }) {
            let upper = text.uppercased(), lower = text.lowercased()
            for person in people {
                if person.initials == upper { hits.append((0, person)) }
                else if !person.initials.isEmpty, person.initials.hasPrefix(upper) { hits.append((1, person)) }
                else if person.pinyin.hasPrefix(lower) { hits.append((2, person)) }
                else if person.name.lowercased().contains(lower) { hits.append((3, person)) }
            }
        } else {
            for person in people {
                if person.name == text { hits.append((0, person)) }
                else if person.name.hasPrefix(text) { hits.append((1, person)) }
                else if person.name.contains(text) { hits.append((2, person)) }
            }
        }
        hits.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let aSigned = a.person.entry.signedInAt != nil, bSigned = b.person.entry.signedInAt != nil
            if aSigned != bSigned { return !aSigned }
            if a.person.length != b.person.length { return a.person.length < b.person.length }
            if a.person.name != b.person.name { return a.person.name < b.person.name }
            return a.person.entry.id < b.person.entry.id
        }
        return hits.prefix(limit).map(\.person.entry)
    }

    private static func prepare(_ entry: RosterEntry, reader: PinyinReader) -> Prepared {
        let name = entry.name.trimmingCharacters(in: .whitespacesAndNewlines)
        // A name the reader cannot read (digits, punctuation) is still found by its characters and phone.
        let reading = try? reader.readPerson(name)
        let digits = entry.phone.filter { $0.isASCII && $0.isNumber }
        return Prepared(entry: entry, name: name, length: name.count, initials: reading?.initials ?? "",
                        pinyin: reading?.syllables.joined() ?? "", lastFour: String(digits.suffix(4)), digits: digits)
    }
}
