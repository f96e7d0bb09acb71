@testable import ClearanceKit
import Testing

@Suite struct ReportNoticeTests {
    let notice = NoticeFile(report: ReportFixture.report, catalog: ReportFixture.catalog)

    @Test func groupsComponentsByLicenseInUse() {
        #expect(notice.licenses.map(\.id) == ["apache-2.0", "gemma", "llama3.1", "mit"])
        let apache = notice.licenses[0]
        #expect(apache.components == ["stabilityai/sd-turbo"], "an OR counts only the chosen alternative")
        #expect(notice.licenses[3].components == ["=HYPERLINK(\"http://x\")"])
        #expect(notice.unresolved == [.init(component: "acme/tricky | <data> & \"quotes\", 100%: *bold* _x_ `tick`", license: "LicenseRef-acme-custom")])
    }

    @Test func carriesNoticeAndDisplayTextsOnce() throws {
        let llama = try #require(notice.licenses.first { $0.id == "llama3.1" })
        #expect(llama.notices.map(\.text) == ["Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."])
        #expect(llama.displays == [.init(text: "Built with Llama", clause: "§1.b.i")])
        let apache = try #require(notice.licenses.first { $0.id == "apache-2.0" })
        #expect(apache.notices.isEmpty && apache.duties.map(\.text) == ["Keep the NOTICE file's attribution notices."])
    }

    @Test func warnsAboutEachComponentToAttributeByHand() {
        #expect(notice.warnings.map(\.description) == [
            "warning: the catalog does not know the license of 'acme/tricky | <data> & \"quotes\", 100%: *bold* _x_ `tick`' (LicenseRef-acme-custom); the NOTICE file lists it to attribute by hand [notice.unresolved]"
        ])
    }

    @Test func rendersTheCannedNoticeFile() throws {
        try Expected.check(notice.text, against: "NOTICE.txt")
        #expect(notice.text == NoticeFile(report: ReportFixture.report, catalog: ReportFixture.catalog).text)
    }
}
