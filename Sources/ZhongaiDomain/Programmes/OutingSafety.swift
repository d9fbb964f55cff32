import Foundation

/// The safety record of an outing (外出活动; GRP-10, 突发事件应急方案 四): the site survey (踩点) with its findings
/// and route, the vehicles, and the written notice to guardians who take participants.
public struct OutingSafety: Equatable, Codable, Sendable {
    public var surveyedOn: CalendarDate
    public var surveyor: String
    public var findings: String
    public var route: String
    public var usesVehicles: Bool
    public var vehicles: [OutingVehicle]
    public var guardiansTakeParticipants: Bool
    /// The written notice with its safety points (书面告知), when guardians take participants.
    public var guardianNotice: String

    public init(surveyedOn: CalendarDate, surveyor: String, findings: String, route: String, usesVehicles: Bool = false,
                vehicles: [OutingVehicle] = [], guardiansTakeParticipants: Bool = false, guardianNotice: String = "") {
        self.surveyedOn = surveyedOn
        self.surveyor = surveyor
        self.findings = findings
        self.route = route
        self.usesVehicles = usesVehicles
        self.vehicles = vehicles
        self.guardiansTakeParticipants = guardiansTakeParticipants
        self.guardianNotice = guardianNotice
    }

    /// The record trimmed, or a `ValidationError` naming the field and GRP-10: a survey in the future or after
    /// the outing, no surveyor, findings or route; vehicles used but none listed, or one without plate or
    /// licence or not confirmed roadworthy; guardians taking participants without the written notice.
    public func validated(today: CalendarDate, firstDay: CalendarDate) throws -> OutingSafety {
        var valid = self
        guard surveyedOn <= today, surveyedOn <= firstDay else {
            throw ValidationError(field: N_("Site survey"), N_("%@: the site is surveyed beforehand"),
                                  surveyedOn.description, rule: "GRP-10")
        }
        valid.surveyor = surveyor.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.findings = findings.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.route = route.trimmingCharacters(in: .whitespacesAndNewlines)
        for (value, field) in [(valid.surveyor, N_("Surveyor")), (valid.findings, N_("Findings")),
                               (valid.route, N_("Route"))] where value.isEmpty {
            throw ValidationError(field: field, N_("the site survey records who surveyed, what was found and the route"),
                                  rule: "GRP-10")
        }
        valid.vehicles = usesVehicles ? vehicles.map {
            OutingVehicle(plate: $0.plate.trimmingCharacters(in: .whitespaces).uppercased(),
                          licence: $0.licence.trimmingCharacters(in: .whitespaces),
                          roadworthyConfirmed: $0.roadworthyConfirmed)
        } : []
        if usesVehicles {
            guard !valid.vehicles.isEmpty else {
                throw ValidationError(field: N_("Vehicles"), N_("vehicles are used: list each one"), rule: "GRP-10")
            }
            for vehicle in valid.vehicles {
                guard !vehicle.plate.isEmpty, !vehicle.licence.isEmpty else {
                    throw ValidationError(field: N_("Vehicles"), N_("only licensed vehicles with a plate: “%@” lacks one"),
                                          vehicle.plate.isEmpty ? vehicle.licence : vehicle.plate, rule: "GRP-10")
                }
                guard vehicle.roadworthyConfirmed else {
                    throw ValidationError(field: N_("Vehicles"), N_("%@ is not confirmed roadworthy"), vehicle.plate,
                                          rule: "GRP-10")
                }
            }
            guard Set(valid.vehicles.map(\.plate)).count == valid.vehicles.count else {
                throw ValidationError(field: N_("Vehicles"), N_("a vehicle is listed twice"), rule: "GRP-10")
            }
        }
        valid.guardianNotice = guardiansTakeParticipants
            ? guardianNotice.trimmingCharacters(in: .whitespacesAndNewlines) : ""
        if guardiansTakeParticipants, valid.guardianNotice.isEmpty {
            throw ValidationError(field: N_("Guardian notice"),
                                  N_("guardians take participants: give them the written notice with its safety points"),
                                  rule: "GRP-10")
        }
        return valid
    }

    /// Rule GRP-10: an outing is approved only with its safety record and when it was submitted at least
    /// `leadDays` (policy `outing.application_lead_days`) before the first day. Throws naming GRP-10.
    public static func requireApprovable(_ safety: OutingSafety?, submittedOn: CalendarDate?, firstDay: CalendarDate,
                                         leadDays: Int) throws {
        guard let submittedOn, firstDay.dayNumber - submittedOn.dayNumber >= leadDays else {
            throw ValidationError(field: N_("Outing"),
                                  N_("an outing is applied for at least %@ days before it starts (%@); it was submitted on %@"),
                                  String(leadDays), firstDay.description, submittedOn?.description ?? "—",
                                  rule: "GRP-10")
        }
        guard let safety else {
            throw ValidationError(field: N_("Outing"),
                                  N_("an outing needs its site survey (date, surveyor, findings, route) before approval"),
                                  rule: "GRP-10")
        }
        _ = try safety.validated(today: max(safety.surveyedOn, submittedOn), firstDay: firstDay)
    }
}
