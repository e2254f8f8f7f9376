/// The inline style sheet of the HTML report: projector-sized on screen, A4 in print.
enum ReportStyle {
    /// Dark text on white (contrast above 12:1), 20px body type on screen, 10pt on paper; a page break
    /// before each major section (short lists follow on the same page), never inside a row, figure or finding.
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: "Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 20px; line-height: 1.5; }
        header, main { max-width: 1200px; margin: 0 auto; padding: 0 32px; }
        header { padding-top: 24px; }
        h1 { font-size: 2.1em; line-height: 1.2; margin: 0.6em 0 0.3em; color: #0b2e59; }
        h2 { font-size: 1.6em; line-height: 1.25; margin: 1.8em 0 0.6em; padding-bottom: 0.15em; border-bottom: 4px solid #0b2e59; color: #0b2e59; }
        h3 { font-size: 1.25em; margin: 1.3em 0 0.4em; color: #0b2e59; }
        p, li { max-width: 60em; }
        .meta { font-size: 0.95em; color: #2b2b2b; }
        .cards { display: flex; flex-wrap: wrap; gap: 20px; margin: 0.8em 0 1em; }
        .card { flex: 1 1 220px; border: 3px solid #0b2e59; border-radius: 10px; padding: 12px 20px; }
        .card-label, .card-band { display: block; font-size: 0.95em; }
        .card-value { display: block; font-size: 2.6em; font-weight: 700; line-height: 1.1; color: #0b2e59; }
        table { width: 100%; border-collapse: collapse; margin: 0.6em 0 1.4em; font-size: 0.85em; }
        th, td { border: 1px solid #8795a6; padding: 6px 10px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        td.text { overflow-wrap: anywhere; }
        table.appendix { table-layout: fixed; }
        table.appendix td { overflow-wrap: anywhere; }
        .appendix th:nth-child(1) { width: 10%; } .appendix th:nth-child(2) { width: 30%; } .appendix th:nth-child(3) { width: 15%; }
        .appendix th:nth-child(4) { width: 9%; } .appendix th:nth-child(5) { width: 18%; } .appendix th:nth-child(6) { width: 18%; }
        table.gaps { table-layout: fixed; }
        table.gaps td { overflow-wrap: break-word; }
        .gaps th:nth-child(1) { width: 5%; } .gaps th:nth-child(2) { width: 11%; } .gaps th:nth-child(3) { width: 34%; }
        .gaps th:nth-child(4) { width: 19%; } .gaps th:nth-child(5) { width: 19%; } .gaps th:nth-child(6) { width: 12%; }
        .id { white-space: nowrap; }
        .appendix .id, .gaps .id { white-space: normal; }
        th { background: #dfe7f1; font-weight: 700; }
        tbody tr:nth-child(even) { background: #f3f6fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .indent-1 { padding-left: 1.5em; } .indent-2 { padding-left: 3em; } .indent-3 { padding-left: 4.5em; } .indent-4 { padding-left: 6em; }
        .indent-0 { font-weight: 700; }
        figure { margin: 1em 0; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 0.85em; color: #2b2b2b; margin-top: 0.3em; }
        .finding { border-left: 8px solid #5c6b7a; padding: 2px 0 2px 18px; margin: 1em 0 1.6em; }
        .finding p { margin: 0.35em 0; }
        .finding-title { font-size: 1.05em; }
        .badge { display: inline-block; padding: 0 10px; border-radius: 6px; font-size: 0.8em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #ffffff; background: #5c6b7a; }
        .severity-critical { border-color: #7a0010; } .severity-critical .badge { background: #7a0010; }
        .severity-high { border-color: #b3261e; } .severity-high .badge { background: #b3261e; }
        .severity-medium { border-color: #8a4b00; } .severity-medium .badge { background: #8a4b00; }
        .severity-low { border-color: #2f5d8a; } .severity-low .badge { background: #2f5d8a; }
        .severity-info .badge { background: #4a5561; }
        @page { size: A4; margin: 15mm 14mm; }
        @media print {
          body { font-size: 10pt; }
          header, main { max-width: none; padding: 0; }
          h1 { margin-top: 0; }
          section.major { break-before: page; }
          h2, h3, .finding-title { break-after: avoid; }
          tr, figure, .card, .finding, li { break-inside: avoid; }
          thead { display: table-header-group; }
          table { font-size: 0.85em; }
          th, td { padding: 3px 6px; }
          .card { flex: 1 1 0; min-width: 0; }
          figure svg { max-height: 190mm; width: auto; max-width: 100%; }
          th, tbody tr:nth-child(even), .badge, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
