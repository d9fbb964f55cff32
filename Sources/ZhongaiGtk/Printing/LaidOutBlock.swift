/// A piece of a document measured for the page: a line of text, a table row, a gap. Pagination moves whole
/// blocks, so a paragraph breaks between its lines and a table between its rows.
struct LaidOutBlock {
    var height: Double
    /// A section heading or a table's title row: moved to the next page with the block after it rather than left
    /// alone at the foot of a page.
    var keepsWithNext = false
    /// Space between blocks: dropped at the top of a page.
    var isGap = false
    /// Blocks repeated above this one when it starts a page: a table's title row above its continued rows.
    var repeatedAbove: [LaidOutBlock] = []
    /// Draws the block with its top at `top` on a cairo context.
    let draw: (_ cairo: OpaquePointer, _ top: Double) -> Void

    static func gap(_ height: Double) -> LaidOutBlock {
        LaidOutBlock(height: height, isGap: true) { _, _ in }
    }
}
