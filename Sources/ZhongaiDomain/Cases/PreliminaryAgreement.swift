/// 初步服务协议: what worker and client agree at intake. Rule INTAKE-03.
public struct PreliminaryAgreement: Equatable, Codable, Sendable {
    public var form: AgreementForm
    /// 角色期望: what each side expects of the other.
    public var roleExpectations: String
    /// 预计服务时长, as agreed (e.g. 三个月).
    public var expectedDuration: String

    public init(form: AgreementForm, roleExpectations: String, expectedDuration: String) {
        self.form = form
        self.roleExpectations = roleExpectations
        self.expectedDuration = expectedDuration
    }
}
