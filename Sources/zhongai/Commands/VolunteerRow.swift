import ZhongaiDomain

/// A volunteer as `volunteer list --json` prints them: name and phone masked.
struct VolunteerRow: Encodable {
    let id: String
    let number: Int
    let name: String
    let phone: String?
    let gender: String?
    let skills: String
    let recruitedBy: String
    let joinedOn: String
    let leftOn: String?
    let holderCode: String
    let servicePointID: Int64?

    init(_ v: VolunteerSummary) {
        id = v.id
        number = v.number
        name = v.name
        phone = v.phone
        gender = v.gender?.rawValue
        skills = v.skills
        recruitedBy = v.recruitedBy
        joinedOn = v.joinedOn.description
        leftOn = v.leftOn?.description
        holderCode = v.holderCode
        servicePointID = v.servicePointID
    }
}
