import ZhongaiDomain

/// The year's counts of the annual indicators per worker and month, and the participants' satisfaction per worker
/// and item, as the records give them (IND-01, IND-02, IND-05).
struct IndicatorCounts {
    var tally = IndicatorTally()
    /// Worker code → item → (forms answering it, forms scoring it satisfied).
    var satisfaction: [String: [FeedbackItem: (responses: Int, satisfied: Int)]] = [:]

    /// Rule IND-02: the satisfaction of `workers`' programmes per item, against the policy's threshold.
    func satisfaction(workers: [String], thresholdPercent: Int) -> [ItemSatisfaction] {
        FeedbackItem.allCases.map { item in
            var responses = 0, satisfied = 0
            for worker in Set(workers) {
                if let counts = satisfaction[worker]?[item] {
                    responses += counts.responses
                    satisfied += counts.satisfied
                }
            }
            return ItemSatisfaction(item: item, responses: responses, satisfied: satisfied,
                                    thresholdPercent: thresholdPercent)
        }
    }
}
