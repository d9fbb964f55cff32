import Foundation

/// Parses data/emergency-plans.txt (EMG-02): a `plan | kind | title` line, then its steps in order, each
/// `step | role | numbers | parallel group | text`. `role` is a `SafetyRole` raw value or its Chinese name,
/// `numbers` a comma-separated list of the numbers the step calls or `-`. Every plan kind appears exactly once.
public enum EmergencyPlanFile {
    public static let fileName = "emergency-plans.txt"

    public static func parse(_ text: String, file: String = fileName) throws -> [EmergencyPlan] {
        var plans: [EmergencyPlan] = []
        for line in try DataFileLine.records(in: text, file: file, fieldCount: 3...5) {
            switch line[0] {
            case "plan":
                guard line.fields.count == 3 else {
                    throw line.error(N_("a plan line is “plan | kind | title”"))
                }
                guard let kind = EmergencyPlanKind(text: line[1]) else {
                    throw line.error(N_("“%@” is not a plan kind"), line[1], rule: "EMG-02")
                }
                if plans.contains(where: { $0.kind == kind }) {
                    throw line.error(N_("plan %@ appears twice"), kind.rawValue, rule: "EMG-02")
                }
                plans.append(EmergencyPlan(kind: kind, title: try line.required(2, N_("title")), steps: []))
            case "step":
                guard line.fields.count == 5 else {
                    throw line.error(N_("a step line is “step | role | numbers | parallel group | text”"))
                }
                guard !plans.isEmpty else { throw line.error(N_("a step comes after its plan line")) }
                guard let role = SafetyRole(text: line[1]) else {
                    throw line.error(N_("“%@” is not a role of the safety group"), line[1], rule: "EMG-02")
                }
                let numbers = line[2] == "-" ? [] : line[2].split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard let group = Int(line[3]), group >= 1 else {
                    throw line.error(N_("“%@” is not a parallel group number"), line[3], rule: "EMG-02")
                }
                let steps = plans[plans.count - 1].steps
                plans[plans.count - 1].steps.append(EmergencyPlanStep(
                    position: steps.count + 1, text: try line.required(4, N_("text")), role: role,
                    callNumbers: numbers, parallelGroup: group))
            default:
                throw line.error(N_("a line starts with “plan” or “step”, not “%@”"), line[0])
            }
        }
        for kind in EmergencyPlanKind.allCases where !plans.contains(where: { $0.kind == kind }) {
            throw ValidationError(field: file, N_("the plan %@ is missing"), kind.rawValue, rule: "EMG-02")
        }
        do {
            return try plans.map { try $0.validated() }
        } catch let error as ValidationError {
            throw ValidationError(field: file, error.format, error.arguments.first ?? "",
                                  error.arguments.dropFirst().first ?? "", rule: error.rule)
        }
    }

    /// Reads and parses the file in `directory` (data/).
    public static func load(from directory: URL) throws -> [EmergencyPlan] {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationError(field: fileName, N_("the file %@ cannot be read"), url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError(field: fileName, N_("the file %@ is not UTF-8 text"), url.path)
        }
        return try parse(text)
    }
}
