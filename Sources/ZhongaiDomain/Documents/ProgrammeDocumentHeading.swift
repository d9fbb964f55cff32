/// What every programme document (签到表, 点名表, 计划书) prints above its body: the programme's archive code, its
/// title and kind, the worker in charge, and the session it is for when it is for one ("第 1 节 2026-03-05 14:30
/// 活动室").
public struct ProgrammeDocumentHeading: Equatable, Sendable {
    public var code: String
    public var title: String
    /// The kind as printed (治疗性小组, 讲座…), already translated.
    public var kind: String
    public var workerName: String
    public var session: String?

    public init(code: String, title: String, kind: String, workerName: String, session: String? = nil) {
        self.code = code
        self.title = title
        self.kind = kind
        self.workerName = workerName
        self.session = session
    }

    /// The header fields, labels given to `translate`.
    func fields(_ translate: (String) -> String) -> [DocumentField] {
        var fields = [DocumentField(translate(N_("Programme")), title),
                      DocumentField(translate(N_("Kind")), kind),
                      DocumentField(translate(N_("Social worker")), workerName)]
        if let session { fields.append(DocumentField(translate(N_("Session")), session)) }
        return fields
    }
}
