import Foundation

/// A handwritten signature as strokes of points (issue 5: drawn with mouse, touch or pen), not as an image: small to
/// store and to carry in a station batch, and redrawn at any size for the filled sign-in sheet.
///
/// Encoded compactly: `{"w":W,"h":H,"s":[[x,y,x,y,…],…]}`, coordinates rounded to whole units of the pad.
public struct SignatureStrokes: Hashable, Sendable, Codable {
    /// The size of the pad the strokes were drawn on.
    public var width: Double
    public var height: Double
    public var strokes: [[SignaturePoint]]

    public init(width: Double, height: Double, strokes: [[SignaturePoint]]) {
        self.width = width
        self.height = height
        self.strokes = strokes
    }

    /// Whether nothing was drawn (a pad touched without moving).
    public var isEmpty: Bool { strokes.allSatisfy(\.isEmpty) }

    private enum CodingKeys: String, CodingKey {
        case width = "w", height = "h", strokes = "s"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        width = try container.decode(Double.self, forKey: .width)
        height = try container.decode(Double.self, forKey: .height)
        let flat = try container.decode([[Int]].self, forKey: .strokes)
        strokes = try flat.map { numbers in
            guard numbers.count % 2 == 0 else {
                throw DecodingError.dataCorruptedError(forKey: .strokes, in: container,
                                                       debugDescription: "a stroke has an odd number of coordinates")
            }
            return stride(from: 0, to: numbers.count, by: 2).map {
                SignaturePoint(x: Double(numbers[$0]), y: Double(numbers[$0 + 1]))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(width.rounded(), forKey: .width)
        try container.encode(height.rounded(), forKey: .height)
        try container.encode(strokes.map { $0.flatMap { [Int($0.x.rounded()), Int($0.y.rounded())] } },
                             forKey: .strokes)
    }

    /// The compact JSON text stored in the database and carried in batches.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Plain numbers and arrays: encoding cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// Reads what `jsonText` wrote; refuses anything else, naming the field.
    public init(jsonText: String) throws {
        do {
            self = try JSONDecoder().decode(SignatureStrokes.self, from: Data(jsonText.utf8))
        } catch {
            throw ValidationError(field: N_("Signature"), N_("the signature's strokes are damaged"))
        }
    }
}
