package org.plasticitylab.viz.report;

/** The report's inline style sheet: readable type, charts as wide as the page, print-friendly. */
final class ReportStyle {
    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1200px;\
            margin:0 auto;padding:1.5rem;color:#111;line-height:1.5;font-size:1.1rem}
            h1{font-size:2rem;margin-bottom:.2rem}h2{font-size:1.5rem;margin-top:2rem;\
            border-bottom:2px solid #0072B2}
            .lead{font-size:1.25rem;color:#333;margin-top:0}
            .disclaimer{background:#FFF4D6;border-left:6px solid #E69F00;padding:.6rem 1rem;\
            font-weight:600}
            .warning{background:#FBE3D6;border-left:6px solid #D55E00;padding:.6rem 1rem}
            table{border-collapse:collapse;margin:1rem 0}
            th,td{border:1px solid #ccc;padding:.35rem .8rem;text-align:left;vertical-align:top}
            table.numbers td{text-align:right}table.numbers td:last-child{text-align:left}
            figure.chart{margin:1rem 0}figure.chart svg,figure.chart img{width:100%;height:auto;display:block}
            pre{background:#f4f4f4;padding:.8rem 1rem;overflow-x:auto;font-size:1rem}
            footer{margin-top:3rem}
            """;

    private ReportStyle() {
    }
}
