package org.plasticitylab.sim;

import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/** The chunk size only schedules work: neither it nor the thread count changes a bit of a run. */
class ChunkSizeTest {
    @Test
    void ketamineSingleIsTheSameInChunksOf64And17() {
        Scenario throughTheDose = Presets.get("ketamine-single").withDays(45);
        SameBits.assertSameBits(run(throughTheDose, 64, 1), run(throughTheDose, 17, 1));
    }

    @Test
    void chronicStressIsTheSameForAnyChunkSizeOnOneTwoOrThreeThreads() {
        Scenario stressed = Presets.get("chronic-stress").withDays(10);
        TimeSeries reference = run(stressed, 64, 1);
        SameBits.assertSameBits(reference, run(stressed, 17, 1));
        SameBits.assertSameBits(reference, run(stressed, 17, 2));
        SameBits.assertSameBits(reference, run(stressed, 64, 3));
        SameBits.assertSameBits(reference, run(stressed, 17, 3));
    }

    private static TimeSeries run(Scenario scenario, int chunkUnits, int threads) {
        return Simulation.builder(scenario).chunkUnits(chunkUnits).threads(threads).build().run()
                .series();
    }
}
