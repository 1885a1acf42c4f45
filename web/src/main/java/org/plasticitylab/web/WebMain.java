package org.plasticitylab.web;

import org.teavm.jso.JSBody;

/**
 * Entry point of the compiled page: hands the page's script the {@link PageApi} as
 * {@code window.plasticity}. Everything the page computes runs through core.
 */
public final class WebMain {
    private WebMain() {
    }

    /**
     * Installs the API.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        install(new BrowserSession());
    }

    @JSBody(params = "api", script = "window.plasticity = api;")
    private static native void install(PageApi api);
}
