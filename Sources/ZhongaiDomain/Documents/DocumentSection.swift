/// A part of a document under its heading (一、基本情况), with its blocks in order.
public struct DocumentSection: Equatable, Sendable {
    public var heading: String
    public var blocks: [DocumentBlock]

    public init(heading: String, blocks: [DocumentBlock]) {
        self.heading = heading
        self.blocks = blocks
    }
}
