package dev.earshot.report.html;

/**
 * The report's style sheet: system fonts, one accent colour, tables that read in print, page breaks before the big
 * sections when printed. No external fonts or URLs.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --ink: #1d2329; --muted: #5b6770; --line: #d9dee3; --accent: #1f4e79; --soft: #f4f6f8;
              --high: #b3261e; --medium: #b86e00; --low: #1f4e79; --info: #5b6770; }
            * { box-sizing: border-box; }
            html { font-size: 15px; }
            body { margin: 0; background: #ffffff; color: var(--ink);
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              line-height: 1.5; -webkit-text-size-adjust: 100%; }
            main { max-width: 820px; margin: 0 auto; padding: 40px 28px 64px; }
            h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; }
            h1 { font-size: 2rem; letter-spacing: -0.01em; overflow-wrap: anywhere; }
            h2 { font-size: 1.45rem; margin: 48px 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 1.15rem; margin: 30px 0 10px; }
            h4 { font-size: 1.02rem; margin: 0 0 4px; }
            p { margin: 0 0 10px; }
            .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem; color: var(--muted);
              font-weight: 600; margin-bottom: 6px; }
            .meta { color: var(--muted); margin-top: 8px; }
            .muted { color: var(--muted); }
            .small { font-size: 0.85rem; }
            .cover { padding-bottom: 18px; border-bottom: 1px solid var(--line); }
            .card { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px;
              margin-top: 22px; }
            .figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; margin: 6px 0 14px; }
            .figure { background: #ffffff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
            .figure .label { font-size: 0.74rem; color: var(--muted); text-transform: uppercase;
              letter-spacing: 0.05em; }
            .figure .value { font-size: 1.25rem; font-weight: 650; font-variant-numeric: tabular-nums; }
            .figure .unit { font-size: 0.8rem; color: var(--muted); margin-left: 2px; }
            ol.findings, ul.plain { list-style: none; padding: 0; margin: 0; }
            .finding { padding: 10px 0; border-top: 1px solid var(--line); break-inside: avoid; }
            .finding:first-child { border-top: none; }
            .finding .headline { font-weight: 600; }
            .badge { display: inline-block; min-width: 62px; text-align: center; font-size: 0.72rem; font-weight: 700;
              text-transform: uppercase; letter-spacing: 0.05em; padding: 1px 7px; border-radius: 4px;
              margin-right: 8px; color: #ffffff; vertical-align: 1px; }
            .badge.high { background: var(--high); } .badge.medium { background: var(--medium); }
            .badge.low { background: var(--low); } .badge.info { background: var(--info); }
            .evidence { font-size: 0.85rem; color: var(--muted); margin-top: 2px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 0.88rem;
              font-variant-numeric: tabular-nums; }
            th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { font-weight: 600; color: var(--muted); font-size: 0.78rem; text-transform: uppercase;
              letter-spacing: 0.04em; border-bottom: 1.5px solid var(--ink); }
            td.num, th.num { text-align: right; white-space: nowrap; }
            tr { break-inside: avoid; }
            td.heat { text-align: center; white-space: nowrap; }
            .device { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 12px 0;
              break-inside: avoid; }
            .device .category { font-size: 0.75rem; color: var(--muted); text-transform: uppercase;
              letter-spacing: 0.06em; }
            .device ul.words { margin: 8px 0 8px 18px; padding: 0; }
            .device ul.words li { margin: 3px 0; }
            .provenance { font-size: 0.8rem; color: var(--muted); border-top: 1px dashed var(--line);
              padding-top: 6px; margin-top: 8px; }
            figure { margin: 16px 0 24px; break-inside: avoid; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 4px; }
            dl.terms dt { font-weight: 600; margin-top: 10px; }
            dl.terms dd { margin: 2px 0 0 0; }
            code, .hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.78rem;
              overflow-wrap: anywhere; }
            .flag { color: var(--high); font-weight: 600; }
            .ok { color: #2f6b2f; font-weight: 600; }
            footer { margin-top: 56px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 0.8rem;
              color: var(--muted); }
            @media (max-width: 640px) { .figures { grid-template-columns: repeat(2, 1fr); } }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              html { font-size: 10.5pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              h3, h4 { break-after: avoid; }
              section.major { break-before: page; }
              .card, .device, figure, .finding { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
