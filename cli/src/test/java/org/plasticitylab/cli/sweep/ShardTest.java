package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void everyRunIsInExactlyOneShardAndTheSizesAddUp() {
        int runs = 10;
        for (int run = 0; run < runs; run++) {
            int r = run;
            assertThat(IntStream.rangeClosed(1, 3).filter(k -> new Shard(k, 3).has(r)).count())
                    .isEqualTo(1);
        }
        assertThat(new Shard(1, 3).size(runs) + new Shard(2, 3).size(runs)
                + new Shard(3, 3).size(runs)).isEqualTo(runs);
        assertThat(new Shard(1, 3).size(runs)).isEqualTo(4);
    }

    @Test
    void parsesKOfNAndRefusesAnythingElse() {
        assertThat(Shard.parse("2/5")).isEqualTo(new Shard(2, 5));
        assertThatThrownBy(() -> Shard.parse("0/5")).hasMessageContaining("was 0/5");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("was 'two'");
    }
}
