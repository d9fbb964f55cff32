import ArgumentParser
import ZhongaiDomain

/// `zhongai initials TEXT [--place]`: the uppercase pinyin initials (ARC-02, ARC-06).
struct Initials: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the uppercase pinyin initials of a name.")

    @Argument(help: "A person's name, or a place name with --place.") var text: String
    @Flag(help: "Read TEXT as a place name (place-name readings) instead of a person's name (surname readings).")
    var place = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try CommandFailure.reporting {
            let reader = PinyinReader()
            let initials = place ? try reader.placeInitials(text) : try reader.personInitials(text)
            if json { try JSONOutput.print(["text": text, "initials": initials]) } else { print(initials) }
        }
    }
}
