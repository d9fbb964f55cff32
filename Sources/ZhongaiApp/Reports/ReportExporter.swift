import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// Writes a report as PDF (MonthlyReportDocument in the centre's format) or its statistics as .xlsx into the
/// export folder under its electronic file name (ARC-10: 姓名-年月-月报); the read for export is logged (CONF-02).
enum ReportExporter {
    static func export(reportID: String, spreadsheet: Bool, database: AppDatabase, session: Session) throws -> String {
        let report = try database.workReport(id: reportID, as: session, for: .export)
        let fileName = try MonthlyReportDocument.fileName(report, fileExtension: spreadsheet ? "xlsx" : "pdf")
        let folder = ExportFolder.path()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = (folder as NSString).appendingPathComponent(fileName.text)
        if spreadsheet {
            try MonthlyStatisticsWorkbook(report: report, translate: tr).write(to: path)
        } else {
            let policy = try database.policy()
            let reviewer = try report.reviewerCode.flatMap { try database.worker(code: $0) }?.name
            try DocumentPrinter(style: DocumentStyle(fontSizePoints: policy[.documentFontSizePoints],
                                                     lineSpacing: policy[.documentLineSpacing]))
                .exportPDF(MonthlyReportDocument(translate: tr).document(report, reviewerName: reviewer), to: path)
        }
        return path
    }
}
