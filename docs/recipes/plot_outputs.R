#!/usr/bin/env Rscript
# Read a run, a sweep and a cohort of Plasticity Lab with base R and plot them as PNGs.
#
# Usage: Rscript plot_outputs.R RUN_DIR SWEEP_DIR COHORT_DIR OUT_DIR
#
# Column names are letters, digits and underscores, so read.csv keeps them as they are; each
# folder's datapackage.json gives every column's type, unit and description.
# Toy model for teaching - not medical advice.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) {
  stop("usage: Rscript plot_outputs.R RUN_DIR SWEEP_DIR COHORT_DIR OUT_DIR")
}
run_dir <- args[1]
sweep_dir <- args[2]
cohort_dir <- args[3]
out_dir <- args[4]
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# A CSV file, checked to keep the names of its header. Seeds are 64-bit integers, more than a
# double holds exactly, so they are read as text.
read_table <- function(folder, file) {
  path <- file.path(folder, file)
  header <- strsplit(readLines(path, n = 1), ",")[[1]]
  classes <- if ("seed" %in% header) c(seed = "character") else NA
  table <- read.csv(path, colClasses = classes)
  if (!identical(names(table), header)) {
    stop(path, ": read.csv renamed the columns ", paste(header, collapse = ", "))
  }
  table
}

disclaimer <- "toy model for teaching - not medical advice"

series <- read_table(run_dir, "timeseries.csv")
png(file.path(out_dir, "r-run.png"), width = 800, height = 700)
par(mfrow = c(3, 1))
plot(series$day, series$mood_index, type = "l", xlab = "day", ylab = "mood_index (0..100)",
     main = paste("One run -", disclaimer))
plot(series$day, series$plasticity, type = "l", xlab = "day", ylab = "plasticity (x baseline)")
plot(series$day, series$synapse_count, type = "l", xlab = "day", ylab = "synapse_count")
invisible(dev.off())

settings <- read_table(sweep_dir, "settings.csv")
x <- settings$treatments_0_dose_mg_per_kg
png(file.path(out_dir, "r-sweep.png"), width = 800, height = 500)
plot(x, settings$mood_index_end_mean, type = "b", pch = 19,
     ylim = range(c(settings$mood_index_end_ci95_low, settings$mood_index_end_ci95_high)),
     xlab = "treatments[0].dose_mg_per_kg", ylab = "mood_index_end_mean (0..100)",
     main = paste("A sweep -", disclaimer))
arrows(x, settings$mood_index_end_ci95_low, x, settings$mood_index_end_ci95_high,
       angle = 90, code = 3, length = 0.05)
invisible(dev.off())

patients <- read_table(cohort_dir, "patients.csv")
responded <- as.logical(patients$responded)
png(file.path(out_dir, "r-cohort.png"), width = 800, height = 500)
plot(patients$stress_sensitivity, patients$ic50_mg_per_l, pch = ifelse(responded, 19, 1),
     xlab = "stress_sensitivity (x typical)", ylab = "ic50_mg_per_l (mg/L)",
     main = sprintf("%d virtual patients, %.0f %% responded - %s", nrow(patients),
                    100 * mean(responded), disclaimer))
legend("topright", legend = c("responded", "did not respond"), pch = c(19, 1))
invisible(dev.off())

cat("wrote r-run.png, r-sweep.png and r-cohort.png into", out_dir, "\n")
