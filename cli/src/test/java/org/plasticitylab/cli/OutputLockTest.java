package org.plasticitylab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.files.HostName;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aLockOfAnotherHostOnASharedDiskIsNeverTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = Files.writeString(dir.resolve(OutputFolder.LOCK), "pid=" + gone.pid()
                + "\nhost=node-17\nstarted=?\ncommand=plasticity sweep x --shard 2/3\n");
        assertThatThrownBy(() -> OutputLock.acquire(lock, "into " + dir, "plasticity run x"))
                .hasMessageContaining("pid " + gone.pid() + " on node-17: plasticity sweep x");
    }

    @Test
    void aLockOfADeadProcessOfThisHostIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = Files.writeString(dir.resolve(OutputFolder.LOCK), "pid=" + gone.pid()
                + "\nhost=" + HostName.current() + "\nstarted=?\ncommand=plasticity run x\n");
        try (OutputLock taken = OutputLock.acquire(lock, "into " + dir, "plasticity run y")) {
            assertThat(taken.stale()).hasValueSatisfying(s -> assertThat(s).contains("run x"));
            assertThat(Files.readString(lock)).contains("host=" + HostName.current());
        }
    }
}
