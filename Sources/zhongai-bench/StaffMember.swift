/// A worker of the generated centre who holds cases: where their archive codes come from and who approves.
struct StaffMember {
    let code: String
    let supervisorCode: String
    let servicePointID: Int64
    let townCode: String
    let sectorCode: String
}
