package org.plasticitylab.viz.export;

/** File formats charts can be written in. */
public enum ImageFormat {
    /** Raster, for slides and documents. */
    PNG("png"),
    /** Vector, scales without blur; what the HTML report inlines. */
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /**
     * File name extension without the dot.
     *
     * @return {@code png} or {@code svg}
     */
    public String extension() {
        return extension;
    }
}
