/// 报名: a candidate of a round with the registration form, the eligibility found on it and where the nomination
/// stands. Rules SEL-01, SEL-04.
public struct Nomination: Equatable, Codable, Sendable {
    public let id: Int64
    public let roundID: String
    public let workerCode: String
    public let workerName: String
    public let source: NominationSource
    public let nominatedBy: String
    public let form: RegistrationForm
    public let eligibility: Eligibility
    public let status: NominationStatus
    /// The day the promotion was applied to 人员与服务点.
    public let promotedOn: CalendarDate?

    public init(id: Int64, roundID: String, workerCode: String, workerName: String, source: NominationSource,
                nominatedBy: String, form: RegistrationForm, eligibility: Eligibility, status: NominationStatus,
                promotedOn: CalendarDate?) {
        self.id = id
        self.roundID = roundID
        self.workerCode = workerCode
        self.workerName = workerName
        self.source = source
        self.nominatedBy = nominatedBy
        self.form = form
        self.eligibility = eligibility
        self.status = status
        self.promotedOn = promotedOn
    }
}
