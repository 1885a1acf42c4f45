package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** Reads text expecting it to be rejected, and finds the problem at a path. */
final class ProblemAssert {
    private ProblemAssert() {
    }

    static List<Problem> problems(String yaml) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> ScenarioFiles.parse(yaml, ScenarioFormat.YAML, "test.yaml"));
        assertThat(e).as("expected the file to be rejected").isNotNull();
        return e.problems();
    }

    static Problem at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }
}
