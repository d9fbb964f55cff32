import Foundation
import XCTest
@testable import ZhongaiDomain

final class AttachmentRulesTests: XCTestCase {
    private let rules = AttachmentRules(maxMegabytes: 1)

    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8))
    static let pdf = Data("%PDF-1.7\n%âãÏÓ\n".utf8)
    static let tiff = Data([0x49, 0x49, 0x2A, 0x00, 0x08, 0, 0, 0])
    static let webp = Data(Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8))
    static let heic = Data([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0])
    static let elf = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])
    static let windows = Data(Array("MZ".utf8) + [0x90, 0, 3, 0])
    static let machO = Data([0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1])
    static let script = Data("#!/bin/sh\nrm -rf ~\n".utf8)

    private func assertRefused(_ fileName: String, _ data: Data, mentioning text: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try rules.check(fileName: fileName, data: data), file: file, line: line) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "CASE-14", "\(error)", file: file, line: line)
            XCTAssertTrue(refusal?.description.contains(text) ?? false, "\(error)", file: file, line: line)
        }
    }

    func testCASE14_documentAndImageKindsAreRecognisedByContent() throws {
        let cases: [(Data, AttachmentMediaType)] = [(Self.png, .png), (Self.jpeg, .jpeg), (Self.pdf, .pdf),
                                                    (Self.tiff, .tiff), (Self.webp, .webp), (Self.heic, .heic)]
        for (data, kind) in cases {
            let checked = try rules.check(fileName: "扫描件." + kind.fileExtensions[0], data: data)
            XCTAssertEqual(checked.mediaType, kind)
            XCTAssertEqual(checked.byteCount, data.count)
            XCTAssertEqual(checked.fileName, "扫描件." + kind.fileExtensions[0])
        }
    }

    func testCASE14_programsAreRefusedByContentWhateverTheirName() {
        assertRefused("照片.png", Self.elf, mentioning: "ELF")
        assertRefused("同意书.pdf", Self.windows, mentioning: "MZ")
        assertRefused("photo.jpg", Self.machO, mentioning: "Mach-O")
        assertRefused("notes.tif", Self.script, mentioning: "#!")
    }

    func testCASE14_unknownContentIsRefused() {
        assertRefused("记录.docx", Data("PK\u{3}\u{4}word/document.xml".utf8), mentioning: "is not a PDF")
        assertRefused("scan.png", Data("just some text".utf8), mentioning: "is not a PDF")
    }

    func testCASE14_emptyAndOversizeFilesAreRefused() throws {
        assertRefused("空.png", Data(), mentioning: "is empty")
        var big = Self.png
        big.append(Data(count: AttachmentRules.bytesPerMegabyte - big.count + 1))
        assertRefused("大图.png", big, mentioning: "the limit is 1.0 MB")
        big.removeLast()
        XCTAssertEqual(try rules.check(fileName: "大图.png", data: big).byteCount, AttachmentRules.bytesPerMegabyte)
    }

    func testCASE14_theLimitComesFromThePolicy() throws {
        let entries = PolicyKey.allCases.map { key in
            PolicyEntry(key: key, value: key == .attachmentMaxMegabytes ? 3 : Self.someValue(key.unit), unit: key.unit,
                        clause: "test")
        }
        XCTAssertEqual(AttachmentRules(policy: try Policy(entries: entries)).maxBytes, 3 * 1_048_576)
    }

    private static func someValue(_ unit: PolicyUnit) -> Double {
        unit == .factor ? 1.5 : unit.allowedRange.lowerBound.rounded(.up) + 1
    }

    func testCASE14_theNameEndsInTheRealKindsExtension() throws {
        XCTAssertEqual(try rules.check(fileName: "/home/wm/下载/身份证", data: Self.jpeg).fileName, "身份证.jpg")
        XCTAssertEqual(try rules.check(fileName: "C:\\扫描\\扫描件.jpg", data: Self.png).fileName, "扫描件.png")
        XCTAssertEqual(try rules.check(fileName: "照片.JPEG", data: Self.jpeg).fileName, "照片.JPEG")
        XCTAssertEqual(try rules.check(fileName: "记录.2026.03", data: Self.pdf).fileName, "记录.2026.03.pdf")
    }

    func testCASE14_aNameThatRunsTheFileIsRefusedEvenOverAnImage() {
        assertRefused("照片.exe", Self.png, mentioning: ".exe")
        assertRefused("scan.sh", Self.pdf, mentioning: ".sh")
        assertRefused("/?*", Self.png, mentioning: "leaves nothing")
    }
}
