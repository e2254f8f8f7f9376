/// The stylesheet and the one script, served by the app itself: nothing comes from the network.
enum Assets {
    static let css = """
        :root { --ink: #1a1a1a; --accent: #1f5fa8; --muted: #5b6573; --line: #d5dbe3; --soft: #eef3f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1200px; margin: 0 auto; padding: 0 1rem 3rem; }
        .bar { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
        .bar h1 { margin: .6rem 0 .2rem; font-size: 1.6rem; }
        .bar p { margin: 0 0 .6rem; color: var(--muted); }
        h2 { font-size: 1.25rem; margin-top: 1.6rem; }
        a { color: var(--accent); }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem 1rem; margin: 1rem 0; max-width: 40rem; }
        label { display: block; margin: .5rem 0; }
        input, textarea, select { font: inherit; padding: .35rem; border: 1px solid #98a2b0; border-radius: 4px; max-width: 100%; }
        label > input:not([type=radio]), label > textarea { display: block; width: 100%; }
        .level input { margin-right: .4rem; }
        button, .button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .4rem .9rem; cursor: pointer; text-decoration: none; display: inline-block; }
        .item { border-top: 1px solid var(--line); padding: .6rem 0 1rem; }
        .item.current, tr.current { background: #fff8dc; }
        .item h3 { font-size: 1.05rem; margin: .3rem 0; }
        .guidance { color: var(--muted); margin: .2rem 0 .5rem; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; }
        .level { display: block; margin: .25rem 0; }
        .level span { color: var(--muted); }
        .now { font-size: 1.1rem; background: #fff8dc; padding: .5rem; border-left: 4px solid #d9a400; }
        .round, .revealed { background: var(--soft); padding: .4rem; }
        .error, .warn { color: #8a1c1c; font-weight: 600; }
        em.ok { color: #1d6b2f; } em.warn { color: #8a1c1c; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td form { display: inline; }
        .decide input { width: 9rem; margin: 0 .2rem; }
        .code { font-family: ui-monospace, monospace; font-size: 1.2rem; letter-spacing: .1em; }
        .scores { display: flex; gap: 1rem; flex-wrap: wrap; }
        .big { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 12rem; }
        .big span { display: block; color: var(--muted); }
        .big strong { font-size: 2.4rem; display: block; }
        .big em { font-style: normal; color: var(--muted); }
        .sev-critical, .sev-high { color: #8a1c1c; } .sev-medium { color: #8a5a00; }
        figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: .9rem; }
        .tag { background: var(--soft); border-radius: 3px; padding: 0 .3rem; }
        body.projector main { max-width: none; padding: 1rem 3rem; }
        body.projector { font-size: 28px; }
        body.projector .bar h1 { font-size: 2.2rem; }
        body.projector .question h2 { font-size: 2.6rem; line-height: 1.2; margin: .3rem 0 1rem; }
        body.projector .id { color: var(--muted); margin: 1rem 0 0; font-size: 1.4rem; }
        .distribution { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        .distribution li { border: 2px solid var(--line); border-radius: 8px; padding: .5rem 1rem; min-width: 14rem; }
        .distribution span { display: block; color: var(--muted); font-size: 1.3rem; }
        .distribution strong { font-size: 3rem; margin-right: .4rem; }
        .spread, .waiting { font-size: 1.6rem; }
        .decision { font-size: 1.6rem; border-left: 6px solid #1d6b2f; padding-left: .6rem; }
        body.projector .big strong { font-size: 4rem; }
        .mono { font-family: ui-monospace, monospace; }
        tr.archived td { color: var(--muted); background: #f6f7f9; }
        .status-active { color: #1d6b2f; font-weight: 600; } .status-archived { color: var(--muted); font-weight: 600; }
        button.archive { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
        .archived-note { background: #f6f7f9; border-left: 4px solid var(--muted); padding: .5rem; }

        """

    /// Live updates: on each event, the page's main part is fetched again and swapped in, so the
    /// facilitator's and the projector's pages follow the room without a reload. Without JavaScript
    /// the pages work as plain forms.
    static let script = """
        "use strict";
        (function () {
          var meta = document.querySelector('meta[name="live"]');
          if (!meta || !window.EventSource) return;
          var pending = false;
          function refresh() {
            if (pending) return;
            pending = true;
            setTimeout(function () {
              fetch(location.pathname, {credentials: "same-origin"}).then(function (r) { return r.text(); }).then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                var fresh = doc.getElementById("main");
                var focused = document.activeElement && document.activeElement.closest("form");
                if (fresh && !focused) document.getElementById("main").replaceWith(fresh);
                document.body.dataset.updated = String(Date.now());
                pending = false;
              }, function () { pending = false; });
            }, 150);
          }
          var source = new EventSource(meta.content);
          source.addEventListener("change", refresh);
        })();

        """
}
