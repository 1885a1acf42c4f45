"use strict";
// The page: controls, the play loop, files and links, all on the model's PageApi (Java core
// compiled by TeaVM to WebAssembly, embedded in plasticity-wasm.js).
const $ = id => document.getElementById(id);
const VERSION = document.body.dataset.version;
const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32];
const state = { fast: false, runStart: 0, last: 0, frames: 0, reported: false };
let api, story, network;

function say(text) {
  $("message").textContent = text;
}

function attempt(message) {
  say(message);
  return message === "";
}

function fillPresets() {
  api.presets().split("\n").filter(l => l).forEach(line => {
    const [name, description] = line.split("\t");
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name;
    option.title = description;
    $("preset").appendChild(option);
  });
}

function speedIndex() {
  return Number($("speed").value) + 1;
}

function showSettings() {
  $("stress").value = api.stressLevel();
  showDose();
  $("days").value = api.days();
  showTitle();
  $("preset").value = api.name();
  showValues();
}

/** The dose slider in the range and unit of the scenario's dosed drug (mg/kg, or mg for esketamine). */
function showDose() {
  const [min, max, step] = api.doseRange();
  Object.assign($("dose"), { min, max, step });
  $("dose").value = api.dose();
  $("dose").dataset.unit = api.doseUnit();
  $("dose").dataset.decimals = String(step).split(".")[1]?.length ?? 0;
}

function showTitle() {
  $("title").textContent = api.name() + (api.edited() ? " (changed from the preset)" : "")
    + " — " + api.description();
}

function showValues() {
  const texts = {
    stress: Number($("stress").value).toFixed(2) + " (0-1)",
    dose: Number($("dose").value).toFixed(Number($("dose").dataset.decimals)) + " "
      + $("dose").dataset.unit,
    days: $("days").value + " days",
    speed: SPEEDS[speedIndex()] + " days/s"
  };
  Object.entries(texts).forEach(([id, text]) => {
    $(id + "-value").textContent = text;
    $(id).setAttribute("aria-valuetext", text);
  });
}

/** After a new scenario: charts, network, summary and the state of the run start afresh. */
function opened() {
  state.fast = false;
  state.reported = false;
  state.runStart = 0;
  api.speed(SPEEDS[speedIndex()]);
  $("summary").textContent = "";
  $("summary-table").replaceChildren();
  document.body.dataset.runMs = "";
  story.reset();
  showSettings();
  refresh(true);
}

function openFromLink() {
  const link = ShareLink.parse(location.hash);
  let ok = true;
  if (link.scenario !== null) {
    ok = attempt(api.openYaml(link.scenario));
  } else if (link.preset !== null) {
    ok = attempt(api.openPreset(link.preset));
  }
  opened();
  if (ok && link.run) {
    runToEnd();
  }
}

function runToEnd() {
  if (api.finished()) {
    return;
  }
  api.pause();
  state.fast = true;
  state.runStart = performance.now();
  showPlaying();
}

function showPlaying() {
  const on = api.playing() || state.fast;
  $("play").textContent = on ? "Pause" : "Play";
  $("play").setAttribute("aria-pressed", String(on));
}

function togglePlay() {
  if (state.fast || api.playing()) {
    state.fast = false;
    api.pause();
  } else {
    api.play();
    state.runStart = state.runStart || performance.now();
  }
  showPlaying();
}

function stepOnce() {
  state.fast = false;
  state.runStart = state.runStart || performance.now();
  api.pause();
  api.step();
  showPlaying();
  refresh(true);
}

function refresh(force) {
  const grew = story.update();
  $("story-hint").hidden = api.rows() > 0;
  $("day").textContent = "day " + api.day().toFixed(2) + " of " + api.days();
  if (grew || force) {
    if (force || state.frames % 6 === 0) {
      network.draw();
    }
    $("changes").replaceChildren(...api.changes().split("\n").filter(l => l).map(l => {
      const li = document.createElement("li");
      li.textContent = l;
      return li;
    }));
  }
  if (api.finished() && !state.reported) {
    report();
  }
}

/** The run's end: summary.json in #summary (what tests and scripts read), and a table. */
function report() {
  state.reported = true;
  state.fast = false;
  const ms = performance.now() - state.runStart;
  document.body.dataset.runMs = String(Math.round(ms));
  const json = api.summaryJson(VERSION, ms);
  $("summary").textContent = json;
  const summary = JSON.parse(json);
  const rows = ["peak_plasticity", "density_lowest", "density_end", "positive_recall_end",
    "negative_recall_end", "mood_index_end", "response_day", "relapse_day"];
  $("summary-table").replaceChildren(...rows.map(key => {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = key.replace(/_/g, " ");
    const td = document.createElement("td");
    const v = summary[key];
    td.textContent = v === null ? "none" : Number(v).toPrecision(4);
    tr.append(th, td);
    return tr;
  }));
  network.draw();
  showPlaying();
}

