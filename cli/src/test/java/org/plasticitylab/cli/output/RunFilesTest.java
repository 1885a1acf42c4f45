package org.plasticitylab.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.output.Csv;

class RunFilesTest {
    @Test
    void aCsvCellOfAnOutcomeThatDoesNotApplyIsEmpty() {
        assertThat(Csv.line(MissingValues.cells(List.of(Double.NaN, 1.5, 2.0))))
                .isEqualTo(",1.5,2\n");
    }
}
