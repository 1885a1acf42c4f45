package org.plasticitylab.cli.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plasticitylab.output.Csv;
import org.plasticitylab.cli.output.DataPackage;
import org.plasticitylab.cli.output.Field;
import org.plasticitylab.cli.output.Fields;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.cohort.KaplanMeier;
import org.plasticitylab.cohort.PatientOutcome;
import org.plasticitylab.cohort.PatientParameter;
import org.plasticitylab.explain.Explanation;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.scenario.ModelParameters;

/**
 * patients.csv (one row per patient: seed, outcome, parameters) and cohort.json (the cohort's
 * figures, its Kaplan-Meier curve and the distributions of the varied parameters). Nothing in
 * them depends on the machine or the threads, so a resumed cohort writes the same bytes.
 */
public final class CohortFiles {
    /** The columns of patients.csv before the parameters (one column per varied parameter). */
    public static final List<String> COLUMNS = List.of("patient", "seed", "responded",
            "response_day", "relapse_day", "days_to_relapse");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CohortFiles() {
    }

    /**
     * Writes patients.csv, its datapackage.json and cohort.json.
     *
     * @param cohort the finished cohort
     * @param dir the folder to write into
     * @param version the Plasticity Lab version to record
     * @return patients.csv, its datapackage.json and cohort.json, in that order
     * @throws JsonProcessingException if the JSON cannot be built
     */
    public static List<Path> write(CohortResult cohort, Path dir, String version)
            throws JsonProcessingException {
        return List.of(AtomicFiles.writeString(dir.resolve("patients.csv"), patients(cohort)),
                DataPackage.write(dir, cohort.scenario().name(), List.of(new DataPackage.Table(
                        "patients.csv", "One virtual patient per row: seed, outcome and the"
                        + " patient's drawn parameters.", fields()))),
                AtomicFiles.writeString(dir.resolve("cohort.json"),
                        JSON.writeValueAsString(summary(cohort, version)) + "\n"));
    }

    /** The columns of patients.csv. */
    static List<Field> fields() {
        List<Field> fields = new ArrayList<>(Fields.named(COLUMNS));
        for (PatientParameter p : PatientParameter.values()) {
            fields.add(Fields.named(p.key()));
        }
        return fields;
    }

    static String patients(CohortResult cohort) {
        StringBuilder b = new StringBuilder(Csv.line(Fields.header(fields())));
        for (PatientOutcome o : cohort.patients()) {
            Recovery r = o.recovery();
            List<Object> row = new ArrayList<>(List.of(o.patient().index() + 1, o.patient().seed(),
                    r.responded(), CohortNumbers.cell(r.responseDay()),
                    CohortNumbers.cell(r.relapseDay()), CohortNumbers.cell(r.daysToRelapse())));
            for (PatientParameter p : PatientParameter.values()) {
                row.add(o.patient().parameters().value(p));
            }
            b.append(Csv.line(row));
        }
        return b.toString();
    }

    static ObjectNode summary(CohortResult cohort, String version) {
        ObjectNode node = JSON.createObjectNode().put("scenario", cohort.scenario().name())
                .put("patients", cohort.patients().size()).put("base_seed", cohort.baseSeed())
                .put("responders", cohort.responders());
        CohortNumbers.put(node, "response_rate", cohort.responseRate());
        CohortNumbers.put(node, "median_days_to_relapse",
                cohort.medianDaysToRelapse().orElse(Double.NaN));
        node.put("relapsed", cohort.relapsed());
        CohortNumbers.put(node, "relapsed_fraction", cohort.relapsedFraction());
        node.set("still_well", stillWell(cohort));
        ObjectNode parameters = node.putObject("parameters");
        for (PatientParameter p : PatientParameter.values()) {
            parameters.set(p.key(), distribution(p, cohort));
        }
        node.put("definitions", "response: improvement f >= 0.5 on a daily probe between the"
                + " first dose and 3 days after the induction course; relapse: after a response,"
                + " the first of 7 daily probes in a row with f < 0.5; response_rate: responders"
                + " / patients; relapsed_fraction: relapsed / patients (all patients, not only"
                + " responders), at the end of the run; median_days_to_relapse: Kaplan-Meier"
                + " median of still_well, null when fewer than half of the responders relapse");
        return node.put("version", version).put("disclaimer", Explanation.DISCLAIMER);
    }

    /** The law of one varied parameter and its numbers. */
    private static ObjectNode distribution(PatientParameter p, CohortResult cohort) {
        ModelParameters model = cohort.scenario().model();
        if (p.bernoulli()) {
            ObjectNode d = JSON.createObjectNode().put("law", "bernoulli");
            CohortNumbers.put(d, "p", cohort.variability().metCarrierProbability());
            CohortNumbers.put(d, "met_boost_factor", model.plasticity().metBoostFactor());
            return d.put("about", "1 = carries the BDNF Met allele: boost gain times"
                    + " met_boost_factor");
        }
        ObjectNode d = JSON.createObjectNode().put("law", "log-normal");
        CohortNumbers.put(d, "median", p.typical(model));
        CohortNumbers.put(d, "cv", cohort.variability().cv(p));
        if (p == PatientParameter.POSITIVE_BASE) {
            d.put("capped_at", 1);
        }
        return d;
    }

    private static ObjectNode stillWell(CohortResult cohort) {
        KaplanMeier km = cohort.stillWell();
        ObjectNode node = JSON.createObjectNode();
        CohortNumbers.put(node, "from_day", cohort.lastInductionDay());
        node.put("about", "Kaplan-Meier estimate of the responders still well against days after"
                + " the last dose of the induction course (from_day); responders who never"
                + " relapse are censored at the end of the run");
        node.put("responders", km.subjects());
        ArrayNode steps = node.putArray("steps");
        for (KaplanMeier.Step s : km.steps()) {
            ObjectNode step = steps.addObject();
            CohortNumbers.put(step, "day", s.time());
            step.put("at_risk", s.atRisk()).put("relapses", s.events());
            CohortNumbers.put(step, "still_well", s.survival());
        }
        ArrayNode censored = node.putArray("censored");
        Map<Double, Integer> counts = new TreeMap<>();
        for (double t : km.censoredTimes()) {
            counts.merge(t, 1, Integer::sum);
        }
        counts.forEach((day, count) -> {
            ObjectNode c = censored.addObject();
            CohortNumbers.put(c, "day", day);
            c.put("responders", count);
        });
        return node;
    }
}
