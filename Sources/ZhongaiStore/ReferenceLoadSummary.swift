/// How many rows a load of the reference data added; all zero when everything was already there.
public struct ReferenceLoadSummary: Equatable, Sendable {
    public var towns = 0
    public var sectors = 0
    public var clientCategories = 0
    public var postTypes = 0
    public var postTargets = 0
    public var policyEntries = 0
    public var holidayYears = 0
    public var holidayDays = 0

    public init() {}

    public var total: Int {
        towns + sectors + clientCategories + postTypes + postTargets + policyEntries + holidayYears + holidayDays
    }
}
