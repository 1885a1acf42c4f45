#!/usr/bin/env python3
"""Read a run, a sweep and a cohort of Plasticity Lab with pandas and plot them as PNGs.

Usage: python3 plot_outputs.py RUN_DIR SWEEP_DIR COHORT_DIR OUT_DIR

Each folder holds its CSV files and a datapackage.json that gives every column's type, unit
and description; the script takes the column types and the axis units from it.
Toy model for teaching - not medical advice.
"""
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

PANDAS_TYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}


def read_table(folder, file):
    """The CSV file as a DataFrame typed by its schema, and the schema's fields by name."""
    package = json.loads((Path(folder) / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["path"] == file)
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    types = {name: PANDAS_TYPES[f["type"]] for name, f in fields.items()
             if f["type"] != "boolean"}
    table = pd.read_csv(Path(folder) / file, dtype=types)
    if list(table.columns) != list(fields):
        sys.exit(f"{file}: the columns {list(table.columns)} are not those of its schema")
    return table, fields


def axis_label(fields, name):
    unit = fields[name].get("unit")
    return f"{name} ({unit})" if unit else name


def plot_run(folder, out):
    series, fields = read_table(folder, "timeseries.csv")
    fig, axes = plt.subplots(3, 1, sharex=True, figsize=(8, 7))
    for ax, column in zip(axes, ["mood_index", "plasticity", "synapse_count"]):
        ax.plot(series["day"], series[column])
        ax.set_ylabel(axis_label(fields, column))
    axes[-1].set_xlabel(axis_label(fields, "day"))
    fig.suptitle("One run (toy model for teaching - not medical advice)")
    fig.savefig(out / "python-run.png", dpi=100)
    plt.close(fig)


def plot_sweep(folder, out):
    settings, fields = read_table(folder, "settings.csv")
    varied = [f for f in fields.values() if "scenario_key" in f]
    x = varied[0]["name"]
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.fill_between(settings[x], settings["mood_index_end_ci95_low"],
                    settings["mood_index_end_ci95_high"], alpha=0.3, label="95 % interval")
    ax.plot(settings[x], settings["mood_index_end_mean"], marker="o", label="mean over seeds")
    ax.set_xlabel(varied[0]["scenario_key"])
    ax.set_ylabel(axis_label(fields, "mood_index_end_mean"))
    ax.legend()
    ax.set_title("A sweep (toy model for teaching - not medical advice)")
    fig.savefig(out / "python-sweep.png", dpi=100)
    plt.close(fig)


def plot_cohort(folder, out):
    patients, fields = read_table(folder, "patients.csv")
    fig, ax = plt.subplots(figsize=(8, 5))
    for responded, group in patients.groupby("responded"):
        ax.scatter(group["stress_sensitivity"], group["ic50_mg_per_l"],
                   label="responded" if responded else "did not respond")
    ax.set_xlabel(axis_label(fields, "stress_sensitivity"))
    ax.set_ylabel(axis_label(fields, "ic50_mg_per_l"))
    ax.legend()
    ax.set_title(f"{len(patients)} virtual patients, {patients['responded'].mean():.0%}"
                 " responded (toy model - not medical advice)")
    fig.savefig(out / "python-cohort.png", dpi=100)
    plt.close(fig)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    run, sweep, cohort, out = (Path(a) for a in sys.argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    plot_run(run, out)
    plot_sweep(sweep, out)
    plot_cohort(cohort, out)
    print(f"wrote python-run.png, python-sweep.png and python-cohort.png into {out}")


if __name__ == "__main__":
    main()
