/// A visit target as it is added or changed (CHK-05).
public struct VisitTargetDraft: Equatable, Sendable {
    /// The unit and, where known, the person: 茶山镇社会事务局（李科长）.
    public var name: String
    public var kind: VisitTargetKind
    /// The town, by name, optional.
    public var townName: String?
    public var servicePointID: Int64?

    public init(name: String, kind: VisitTargetKind, townName: String? = nil, servicePointID: Int64? = nil) {
        self.name = name
        self.kind = kind
        self.townName = townName
        self.servicePointID = servicePointID
    }

    public func validated() throws -> VisitTargetDraft {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw ValidationError(field: N_("Visit target"), N_("must not be empty"), rule: "CHK-05") }
        return VisitTargetDraft(name: name, kind: kind, townName: ComplaintDraft.optional(townName),
                                servicePointID: servicePointID)
    }
}
