extension HTMLLayout {
  /// The page's one stylesheet: light and dark, phone to A4, and the chart classes. Its SHA-256 goes into the
  /// page's Content-Security-Policy, so no other style can apply.
  static let stylesheet = """
    :root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--good:#1a7f37;\
    --caution:#9a6700;--warn-bg:#fff8c5;--s0:#0969da;--s1:#bf3989;--s2:#1a7f37;--s3:#bc4c00;--s4:#8250df;--s5:#57606a}
    @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--panel:#161b22;--line:#3d444d;\
    --good:#3fb950;--caution:#d29922;--warn-bg:#2b2111;--s0:#4493f8;--s1:#db61a2;--s2:#3fb950;--s3:#f0883e;--s4:#a371f7;\
    --s5:#9198a1}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
    main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
    h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
    .subtitle,.note,footer{color:var(--muted)}
    .headline{font-size:1.3rem;font-weight:700;margin:.75rem 0}.headline.positive{color:var(--good)}
    .headline.caution{color:var(--caution)}
    .warning{background:var(--warn-bg);border-left:4px solid var(--caution);padding:.4rem .7rem;margin:.75rem 0}
    .warning ul{margin:.25rem 0;padding-left:1.2rem}
    .table-wrap{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
    th,td{border:1px solid var(--line);padding:.25rem .5rem;vertical-align:top}thead th{background:var(--panel)}
    tbody th{text-align:left;white-space:nowrap}
    td.num,th.num{text-align:right;white-space:nowrap}tr.summary{font-weight:700}
    td.fit{color:#1b1f24}
    td.f0,td.f1,td.f2{background:#ffd8d3}td.f3,td.f4{background:#ffe7c2}td.f5,td.f6{background:#fff4b3}
    td.f7,td.f8{background:#d5f5d9}td.f9,td.f10{background:#abf0b8}
    pre{background:var(--panel);padding:.5rem;overflow-x:auto}code{font-size:.9em;background:var(--panel);padding:0 .2em}
    figure{margin:1rem 0;overflow-x:auto}figcaption{color:var(--muted);font-size:.9rem}
    svg.chart{width:100%;min-width:30rem;height:auto;max-width:48rem;display:block}
    svg .plot{fill:none;stroke:var(--line)}svg .grid{stroke:var(--line);stroke-width:.5}
    svg .label,svg .tick,svg .legend,svg .mark-label{fill:var(--fg);font-size:12px}svg .tick{fill:var(--muted)}
    svg .mark{stroke:var(--muted);stroke-dasharray:3 3}svg .mark.primary{stroke:var(--fg);stroke-dasharray:none;stroke-width:1.5}
    svg .mark-label.primary{font-weight:700}svg .series{fill:none;stroke-width:2}
    svg .track{fill:var(--panel)}svg .current{stroke:var(--fg);stroke-width:2}svg .axis{stroke:var(--muted)}
    svg .series.s0{stroke:var(--s0)}svg .series.s1{stroke:var(--s1)}svg .series.s2{stroke:var(--s2)}
    svg .series.s3{stroke:var(--s3)}svg .series.s4{stroke:var(--s4)}svg .series.s5{stroke:var(--s5)}
    svg .bar.s0,svg .legend.s0{fill:var(--s0)}svg .bar.s1,svg .legend.s1{fill:var(--s1)}
    svg .bar.s2,svg .legend.s2{fill:var(--s2)}svg .bar.s3,svg .legend.s3{fill:var(--s3)}
    svg .bar.s4,svg .legend.s4{fill:var(--s4)}svg .bar.s5,svg .legend.s5{fill:var(--s5)}
    a{color:var(--s0)}
    @media print{body{font-size:10pt;background:#fff;color:#000}main{max-width:none;padding:0}details{display:block}
    h2{break-after:avoid}figure,table{break-inside:avoid}}
    @page{margin:15mm}
    """
}
