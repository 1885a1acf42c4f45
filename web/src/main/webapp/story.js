"use strict";
// The story chart: panels on one time axis in days, growing as the model runs (uPlot).
const STORY_PANELS = [
  { title: "Drug and occupancy", series: [
      { column: "drug_mg_per_l", label: "drug (mg/L)", colour: PALETTE.drug, scale: "mg" },
      { column: "nmda_occupancy", label: "NMDA occupancy (0-1)", colour: PALETTE.occupancy, scale: "unit" },
      { column: "therapy", label: "therapy (0-1)", colour: PALETTE.positive, scale: "unit" }] },
  { title: "Plasticity", series: [
      { column: "plasticity", label: "plasticity P (x baseline)", colour: PALETTE.plasticity }] },
  { title: "Synapse density", series: [
      { column: "synapse_density", label: "density, all regions", colour: PALETTE.network },
      { column: "density_executive", label: "executive", colour: PALETTE.region, dash: [10, 5] },
      { column: "density_mood", label: "mood", colour: PALETTE.region, dash: [2, 4] },
      { column: "density_reward", label: "reward", colour: PALETTE.region, dash: [10, 4, 2, 4] },
      { column: "density_memory", label: "memory", colour: PALETTE.region, dash: [18, 6] }] },
  { title: "Recall of the two memories", series: [
      { column: "positive_recall", label: "positive recall (0-1)", colour: PALETTE.positive },
      { column: "negative_recall", label: "negative recall (0-1)", colour: PALETTE.negative }] },
  { title: "Mood", series: [
      { column: "mood_index", label: "mood index (0-100)", colour: PALETTE.mood }] }
];
const STORY_COLUMNS = ["day", "stress"].concat(
  ...STORY_PANELS.map(p => p.series.map(s => s.column)));

class StoryChart {
  constructor(host, api) {
    this.host = host;
    this.api = api;
    this.thick = false;
    this.reset();
  }

  reset() {
    this.data = {};
    STORY_COLUMNS.forEach(c => { this.data[c] = []; });
    this.rows = 0;
    this.build();
  }

  build() {
    this.host.replaceChildren();
    const width = Math.max(320, this.host.clientWidth || 800);
    const sync = uPlot.sync("story");
    this.plots = STORY_PANELS.map(panel => {
      const div = document.createElement("div");
      div.className = "panel";
      div.setAttribute("role", "img");
      div.setAttribute("aria-label", panel.title + ": " + panel.series.map(s => s.label).join(", "));
      this.host.appendChild(div);
      const opts = {
        title: panel.title,
        width: width,
        height: this.thick ? 220 : 150,
        cursor: { sync: { key: sync.key } },
        scales: { x: { time: false } },
        axes: [{ label: "day", size: 36 }, { scale: panel.series[0].scale || "y", size: 60 }],
        series: [{ label: "day" }].concat(panel.series.map(s => ({
          label: s.label, stroke: s.colour, width: this.thick ? 4 : 1.75, dash: s.dash,
          scale: s.scale || "y", points: { show: false } }))),
        hooks: { drawClear: [u => this.drawStress(u)] }
      };
      if (panel.series.some(s => s.scale === "unit")) {
        opts.scales.unit = { range: [0, 1.05] };
        opts.axes.push({ scale: "unit", side: 1, size: 40 });
      }
      return { panel, plot: new uPlot(opts, this.panelData(panel), div) };
    });
  }

  /** Grey band wherever stress is on, behind the lines. */
  drawStress(u) {
    const day = this.data.day, stress = this.data.stress;
    if (!day.length) {
      return;
    }
    const ctx = u.ctx;
    ctx.save();
    ctx.fillStyle = PALETTE.stress;
    let from = -1;
    for (let i = 0; i <= day.length; i++) {
      const on = i < day.length && stress[i] > 0;
      if (on && from < 0) {
        from = i;
      } else if (!on && from >= 0) {
        const x0 = u.valToPos(day[from], "x", true), x1 = u.valToPos(day[i - 1], "x", true);
        ctx.fillRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
        from = -1;
      }
    }
    ctx.restore();
  }

  panelData(panel) {
    return [this.data.day].concat(panel.series.map(s => this.data[s.column]));
  }

  /** Appends the rows the model recorded since the last update; true if there were any. */
  update() {
    const rows = this.api.rows();
    if (rows === this.rows) {
      return false;
    }
    if (rows < this.rows) {
      this.reset();
    }
    STORY_COLUMNS.forEach(c => {
      const part = this.api.column(c, this.rows);
      const target = this.data[c];
      for (let i = 0; i < part.length; i++) {
        target.push(part[i]);
      }
    });
    this.rows = rows;
    const end = this.api.days();
    this.plots.forEach(p => {
      p.plot.setData(this.panelData(p.panel), false);
      p.plot.setScale("x", { min: 0, max: end });
    });
    return true;
  }

  setThick(thick) {
    this.thick = thick;
    this.build();
  }
}
