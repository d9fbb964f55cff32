/// A file `AttachmentRules` accepted: the name it is kept under, its kind and its size.
public struct CheckedAttachment: Equatable, Sendable {
    public var fileName: String
    public var mediaType: AttachmentMediaType
    public var byteCount: Int
}
