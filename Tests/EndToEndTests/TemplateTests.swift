import TestSupport
import Testing

@Suite struct TemplateTests {
    @Test func writesATemplateThatValidates() throws {
        let directory = try Mini.workspace()
        let written = try Programs.run(
            "coherence",
            ["template", "mini", "--country", "KSM", "--name", "Kesmark", "--period", "2027", "-o", "blank.yaml"],
            in: directory.url)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        let checked = try Programs.run("coherence", ["validate", "blank.yaml"], in: directory.url)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(
            checked.stdout
                == "blank.yaml: ok: assessment of Kesmark (KSM) 2027 against 'mini' 1: 0 of 2 items answered\n1 file checked: 1 valid\n"
        )
    }

    @Test func printsToStdoutWithoutAnOutputFile() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run(
            "coherence",
            ["template", "Frameworks/mini.yaml", "--country", "KSM", "--name", "Kesmark", "--period", "2027"],
            in: directory.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("  LAW-02:\n"))
    }

    @Test func neverReplacesAFileUnlessForced() throws {
        let directory = try Mini.workspace()
        let arguments = [
            "template", "mini", "--country", "KSM", "--name", "Kesmark", "--period", "2027", "-o", "a.yaml",
        ]
        let refused = try Programs.run("coherence", arguments, in: directory.url)
        #expect(refused.status == 73)
        #expect(refused.stderr == "a.yaml: error: the file exists and may hold answers: pass --force to replace it\n")
        #expect(try directory.read("a.yaml") == Mini.assessment)
        let forced = try Programs.run("coherence", arguments + ["--force"], in: directory.url)
        #expect(forced.status == 0)
        #expect(try directory.read("a.yaml").contains("name: Kesmark"))
    }

    @Test func refusesABadCountryCodeAsAUsageError() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run(
            "coherence", ["template", "mini", "--country", "Kes", "--name", "K", "--period", "1"], in: directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--country must be three upper-case letters, such as VLR"))
    }

    @Test func namesAnUnknownFramework() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run(
            "coherence", ["template", "maxi", "--country", "KSM", "--name", "K", "--period", "1"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("no framework 'maxi' in Frameworks/: pass a framework file or --frameworks DIR"))
    }
}
