import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Adds or edits a service point: its town, sector (ARC-03) and employer unit (用人单位).
final class ServicePointEditor {
    private let dialog: EditorDialog
    private let name, employer: Entry
    private let town, sector: DropDown
    private let towns: [Town]
    private let sectors: [Sector]

    init(parent: Window, database: AppDatabase, session: Session, snapshot: DirectorySnapshot, editing original: ServicePoint?,
         onSaved: @escaping (ServicePoint) -> Void) {
        dialog = EditorDialog(resource: "service-point-editor.ui", windowID: "service_point_editor", parent: parent,
                              title: original == nil ? tr("Add Service Point") : tr("Edit Service Point"))
        name = dialog.builder.get(Entry.self, "name_entry")
        employer = dialog.builder.get(Entry.self, "employer_entry")
        town = dialog.builder.get(DropDown.self, "town_dropdown")
        sector = dialog.builder.get(DropDown.self, "sector_dropdown")
        towns = snapshot.towns.filter { $0.isActive || $0.id == original?.townID }
        sectors = snapshot.sectors
        name.text = original?.name ?? ""
        employer.text = original?.employerUnit ?? ""
        town.setItems(towns.map { "\($0.name) (\($0.code))" },
                      selected: original.flatMap { p in towns.firstIndex { $0.id == p.townID } } ?? 0)
        sector.setItems(sectors.map { "\($0.code) \($0.name)" },
                        selected: original.flatMap { p in sectors.firstIndex { $0.code == p.sectorCode } } ?? 0)

        dialog.onSave({ [self] in try save(to: database, as: session, original: original) }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: name) }

    private func save(to database: AppDatabase, as session: Session, original: ServicePoint?) throws -> ServicePoint {
        guard let townIndex = town.selectedIndex, towns.indices.contains(townIndex) else {
            throw ValidationError(field: N_("Town"), N_("choose a town"))
        }
        guard let sectorIndex = sector.selectedIndex, sectors.indices.contains(sectorIndex) else {
            throw ValidationError(field: N_("Sector"), N_("choose a sector"))
        }
        if let id = original?.id {
            return try database.updateServicePoint(id: id, name: name.text, townName: towns[townIndex].name,
                                                   sectorCode: sectors[sectorIndex].code, employerUnit: employer.text,
                                                   by: session)
        }
        return try database.addServicePoint(name: name.text, townName: towns[townIndex].name,
                                            sectorCode: sectors[sectorIndex].code, employerUnit: employer.text,
                                            by: session)
    }
}
