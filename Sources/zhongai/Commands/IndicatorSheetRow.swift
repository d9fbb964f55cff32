import ZhongaiDomain

/// An indicator sheet (IND-01..04) as `indicators --json` prints it: each line with its target (null: none, which
/// is not 0), raw and converted counts, deficit and surplus, the conversions agreed and proposed, and satisfaction
/// per item (IND-02).
struct IndicatorSheetRow: Encodable {
    struct Line: Encodable {
        let indicator: String
        let name: String
        let target: Int?
        let raw: Int
        let converted: Int
        let deficit: Int
        let surplus: Int
        let meetsTarget: Bool
        let monthly: [Int]

        enum CodingKeys: String, CodingKey {
            case indicator, name, target, raw, converted, deficit, surplus, meetsTarget, monthly
        }

        /// `target` is written as null when there is none: a missing target is not 0 and must not look absent.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(indicator, forKey: .indicator)
            try c.encode(name, forKey: .name)
            try c.encode(target, forKey: .target)
            try c.encode(raw, forKey: .raw)
            try c.encode(converted, forKey: .converted)
            try c.encode(deficit, forKey: .deficit)
            try c.encode(surplus, forKey: .surplus)
            try c.encode(meetsTarget, forKey: .meetsTarget)
            try c.encode(monthly, forKey: .monthly)
        }
    }

    struct Conversion: Encodable {
        let clause: String
        let from: String
        let fromUnits: Int
        let to: String
        let toUnits: Int

        init(_ c: IndicatorConversion) {
            clause = c.clause
            from = c.from.rawValue
            fromUnits = c.fromUnits
            to = c.to.rawValue
            toUnits = c.toUnits
        }
    }

    struct Satisfaction: Encodable {
        let item: String
        let responses: Int
        let satisfied: Int
        let percent: Int?
        let thresholdPercent: Int
        let belowThreshold: Bool
    }

    let kind: String
    let workerCode: String?
    let servicePointID: Int64?
    let name: String
    let year: Int
    let postType: String?
    let postTypeName: String?
    let posts: Int
    let conversionsAllowed: Bool
    let allowedClauses: [String]
    let meetsAllTargets: Bool
    let lines: [Line]
    let agreedConversions: [Conversion]
    let proposedConversions: [Conversion]
    let satisfaction: [Satisfaction]

    init(_ sheet: IndicatorSheet) {
        switch sheet.subject {
        case .worker(let code, let name):
            kind = "worker"
            workerCode = code
            servicePointID = nil
            self.name = name
        case .team(let id, let name):
            kind = "team"
            workerCode = nil
            servicePointID = id
            self.name = name
        }
        year = sheet.year
        postType = sheet.postTypeCode
        postTypeName = sheet.postTypeName
        posts = sheet.posts
        conversionsAllowed = sheet.conversionsAllowed
        allowedClauses = sheet.allowedClauses
        meetsAllTargets = sheet.meetsAllTargets
        lines = sheet.lines.map {
            Line(indicator: $0.indicator.rawValue, name: $0.indicator.chineseName, target: $0.target, raw: $0.raw,
                 converted: $0.converted, deficit: $0.deficit, surplus: $0.surplus, meetsTarget: $0.meetsTarget,
                 monthly: $0.monthly)
        }
        agreedConversions = sheet.agreedConversions.map(Conversion.init)
        proposedConversions = sheet.proposedConversions.map(Conversion.init)
        satisfaction = sheet.satisfaction.map {
            Satisfaction(item: $0.item.rawValue, responses: $0.responses, satisfied: $0.satisfied,
                         percent: $0.percent, thresholdPercent: $0.thresholdPercent,
                         belowThreshold: $0.isBelowThreshold)
        }
    }
}
