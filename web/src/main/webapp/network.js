"use strict";
// The network view: the four regions as quadrants, each unit a dot lit by its activity, its
// size the number of its synapses, its ring the pattern it belongs to.
const REGIONS = ["executive", "mood", "reward", "memory"];

class NetworkView {
  constructor(canvas, api) {
    this.canvas = canvas;
    this.api = api;
    this.thick = false;
  }

  draw() {
    const ctx = this.canvas.getContext("2d");
    const w = this.canvas.width, h = this.canvas.height;
    ctx.clearRect(0, 0, w, h);
    ctx.font = (this.thick ? 22 : 14) + "px sans-serif";
    const rates = this.api.rates();
    const synapses = this.api.synapsesPerUnit();
    const pattern = this.api.patternOfUnit();
    const size = this.api.regionSize();
    const half = w / 2;
    ctx.fillStyle = "#333";
    REGIONS.forEach((name, r) => ctx.fillText(name, (r % 2) * half + 8, Math.floor(r / 2) * half + 18));
    if (!rates.length) {
      ctx.fillText("press Play or Step to start the network", 20, half / 2);
      return;
    }
    let maxRate = 1e-9, maxSyn = 1;
    for (let i = 0; i < rates.length; i++) {
      maxRate = Math.max(maxRate, rates[i]);
      maxSyn = Math.max(maxSyn, synapses[i]);
    }
    const perRow = Math.ceil(Math.sqrt(size));
    const cell = (half - 30) / perRow;
    for (let unit = 0; unit < rates.length; unit++) {
      const r = Math.min(3, Math.floor(unit / size)), k = unit - r * size;
      const x = (r % 2) * half + 15 + (k % perRow + 0.5) * cell;
      const y = Math.floor(r / 2) * half + 25 + (Math.floor(k / perRow) + 0.5) * cell;
      const radius = Math.max(1, cell * 0.48 * Math.sqrt(synapses[unit] / maxSyn));
      ctx.beginPath();
      ctx.arc(x, y, radius, 0, 2 * Math.PI);
      ctx.globalAlpha = 0.1 + 0.9 * Math.sqrt(rates[unit] / maxRate);
      ctx.fillStyle = PALETTE.activity;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = this.thick ? 3 : 1.5;
      ctx.strokeStyle = pattern[unit] === 1 ? PALETTE.negative
        : pattern[unit] === 2 ? PALETTE.positive : PALETTE.region;
      ctx.stroke();
    }
    ctx.strokeStyle = "#999";
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
    ctx.beginPath();
    ctx.moveTo(half, 0); ctx.lineTo(half, h); ctx.moveTo(0, half); ctx.lineTo(w, half);
    ctx.stroke();
  }
}
