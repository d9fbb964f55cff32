import CGtk

/// The look of a printed document (ARC-10: a Song face, 小四 = 12 pt, line spacing 1.5; the size and spacing come
/// from the policy table, the caller passes them). Everything else is derived from the body size.
public struct DocumentStyle: Sendable {
    /// Song (serif) CJK faces, best first: fonts-noto-cjk ships Noto Serif CJK SC; Pango falls back along the list.
    public static let songFamilies = "Noto Serif CJK SC, Noto Sans CJK SC, serif"

    public var fontFamilies: String
    public var fontSizePoints: Double
    public var lineSpacing: Double

    /// A4 margins in millimetres, close to the centre's Word template (GB/T 9704 uses 37/35/28/26).
    public var topMarginMM = 25.0
    public var bottomMarginMM = 20.0
    public var leftMarginMM = 28.0
    public var rightMarginMM = 26.0

    public init(fontSizePoints: Double, lineSpacing: Double, fontFamilies: String = DocumentStyle.songFamilies) {
        self.fontFamilies = fontFamilies
        self.fontSizePoints = fontSizePoints
        self.lineSpacing = lineSpacing
    }

    var titleSizePoints: Double { fontSizePoints * 1.5 }
    var footerSizePoints: Double { fontSizePoints * 0.75 }
    /// Room between blocks, and inside table cells.
    var blockGap: Double { fontSizePoints * 0.6 }
    var cellPadding: Double { fontSizePoints * 0.35 }
    var ruleWidth: Double { 0.6 }

    /// A Pango font description of the families at `points`; the caller frees it.
    func font(points: Double, bold: Bool = false) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, fontFamilies)
        pango_font_description_set_size(description, gint(points * Double(PANGO_SCALE)))
        if bold { pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD) }
        return description
    }
}
