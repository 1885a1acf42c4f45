package org.plasticitylab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesAnExistingFileAndCreatesFolders() throws IOException {
        Path file = dir.resolve("out/a.txt");
        AtomicFiles.writeString(file, "one");
        AtomicFiles.writeText(file, w -> w.write("two"));
        assertThat(Files.readString(file)).isEqualTo("two");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.csv");
        AtomicFiles.writeString(file, "complete");
        assertThatThrownBy(() -> AtomicFiles.writeText(file, w -> {
            w.write("half");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full")
                .hasMessageContaining("a.csv");
        assertThat(Files.readString(file)).isEqualTo("complete");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void anUncheckedFailureAlsoCleansUp() throws IOException {
        Path file = dir.resolve("b.csv");
        assertThatThrownBy(() -> AtomicFiles.writeText(file, w -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void leftoversOfDeadProcessesAreRemovedAndWritesInProgressKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.writeString(dir.resolve(".a.csv." + gone.pid() + "-7.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".b.csv." + ProcessHandle.current().pid()
                + "-8.tmp"), "in progress");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "mine");
        assertThat(AtomicFiles.isTemporary(dead)).isTrue();
        assertThat(AtomicFiles.isTemporary(other)).isFalse();
        assertThat(AtomicFiles.removeLeftovers(dir)).containsExactly(dead);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(live, other);
        }
    }

    @Test
    void temporaryNamesCarryTheHostAndOtherHostsLeftoversStay() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String host = HostName.current();
        Path mine = Files.writeString(dir.resolve(".a.csv." + gone.pid() + "-7@" + host
                + ".tmp"), "half");
        Path theirs = Files.writeString(dir.resolve(".b.csv." + gone.pid() + "-7@not-" + host
                + ".tmp"), "another host's write in progress");
        assertThat(AtomicFiles.isTemporary(theirs)).isTrue();
        assertThat(AtomicFiles.removeLeftovers(dir)).containsExactly(mine);
        assertThat(theirs).exists();
        List<String> during = new ArrayList<>();
        AtomicFiles.write(dir.resolve("c.csv"), out -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).forEach(during::add);
            }
        });
        assertThat(during).anyMatch(n -> n.startsWith(".c.csv.") && n.endsWith("@" + host
                + ".tmp"));
    }

    @Test
    void aHostNameIsMadeFitForAFileName() {
        assertThat(HostName.safe(" node 7/a\n")).isEqualTo("node-7-a");
        assertThat(HostName.safe("")).isEqualTo("localhost");
        assertThat(HostName.current()).matches("[A-Za-z0-9._-]+");
    }
}
