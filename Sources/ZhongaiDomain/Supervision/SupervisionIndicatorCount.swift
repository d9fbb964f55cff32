/// SUP-06, IND-01: a worker's supervision and training sessions in a year, against the annual targets.
public struct SupervisionIndicatorCount: Equatable, Codable, Sendable {
    public var workerCode: String
    public var workerName: String
    public var year: Int
    /// Supervision sessions attended as a supervisee (a group session counts once for each member).
    public var supervisionCount: Int
    /// Training and team-building sessions attended.
    public var trainingCount: Int
    public var supervisionTarget: Int
    public var trainingTarget: Int

    public init(workerCode: String, workerName: String, year: Int, supervisionCount: Int, trainingCount: Int,
                supervisionTarget: Int, trainingTarget: Int) {
        self.workerCode = workerCode
        self.workerName = workerName
        self.year = year
        self.supervisionCount = supervisionCount
        self.trainingCount = trainingCount
        self.supervisionTarget = supervisionTarget
        self.trainingTarget = trainingTarget
    }
}
