package org.plasticitylab.files;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name of this machine as it goes into file names, so that files written on a disk that
 * several hosts share (a cluster's) say whose process wrote them: a process id means nothing
 * on another host.
 */
public final class HostName {
    private static final String CURRENT = safe(lookUp());

    private HostName() {
    }

    /**
     * This machine's name, letters, digits, '.', '_' and '-' only.
     *
     * @return the name, {@code localhost} if the system does not say
     */
    public static String current() {
        return CURRENT;
    }

    /**
     * A host name made fit for a file name: every other character becomes '-'.
     *
     * @param name a host name as the system gives it
     * @return the safe name, {@code localhost} if nothing is left
     */
    static String safe(String name) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]", "-");
        return safe.isEmpty() ? "localhost" : safe;
    }

    /** The kernel's name on Linux (no network look-up), else the JDK's. */
    private static String lookUp() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel, StandardCharsets.UTF_8);
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
