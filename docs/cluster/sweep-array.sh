#!/bin/bash
# One shard of a sweep per task of a Slurm job array. The sweep's arguments follow the script:
#   sbatch --array=1-10 docs/cluster/sweep-array.sh ketamine-single \
#       --vary 'treatments[0].dose_mg_per_kg=0.1:1:50' --seeds 20
# Task K of N writes shards/K (under SWEEP_SHARDS, default ./shards); once all have finished,
#   plasticity sweep-merge shards/* --out dose-sweep
# PLASTICITY_JAR names the jar (default ~/plasticity/plasticity.jar).
#SBATCH --job-name=plasticity-sweep
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=shard-%a.log
set -euo pipefail
jar=${PLASTICITY_JAR:-$HOME/plasticity/plasticity.jar}
shards=${SWEEP_SHARDS:-shards}
k=${SLURM_ARRAY_TASK_ID:?run this with sbatch --array=1-N}
n=${SWEEP_SHARD_COUNT:-${SLURM_ARRAY_TASK_COUNT}}
exec java -jar "$jar" sweep "$@" --threads "${SLURM_CPUS_PER_TASK:-1}" --quiet \
    --shard "$k/$n" --out "$shards/$k"
