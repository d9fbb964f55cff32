import Foundation
import ZhongaiDomain

/// Search-as-you-type over a session's roster (issue 5): every prefix of each member's name, initials and last four
/// phone digits typed one keystroke at a time; each keystroke's search timed.
struct RosterSearchBenchmark {
    struct Result {
        let members: Int
        let prepareMilliseconds: Double
        let perKeystroke: Measurement
        /// The same keystrokes as a plain scan: each member's name, phone and initials tested with `contains`.
        let plainScan: Measurement
    }

    let members: Int

    func run() -> Result {
        var random = SeededGenerator(seed: 5)
        let entries = (0..<members).map { index in
            RosterEntry(id: "r\(index)", name: ChineseCorpus.personName(&random), phone: ChineseCorpus.phone(&random))
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let search = RosterSearch(entries)
        let prepare = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let reader = PinyinReader()
        var queries: [String] = []
        for entry in entries.prefix(100) {
            let initials = (try? reader.personInitials(entry.name)) ?? ""
            for text in [entry.name, initials.lowercased(), String(entry.phone.suffix(4))] {
                for length in 1...max(1, text.count) { queries.append(String(text.prefix(length))) }
            }
        }
        var times: [Double] = []
        var found = 0
        for query in queries {
            let begin = DispatchTime.now().uptimeNanoseconds
            found &+= search.search(query, limit: 50).count
            times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
        }
        precondition(found > 0)
        let initials = entries.map { ((try? reader.personInitials($0.name)) ?? "").lowercased() }
        var scanTimes: [Double] = []
        for query in queries {
            let begin = DispatchTime.now().uptimeNanoseconds
            var hits = 0
            for (index, entry) in entries.enumerated()
            where entry.name.contains(query) || entry.phone.hasSuffix(query) || initials[index].hasPrefix(query) {
                hits += 1
                if hits == 50 { break }
            }
            found &+= hits
            scanTimes.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
        }
        return Result(members: members, prepareMilliseconds: prepare,
                      perKeystroke: Measurement(name: "search", millisecondTimes: times),
                      plainScan: Measurement(name: "plain scan of the same roster (contains, no pinyin index)",
                                             millisecondTimes: scanTimes))
    }
}
