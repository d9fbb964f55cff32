import Foundation

/// Everything data/ holds, parsed and checked: what a new database is filled with on first run.
public struct ReferenceData: Equatable, Sendable {
    public var towns: [TownEntry]
    public var sectors: [Sector]
    public var clientCategories: [ClientCategory]
    public var postTypes: [PostType]
    public var policy: [PolicyEntry]
    public var holidays: HolidaySchedule

    public init(towns: [TownEntry], sectors: [Sector], clientCategories: [ClientCategory], postTypes: [PostType],
                policy: [PolicyEntry], holidays: HolidaySchedule) {
        self.towns = towns
        self.sectors = sectors
        self.clientCategories = clientCategories
        self.postTypes = postTypes
        self.policy = policy
        self.holidays = holidays
    }

    /// Reads and parses every file of `directory`; the first malformed line is refused with its file and number.
    public static func load(from directory: URL) throws -> ReferenceData {
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ValidationError(field: name, N_("the file %@ cannot be read"), url.path)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError(field: name, N_("the file %@ is not UTF-8 text"), url.path)
            }
            return text
        }
        return ReferenceData(
            towns: try TownFile.parse(read(TownFile.fileName)),
            sectors: try SectorFile.parse(read(SectorFile.fileName)),
            clientCategories: try ClientCategoryFile.parse(read(ClientCategoryFile.fileName)),
            postTypes: try PostTypeFile.parse(types: read(PostTypeFile.typesFileName),
                                              targets: read(PostTypeFile.targetsFileName)),
            policy: try PolicyFile.parse(read(PolicyFile.fileName)),
            holidays: try HolidayFile.parse(read(HolidayFile.fileName)))
    }
}
