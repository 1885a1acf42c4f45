"use strict";
// The project's one colour-blind-safe palette (Okabe-Ito), one meaning per colour: the same
// colours as viz's Palette class, so the page and the desktop charts read alike.
const PALETTE = Object.freeze({
  drug: "#E69F00",        // drug and doses
  occupancy: "#56B4E9",   // NMDA occupancy
  plasticity: "#0072B2",  // plasticity P
  positive: "#009E73",    // positive pattern, therapy
  negative: "#D55E00",    // negative pattern
  mood: "#CC79A7",        // mood
  network: "#000000",     // whole network
  region: "#666666",      // one region (dashes)
  activity: "#F0E442",    // a unit's activity (network view)
  stress: "rgba(153,153,153,0.18)"
});
