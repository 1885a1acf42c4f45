package org.plasticitylab.viz.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.viz.TestRuns;
import org.plasticitylab.viz.chart.SlideTheme;

class HtmlReportTest {
    @TempDir
    Path dir;

    private String report() throws IOException {
        Path file = HtmlReport.write(TestRuns.shortRun(),
                "First paragraph <script>alert(1)</script>.\n\nSecond & last.",
                "plasticity report short-test --out \"a b.html\"", dir.resolve("r.html"));
        return Files.readString(file);
    }

    @Test
    void reportHoldsTitleScenarioChartsNumbersNarrativeDisclaimerAndCommand() throws IOException {
        String html = report();
        assertThat(html).contains("<title>Plasticity Lab: short-test</title>")
                .contains("The scenario").contains("<table class=\"settings\">")
                .contains("Key numbers").contains("What happened")
                .contains(SlideTheme.DISCLAIMER)
                .contains("plasticity report short-test --out &quot;a b.html&quot;");
        assertThat(html.split("<svg", -1)).hasSize(5);
    }

    @Test
    void theKeyNumbersLeadWithTheRecoveryInWords() throws IOException {
        String html = report();
        assertThat(html).contains("<table class=\"story\">",
                "<th scope=\"row\">response (f &gt;= 0.5)</th>",
                "<th scope=\"row\">days to relapse</th>",
                "<th scope=\"row\">improvement, end of course</th>", "improvement f: 0 = ")
                .doesNotContain("NaN");
        assertThat(html.indexOf("<table class=\"story\">"))
                .isLessThan(html.indexOf("<table class=\"numbers\">"))
                .isGreaterThan(html.indexOf("Key numbers"));
    }

    @Test
    void allTextIsEscaped() throws IOException {
        String html = report();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)")
                .contains("<p>Second &amp; last.</p>")
                .contains("&lt;with&gt; &quot;special&quot; &amp; characters");
    }

    @Test
    void reportLoadsNothingFromOutside() throws IOException {
        String html = report();
        assertThat(html).doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(http");
    }

    @Test
    void escapeReplacesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href='x'>&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }
}
