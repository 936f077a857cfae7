/** The report's only stylesheet, inlined: the page must render offline, from a CI artefact, with no fetch. */
export const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
pre { background: #f6f8fa; padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
.banner { padding: .5rem .75rem; border-radius: 4px; font-weight: 600; margin: 1rem 0; }
.verdict-pass { background: #1a7f37; color: #fff; } .verdict-fail { background: #cf222e; color: #fff; }
.verdict-incomplete { background: #9a6700; color: #fff; } h1 span[class^="verdict-"] { padding: 0 .4rem; border-radius: 4px; }
p.banner[class*="verdict-"] { font-size: 1.25rem; }
.scroll { max-width: 100%; overflow-x: auto; } .scroll th { white-space: normal; word-break: break-word; max-width: 9rem; }
tr.row-fail td { background: #ffebe9; } td.bad-count { background: #ffebe9; color: #cf222e; font-weight: 600; }
svg.chart { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; } svg.chart text.in { fill: #fff; text-anchor: middle; } svg.chart text.tick { text-anchor: middle; fill: #57606a; }
@media print { .banner, tr.row-fail td, td.bad-count, svg rect, svg circle { print-color-adjust: exact; -webkit-print-color-adjust: exact; } pre { white-space: pre-wrap; } }
.complete { background: #dafbe1; } .incomplete { background: #ffebe9; border: 1px solid #cf222e; }
.pass { color: #1a7f37; } .fail { color: #cf222e; font-weight: 600; } .observed { color: #9a6700; }
.skipped, .not-applicable { color: #656d76; }
td.ok { background: #dafbe1; } td.bad { background: #ffebe9; } td.mixed { background: #fff8c5; }
`;
