package org.plasticitylab.cli.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plasticitylab.cli.output.NumberedFiles;
import org.plasticitylab.cli.sweep.SweepRuns;
import org.plasticitylab.cohort.Cohort;
import org.plasticitylab.cohort.PatientOutcome;
import org.plasticitylab.cohort.VirtualPatient;
import org.plasticitylab.metrics.Recovery;

/**
 * The finished patients of a cohort, one file each ({@code patients/0001.json}, numbered as in
 * patients.csv), written atomically the moment a patient's run finishes. Running the same
 * cohort into the same folder again reads them back instead of running those patients again.
 * Each file names the exact scenario the patient ran (a SHA-256 of its full text: scenario,
 * seed and drawn parameters), so a patient of another cohort is never mixed in; a patient of
 * the same cohort with more patients is the same patient, so a cohort can be grown.
 */
public final class PatientFiles {
    /** The subfolder of a cohort's folder that holds the patient files. */
    public static final String FOLDER = "patients";
    /** The number fields of {@link Recovery}, in the order of {@link #numbers}. */
    private static final List<String> RECOVERY_FIELDS = List.of("healthy_mood", "pre_mood",
            "response_day", "peak_improvement", "peak_improvement_day", "days_improved",
            "relapse_day", "days_to_relapse", "improvement_end_of_course", "improvement_end");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PatientFiles() {
    }

    /**
     * Saves one finished patient.
     *
     * @param dir the cohort's folder
     * @param cohort the cohort the patient belongs to
     * @param outcome the patient's outcome
     * @return the file written
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static Path write(Path dir, Cohort cohort, PatientOutcome outcome)
            throws JsonProcessingException {
        VirtualPatient p = outcome.patient();
        ObjectNode node = JSON.createObjectNode().put("patient", p.index() + 1)
                .put("seed", p.seed()).put("scenario_sha256", key(cohort, p));
        ObjectNode values = node.putObject("recovery");
        List<Double> numbers = numbers(outcome.recovery());
        for (int i = 0; i < numbers.size(); i++) {
            CohortNumbers.put(values, RECOVERY_FIELDS.get(i), numbers.get(i));
        }
        values.put("responded", outcome.recovery().responded());
        return NumberedFiles.write(dir.resolve(FOLDER), p.index() + 1, node);
    }

    /**
     * The patients of {@code cohort} already finished in {@code dir}. A file that cannot be
     * read as a patient is ignored (that patient runs again), and so is one beyond the
     * cohort's size.
     *
     * @param dir the cohort's folder
     * @param cohort the cohort being run
     * @return the finished patients
     * @throws IOException if the folder cannot be listed or a file cannot be read
     * @throws IllegalArgumentException if a file is a patient of a different cohort
     */
    public static List<PatientOutcome> read(Path dir, Cohort cohort) throws IOException {
        List<PatientOutcome> done = new ArrayList<>();
        List<VirtualPatient> patients = cohort.patients();
        for (Map.Entry<Path, JsonNode> e : NumberedFiles.read(dir.resolve(FOLDER)).entrySet()) {
            Path file = e.getKey();
            JsonNode node = e.getValue();
            int index = node.path("patient").asInt(0) - 1;
            if (index >= patients.size()) {
                continue;
            }
            if (index < 0 || !key(cohort, patients.get(index))
                    .equals(node.path("scenario_sha256").asText())) {
                throw new IllegalArgumentException(file + " is a patient of a different cohort"
                        + " (other scenario, seed or options); use --force to start over, or"
                        + " another --out");
            }
            recovery(node.path("recovery"))
                    .ifPresent(r -> done.add(new PatientOutcome(patients.get(index), r)));
        }
        return done;
    }

    /**
     * Deletes every patient file, for a cohort started over with --force.
     *
     * @param dir the cohort's folder
     * @throws IOException if a file cannot be deleted
     */
    public static void clear(Path dir) throws IOException {
        NumberedFiles.clear(dir.resolve(FOLDER));
    }

    private static List<Double> numbers(Recovery r) {
        return List.of(r.healthyMood(), r.preMood(), r.responseDay(), r.peakImprovement(),
                r.peakImprovementDay(), (double) r.daysImproved(), r.relapseDay(),
                r.daysToRelapse(), r.improvementEndOfCourse(), r.improvementEnd());
    }

    /** The recovery of a patient file; empty if a value is missing or not a number. */
    private static Optional<Recovery> recovery(JsonNode node) {
        double[] v = new double[RECOVERY_FIELDS.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode value = node.path(RECOVERY_FIELDS.get(i));
            if (value.isNumber()) {
                v[i] = value.doubleValue();
            } else if (value.isNull()) {
                v[i] = Double.NaN;
            } else {
                return Optional.empty();
            }
        }
        JsonNode responded = node.path("responded");
        if (!responded.isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(v[0], v[1], responded.asBoolean(), v[2], v[3],
                v[4], (int) v[5], v[6], v[7], v[8], v[9]));
    }

    /** SHA-256 of the patient's full scenario: equal exactly when the runs would be equal. */
    private static String key(Cohort cohort, VirtualPatient patient) {
        return SweepRuns.key(cohort.scenarioOf(patient));
    }
}
