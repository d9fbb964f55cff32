/// A column of a sheet: its title and its width in characters (a Chinese character is about two).
public struct SheetColumn: Equatable, Sendable {
    public let title: String
    public let width: Double

    public init(_ title: String, width: Double) {
        self.title = title
        self.width = width
    }
}
