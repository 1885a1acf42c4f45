"use strict";
// The link that carries a scenario in the URL fragment: #preset=NAME or #scenario=<YAML>,
// with &run to start it at once. The fragment never leaves the browser.
const ShareLink = {
  parse(hash) {
    const out = { preset: null, scenario: null, run: false };
    hash.replace(/^#/, "").split("&").filter(p => p).forEach(part => {
      const eq = part.indexOf("=");
      const key = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
      if (key === "preset") { out.preset = value; }
      else if (key === "scenario") { out.scenario = value; }
      else if (key === "run") { out.run = true; }
    });
    return out;
  },

  forScenario(yaml, run) {
    const base = location.href.replace(/#.*$/, "");
    return base + "#scenario=" + encodeURIComponent(yaml) + (run ? "&run" : "");
  }
};
