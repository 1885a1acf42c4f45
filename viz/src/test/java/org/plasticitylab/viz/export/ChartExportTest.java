package org.plasticitylab.viz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.viz.TestRuns;
import org.plasticitylab.viz.chart.SlideTheme;
import org.plasticitylab.viz.chart.StoryChart;

class ChartExportTest {
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void pngHasTheRequestedSize() throws IOException {
        Path file = ChartExport.writePng(StoryChart.create(TestRuns.shortRun().result()),
                dir.resolve("story.png"), 800, 450);
        var img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(450);
    }

    @Test
    void svgIsAnSvgDocumentWithTheDisclaimer() throws IOException {
        Path file = ChartExport.writeSvg(StoryChart.create(TestRuns.shortRun().result()),
                dir.resolve("story.svg"), 1600, 900);
        String svg = Files.readString(file);
        assertThat(svg).contains("<svg").contains(SlideTheme.DISCLAIMER);
    }

    @Test
    void svgKeepsTextAsTextAndIsTheSameForTheSameChart() {
        var result = TestRuns.shortRun().result();
        String first = ChartExport.svg(StoryChart.create(result), 1600, 900);
        String second = ChartExport.svg(StoryChart.create(result), 1600, 900);
        assertThat(first).contains("<text", "width=\"1600\"", "height=\"900\"")
                .doesNotContain("font-family=\"'Dialog'\"");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void svgElementHasAViewBoxNoDeclarationAndOnlyPrefixedIds() {
        String svg = ChartExport.svgElement(StoryChart.create(TestRuns.shortRun().result()),
                1600, 900, "chart-story");
        String rootTag = svg.substring(0, svg.indexOf('>'));
        assertThat(rootTag).startsWith("<svg").contains("viewBox=\"0 0 1600 900\"")
                .doesNotContain(" width=", " height=");
        assertThat(ID_ATTRIBUTE.matcher(svg).results()
                .map(m -> m.group(1))).isNotEmpty().allMatch(id -> id.startsWith("chart-story"));
    }

    @Test
    void writeAllWritesEveryChartInEveryFormatAndNoTemporaryFiles() throws IOException {
        List<Path> files = RunCharts.writeAll(TestRuns.shortRun(), dir, ChartOptions.defaults());
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "story.png", "story.svg", "zoom.png", "zoom.svg", "network.png", "network.svg",
                "connectivity.png", "connectivity.svg");
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all).hasSize(8);
        }
    }

    @Test
    void optionsRejectSizesTooSmallForTheFonts() {
        assertThatThrownBy(() -> new ChartOptions(100, 900, EnumSet.of(ImageFormat.PNG)))
                .hasMessageContaining("widthPx must be in [320, 10000], was 100");
    }
}
