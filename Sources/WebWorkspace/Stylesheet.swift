/// The workspace's only stylesheet, served at `/static/style.css` (no inline styles, so the
/// content security policy can forbid them).
enum Stylesheet {
    static let text = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;padding:.6em 1.2em;background:#123a5c;color:#fff}
        header a{color:#fff}nav a{margin-right:1em}.brand{margin-right:1em}.lang{margin-left:auto}
        main{padding:1em 1.5em;max-width:1400px}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}
        table{border-collapse:collapse;background:#fff}th,td{border:1px solid #d5dbe2;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#eef1f5}td.num{text-align:right;font-variant-numeric:tabular-nums}.facts th{width:18em}
        .scroll{overflow-x:auto}.error{color:#9b1c1c;background:#fdecec;padding:.5em}.ok{color:#1f5f2a;background:#e8f6ea;padding:.5em}
        .running{background:#fff6d6;padding:.5em}.empty{color:#667}form.inline{display:inline}.who{margin:0 .5em}
        form.filters input,form.filters select{margin:0 .3em .5em 0}form.login,form.decide{display:grid;gap:.5em;max-width:28em}
        label{display:grid;gap:.2em}textarea{width:100%;font-family:monospace}.reason{background:#fff;padding:.5em;border-left:3px solid #123a5c}
        """
}
