/// 按总成绩排名: candidates with a total by total, highest first, equal totals sharing a place and shown as ties;
/// then those without a total. Rule SEL-02.
public enum SelectionRanking {
    public static func rank(_ sheets: [ScoreSheet]) -> [RankedCandidate] {
        let scored = sheets.filter { $0.total != nil }.sorted {
            ($0.total!, $1.workerCode) > ($1.total!, $0.workerCode)
        }
        var ranked: [RankedCandidate] = []
        for (index, sheet) in scored.enumerated() {
            let ties = scored.filter { $0.total == sheet.total }.count
            let place = (scored.firstIndex { $0.total == sheet.total } ?? index) + 1
            ranked.append(RankedCandidate(rank: place, isTied: ties > 1, sheet: sheet))
        }
        let unscored = sheets.filter { $0.total == nil }.sorted { $0.workerCode < $1.workerCode }
        return ranked + unscored.map { RankedCandidate(rank: nil, isTied: false, sheet: $0) }
    }
}
