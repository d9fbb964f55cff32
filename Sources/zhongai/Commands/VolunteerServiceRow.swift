import ZhongaiDomain

/// A volunteer service time as `volunteer service|services --json` prints it: volunteers by number, names masked;
/// `personTimes` is what it counts (人次).
struct VolunteerServiceRow: Encodable {
    let id: String
    let date: String
    let hours: Double
    let activity: String
    let programmeCode: String?
    let organiserCode: String
    let volunteers: [Int]
    let volunteerNames: [String]
    let personTimes: Int

    init(_ s: VolunteerService) {
        id = s.id
        date = s.servedOn.description
        hours = s.hours
        activity = s.activity
        programmeCode = s.programmeCode
        organiserCode = s.organiserCode
        volunteers = s.volunteers.map(\.number)
        volunteerNames = s.volunteers.map(\.name)
        personTimes = s.personTimes
    }
}
