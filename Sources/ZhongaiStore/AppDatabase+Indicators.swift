import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The year's indicator sheet of one worker (IND-01, IND-02, IND-04).
    public func indicatorSheet(year: Int, workerCode: String, as session: Session, at now: Date = Date()) throws
        -> IndicatorSheet {
        IndicatorSheet(subject: .worker(code: workerCode, name: workerCode), year: year, postTypeCode: nil,
                       postTypeName: nil, posts: 1, conversionsAllowed: false, lines: [], agreedConversions: [],
                       proposedConversions: [], satisfaction: [])
    }

    /// The year's indicator sheet of a team, judged on its totals (IND-03).
    public func indicatorSheet(year: Int, servicePointID: Int64, as session: Session, at now: Date = Date()) throws
        -> IndicatorSheet {
        IndicatorSheet(subject: .team(servicePointID: servicePointID, name: ""), year: year, postTypeCode: nil,
                       postTypeName: nil, posts: 0, conversionsAllowed: false, lines: [], agreedConversions: [],
                       proposedConversions: [], satisfaction: [])
    }

    /// The year's sheets of every worker the session reaches.
    public func indicatorSheets(year: Int, as session: Session, at now: Date = Date()) throws -> [IndicatorSheet] {
        []
    }
}

extension AppDatabase {
    /// IND-04: which conversion clauses (A–F) a worker's contract allows in a year, as agreed by the service unit,
    /// the project supervisor and the centre (三方协商确认).
    public func setPostContract(year: Int, workerCode: String, allowedClauses: Set<String>, note: String,
                                as session: Session, at now: Date = Date()) throws {
    }

    /// IND-04: records an agreed conversion of a worker's year; refused where the contract does not allow it.
    public func agreeIndicatorConversion(year: Int, workerCode: String, conversion: IndicatorConversion, note: String,
                                         as session: Session, at now: Date = Date()) throws {
    }
}
