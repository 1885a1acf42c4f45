package org.plasticitylab.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plasticitylab.web.build.FinishSite;

/**
 * The built site as this jar carries it, for {@code plasticity web} to write out. Not part of
 * the page: TeaVM compiles only what {@link WebMain} reaches.
 */
public final class Site {
    /** Where the build puts the site in the jar. */
    private static final String ROOT = "/org/plasticitylab/web/site/";

    private Site() {
    }

    /**
     * The site's files.
     *
     * @return relative paths, {@code index.html} among them
     * @throws IOException if the jar has no site (built without the web module's build)
     */
    public static List<String> files() throws IOException {
        try (InputStream in = open(FinishSite.LISTING)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * Opens one of the site's files.
     *
     * @param file a path of {@link #files()}
     * @return its content; the caller closes it
     * @throws IOException if the jar has no such file
     */
    public static InputStream open(String file) throws IOException {
        InputStream in = Site.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("the jar has no " + ROOT + file + "; build it with mvn package");
        }
        return in;
    }
}
