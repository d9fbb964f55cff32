import Foundation
import GRDB

/// A row of `referenceDataset`: a data set of data/ that was loaded, and when.
struct ReferenceDatasetRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "referenceDataset"

    var name: String
    var loadedAt: Date
}
