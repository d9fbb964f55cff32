import GRDB
import ZhongaiDomain

/// What the sheets of one year are made from, read once in the transaction: the policy, post types, counts,
/// contracts and agreed conversions.
struct IndicatorSheetBuilder {
    let year: Int
    let policy: Policy
    let calculator: IndicatorCalculator
    let postTypes: [String: PostType]
    let counts: IndicatorCounts
    let contracts: [String: IndicatorPostContract]
    let agreed: [String: [IndicatorConversion]]

    init(_ db: Database, year: Int, today: CalendarDate, workers: [String]?) throws {
        self.year = year
        policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
        calculator = IndicatorCalculator(policy: policy)
        postTypes = Dictionary(uniqueKeysWithValues: try AppDatabase.fetchPostTypes(db).map { ($0.code, $0) })
        counts = try AppDatabase.indicatorCounts(db, year: year, today: today, policy: policy, workers: workers)
        contracts = try AppDatabase.fetchPostContracts(db, year: year, workers: workers)
        agreed = try AppDatabase.fetchAgreedConversions(db, year: year, workers: workers)
    }

    /// Rules IND-01, IND-02, IND-04: one worker's sheet.
    func sheet(of worker: Worker) -> IndicatorSheet {
        let postType = worker.postType.flatMap { postTypes[$0] }
        return calculator.sheet(subject: .worker(code: worker.code, name: worker.name), year: year,
                                postTypeCode: postType?.code, postTypeName: postType?.name, posts: 1,
                                targets: IndicatorCalculator.targets(of: postType),
                                monthly: counts.tally.monthly(workers: [worker.code]),
                                allowedClauses: Set(contracts[worker.code]?.allowedClauses ?? []),
                                agreed: agreed[worker.code] ?? [],
                                satisfaction: counts.satisfaction(workers: [worker.code],
                                                                  thresholdPercent: policy.satisfactionMinPercent))
    }

    /// Rule IND-03: a team's sheet: the targets of its active workers' posts summed, the counts and agreed
    /// conversions of all its workers; proposals on the clauses any of its contracts allows.
    func teamSheet(servicePointID: Int64, name: String, members: [Worker]) -> IndicatorSheet {
        var posts: [String: Int] = [:]
        for member in members where member.isActive {
            if let code = member.postType, postTypes[code] != nil { posts[code, default: 0] += 1 }
        }
        let kinds = postTypes.values.filter { posts[$0.code] != nil }.sorted { $0.code < $1.code }
        let only = kinds.count == 1 ? kinds.first : nil
        let codes = members.map(\.code)
        return calculator.sheet(subject: .team(servicePointID: servicePointID, name: name), year: year,
                                postTypeCode: only?.code, postTypeName: only?.name,
                                posts: posts.values.reduce(0, +),
                                targets: IndicatorCalculator.teamTargets(posts: kinds.map { ($0, posts[$0.code]!) }),
                                monthly: counts.tally.monthly(workers: codes),
                                allowedClauses: Set(codes.flatMap { contracts[$0]?.allowedClauses ?? [] }),
                                agreed: codes.flatMap { agreed[$0] ?? [] },
                                satisfaction: counts.satisfaction(workers: codes,
                                                                  thresholdPercent: policy.satisfactionMinPercent))
    }
}
