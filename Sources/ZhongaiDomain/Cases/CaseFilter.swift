/// What a case list is narrowed to. Every field left nil (or false) narrows nothing.
public struct CaseFilter: Equatable, Codable, Sendable {
    public var stage: CaseStage?
    public var state: CaseState?
    public var holderCode: String?
    public var servicePointID: Int64?
    /// Only cases with a deadline overdue.
    public var overdueOnly: Bool
    public var categoryCode: String?
    /// A part of the case code (the full-text search over names and narratives is the search's job).
    public var text: String?

    public init(stage: CaseStage? = nil, state: CaseState? = nil, holderCode: String? = nil,
                servicePointID: Int64? = nil, overdueOnly: Bool = false, categoryCode: String? = nil,
                text: String? = nil) {
        self.stage = stage
        self.state = state
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.overdueOnly = overdueOnly
        self.categoryCode = categoryCode
        self.text = text
    }
}
