import ZhongaiDomain

/// A safety inspection as `inspection start|record|list --json` prints it (CHK-04).
struct InspectionRow: Encodable {
    struct Item: Encodable {
        let item: String
        let name: String
        let outcome: String?
        let finding: String?
        let recordedBy: String?
    }

    struct FollowUp: Encodable {
        let id: Int64
        let item: String?
        let action: String
        let dueOn: String
        let ownerCode: String?
        let doneOn: String?
    }

    struct Photo: Encodable {
        let id: Int64
        let item: String?
        let fileName: String
        let mediaType: String
        let byteCount: Int
    }

    let id: String
    let servicePointID: Int64
    let servicePointName: String
    let inspectedOn: String
    let inspectorCode: String
    let note: String
    let isComplete: Bool
    let items: [Item]
    let followUps: [FollowUp]
    let photos: [Photo]

    init(_ inspection: SafetyInspection) {
        id = inspection.id
        servicePointID = inspection.servicePointID
        servicePointName = inspection.servicePointName
        inspectedOn = inspection.inspectedOn.description
        inspectorCode = inspection.inspectorCode
        note = inspection.note
        isComplete = inspection.isComplete
        items = InspectionItem.allCases.map { item in
            let result = inspection.result(item)
            return Item(item: item.rawValue, name: item.chineseName, outcome: result?.outcome.rawValue,
                        finding: result?.finding, recordedBy: result?.recordedBy)
        }
        followUps = inspection.followUps.map {
            FollowUp(id: $0.id, item: $0.item?.rawValue, action: $0.action, dueOn: $0.dueOn.description,
                     ownerCode: $0.ownerCode, doneOn: $0.doneOn?.description)
        }
        photos = inspection.photos.map {
            Photo(id: $0.id, item: $0.item?.rawValue, fileName: $0.fileName, mediaType: $0.mediaType,
                  byteCount: $0.byteCount)
        }
    }
}