function frame() {
  const now = performance.now();
  const elapsed = Math.min(0.25, (now - (state.last || now)) / 1000);
  state.last = now;
  state.frames++;
  if (state.fast) {
    const until = now + 40;
    while (performance.now() < until && !api.finished()) {
      api.advance(48);
    }
  } else {
    api.tick(elapsed);
  }
  if (!api.playing() && !state.fast) {
    showPlaying();
  }
  refresh(false);
  setTimeout(frame, state.fast ? 0 : 16);
}

function download(name, type, text) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A slider before the run restarts the scenario; stress mid-run applies from now. */
function settingChanged(which) {
  showValues();
  if (api.rows() > 0 && which === "stress" && !api.finished()) {
    attempt(api.stressFromNow(Number($("stress").value)));
    showTitle();
    refresh(true);
    return;
  }
  if (api.rows() > 0 && which !== "speed") {
    say("Restarted from day 0 with the new " + which + ".");
  }
  if (which === "speed") {
    api.speed(SPEEDS[speedIndex()]);
    return;
  }
  // Only the moved slider is passed: the others keep the scenario's own values, which their
  // sliders' range and step would round (a file's 3 mg/kg dose, a stress of 0.83).
  const moved = id => (which === id ? Number($(id).value) : NaN);
  const message = api.restartWith(moved("stress"), moved("dose"), moved("days"));
  if (message) {
    say(message);
    showSettings();
    return;
  }
  opened();
}

function wire() {
  $("preset").addEventListener("change", () => {
    location.hash = "preset=" + encodeURIComponent($("preset").value);
  });
  ["stress", "dose", "days", "speed"].forEach(id => {
    $(id).addEventListener("input", showValues);
    $(id).addEventListener("change", () => settingChanged(id));
  });
  $("play").addEventListener("click", togglePlay);
  $("step").addEventListener("click", stepOnce);
  $("run").addEventListener("click", runToEnd);
  $("restart").addEventListener("click", () => { attempt(api.openYaml(api.scenarioYaml())); opened(); });
  $("dose-now").addEventListener("click", () => { attempt(api.doseNow()); showTitle(); refresh(true); });
  $("therapy-now").addEventListener("click", () => { attempt(api.therapyNow()); showTitle(); refresh(true); });
  $("save-yaml").addEventListener("click", () =>
    download(api.name() + ".yaml", "text/yaml", api.scenarioYaml()));
  $("save-csv").addEventListener("click", () => {
    const csv = api.csv();
    if (csv) {
      download("timeseries.csv", "text/csv", csv);
    } else {
      say("Nothing has run yet: press Play or Step first.");
    }
  });
  $("open-yaml").addEventListener("change", event => {
    const file = event.target.files[0];
    if (file) {
      file.text().then(text => {
        if (attempt(api.openYaml(text))) {
          opened();
        }
      });
    }
  });
  $("share").addEventListener("click", () => {
    $("share-link").value = ShareLink.forScenario(api.scenarioYaml(), false);
    $("share-link").select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText($("share-link").value).catch(() => {});
    }
  });
  $("projector").addEventListener("click", () => {
    const on = document.body.classList.toggle("projector");
    $("projector").setAttribute("aria-pressed", String(on));
    story.setThick(on);
    network.thick = on;
    story.update();
    network.draw();
    if (on && document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(() => {});
    } else if (!on && document.fullscreenElement) {
      document.exitFullscreen();
    }
  });
  document.addEventListener("keydown", event => {
    const tag = event.target.tagName;
    if (["INPUT", "SELECT", "TEXTAREA", "BUTTON"].includes(tag)) {
      return;
    }
    if (event.key === " ") {
      event.preventDefault();
      togglePlay();
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      stepOnce();
    }
  });
  window.addEventListener("hashchange", openFromLink);
  window.addEventListener("resize", () => { story.build(); story.update(); });
}

async function start() {
  const module = Uint8Array.from(atob(PLASTICITY_WASM), c => c.charCodeAt(0));
  const teavm = await TeaVM.wasmGC.load(module);
  teavm.exports.main([]);
  api = window.plasticity;
  story = new StoryChart($("charts"), api);
  network = new NetworkView($("network"), api);
  fillPresets();
  wire();
  openFromLink();
  frame();
}

start().catch(error => {
  say("This browser cannot run the model (it needs WebAssembly with garbage collection:"
    + " Chrome or Edge 119, Firefox 120, Safari 18.2 or newer): " + error);
});
