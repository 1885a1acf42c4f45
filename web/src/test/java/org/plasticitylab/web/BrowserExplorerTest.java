package org.plasticitylab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.plasticitylab.output.SummaryJson;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * The built page in a real headless Chromium, opened from disk: numbers against the JVM's, the
 * controls acting on the chart, shared links. Screenshots go to target/screenshots/.
 */
class BrowserExplorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The 84-day preset whose summary the page must give as the JVM does. */
    private static final String PRESET = "ketamine-series";
    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        String missing = Browser.missing();
        if (missing != null) {
            System.out.println(missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPresetRunInThePageGivesTheJvmsSummary() throws Exception {
        browser.open("preset=" + PRESET + "&run");
        String text = browser.waitFor(d -> {
            String s = d.findElement(By.id("summary")).getAttribute("textContent");
            return s.isEmpty() ? null : s;
        });
        long browserMs = Long.parseLong((String) browser.script(
                "return document.body.dataset.runMs;"));
        browser.screenshot("preset-run");

        long start = System.nanoTime();
        Result jvm = Simulation.run(Presets.get(PRESET));
        long jvmMs = (System.nanoTime() - start) / 1_000_000;
        JsonNode page = JSON.readTree(text);
        JsonNode expected = JSON.readTree(SummaryJson.write(jvm, page.get("version").asText(),
                true));
        double largest = 0;
        boolean identical = true;
        int numbers = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode got = page.get(e.getKey());
            assertThat(got).as(e.getKey()).isNotNull();
            if (e.getKey().equals("run_time_ms") || !e.getValue().isNumber()) {
                if (!e.getKey().equals("run_time_ms")) {
                    assertThat(got).as(e.getKey()).isEqualTo(e.getValue());
                }
                continue;
            }
            double want = e.getValue().doubleValue();
            double have = got.doubleValue();
            numbers++;
            identical &= Double.doubleToLongBits(want) == Double.doubleToLongBits(have);
            double relative = want == have ? 0 : Math.abs(have - want)
                    / Math.max(Math.abs(want), Double.MIN_NORMAL);
            largest = Math.max(largest, relative);
            assertThat(relative).as(e.getKey() + ": page " + have + ", JVM " + want)
                    .isLessThanOrEqualTo(1e-9);
        }
        assertThat(numbers).isGreaterThan(20);
        assertThat(page.fieldNames()).toIterable().containsExactlyElementsOf(
                () -> expected.fieldNames());
        long siteBytes = siteBytes();
        String figures = String.format(Locale.ROOT, "preset %s: browser run %d ms, JVM run %d ms,"
                + " largest relative difference %s over %d numbers, bit-identical %s,"
                + " site %d bytes%n", PRESET, browserMs, jvmMs, largest, numbers, identical,
                siteBytes);
        System.out.print(figures);
        Files.writeString(Path.of("target/browser-figures.txt"), figures);
        assertThat(siteBytes).as("site size").isLessThanOrEqualTo(1_500_000);
        assertThat(browserMs).as("browser run time, ms").isLessThanOrEqualTo(5_000);
    }

    @Test
    void aSliderAndDoseNowChangeTheChart() {
        browser.open("preset=chronic-stress");
        WebElement stress = browser.driver.findElement(By.id("stress"));
        stress.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
        browser.waitFor(d -> (Double) browser.script(
                "return window.plasticity.stressLevel();") < 0.61);
        assertThat(browser.driver.findElement(By.id("stress-value")).getText())
                .isEqualTo("0.60 (0-1)");

        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1")))
                .click().sendKeys(Keys.ARROW_RIGHT).perform();
        browser.waitFor(d -> ((Number) browser.script("return window.plasticity.rows();"))
                .intValue() > 0);
        browser.script("window.plasticity.advance(4 * 24 * 20);");
        WebElement drugPanel = browser.driver.findElements(By.cssSelector("#charts .panel"))
                .get(0);
        browser.waitFor(d -> browser.driver.findElement(By.id("day")).getText()
                .startsWith("day 20"));
        byte[] before = drugPanel.getScreenshotAs(OutputType.BYTES);
        browser.screenshot("before-dose");

        browser.driver.findElement(By.id("dose-now")).click();
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEmpty();
        browser.script("window.plasticity.advance(4 * 24);");
        browser.waitFor(d -> browser.driver.findElement(By.id("day")).getText()
                .startsWith("day 21"));
        byte[] after = drugPanel.getScreenshotAs(OutputType.BYTES);
        browser.screenshot("after-dose");

        assertThat(after).isNotEqualTo(before);
        assertThat(browser.driver.findElement(By.id("changes")).getText()).contains("dose");
        double peakDrug = ((Number) browser.script("return Math.max(...window.plasticity"
                + ".column('drug_mg_per_l', 0));")).doubleValue();
        assertThat(peakDrug).isGreaterThan(0);
        assertThat(browser.driver.findElement(By.id("day")).getText()).startsWith("day 21");
    }

    @Test
    void onSustainTheDoseSliderIsInMgAndANewDoseRunsTheSprayWithIt() throws Exception {
        browser.open("preset=sustain");
        WebElement dose = browser.driver.findElement(By.id("dose"));
        assertThat(browser.driver.findElement(By.id("dose-value")).getText()).isEqualTo("56 mg");
        assertThat(dose.getAttribute("step")).isEqualTo("28");
        browser.screenshot("sustain-dose-56");

        dose.sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor(d -> ((Number) browser.script("return window.plasticity.dose();"))
                .doubleValue() == 84);
        assertThat(browser.driver.findElement(By.id("dose-value")).getText()).isEqualTo("84 mg");
        assertThat(browser.driver.findElement(By.id("title")).getText())
                .startsWith("sustain (changed from the preset)");
        browser.driver.findElement(By.id("run")).click();
        String text = browser.waitFor(d -> {
            String s = d.findElement(By.id("summary")).getAttribute("textContent");
            return s.isEmpty() ? null : s;
        });
        browser.screenshot("sustain-dose-84");

        Scenario preset = Presets.get("sustain");
        EsketamineNasal spray = (EsketamineNasal) preset.treatments().get(0);
        Scenario expected = preset.toBuilder().clearTreatments()
                .treatment(EsketamineNasal.standard(84, spray.days())).build();
        JsonNode page = JSON.readTree(text);
        JsonNode jvm = JSON.readTree(SummaryJson.write(Simulation.run(expected),
                page.get("version").asText(), true));
        for (String key : List.of("peak_plasticity", "density_end", "mood_index_end")) {
            assertThat(page.get(key).doubleValue()).as(key).isCloseTo(jvm.get(key).doubleValue(),
                    within(1e-9));
        }
    }

    @Test
    void spacePlaysAndPausesTheRightArrowStepsAndProjectorModeEnlargesThePage() {
        browser.open("preset=healthy");
        WebElement heading = browser.driver.findElement(By.tagName("h1"));
        new Actions(browser.driver).moveToElement(heading).click().sendKeys(" ").perform();
        browser.waitFor(d -> (Boolean) browser.script("return window.plasticity.playing();"));
        assertThat(browser.driver.findElement(By.id("play")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        new Actions(browser.driver).moveToElement(heading).click().sendKeys(" ").perform();
        browser.waitFor(d -> !(Boolean) browser.script("return window.plasticity.playing();"));
        double paused = ((Number) browser.script("return window.plasticity.day();")).doubleValue();
        new Actions(browser.driver).moveToElement(heading).click().sendKeys(Keys.ARROW_RIGHT)
                .perform();
        browser.waitFor(d -> ((Number) browser.script("return window.plasticity.day();"))
                .doubleValue() > paused);
        assertThat((Boolean) browser.script("return window.plasticity.playing();")).isFalse();

        double normal = fontSize();
        browser.driver.findElement(By.id("projector")).click();
        assertThat(fontSize()).isGreaterThan(normal * 1.3);
        browser.screenshot("projector");
        browser.driver.findElement(By.id("projector")).click();
    }

    @Test
    void aSharedLinkOpensTheSameScenario() {
        browser.open("preset=therapy-only");
        browser.script("window.plasticity.advance(4 * 24 * 30);");
        browser.driver.findElement(By.id("dose-now")).click();
        browser.driver.findElement(By.id("share")).click();
        String link = browser.driver.findElement(By.id("share-link")).getAttribute("value");
        String yaml = (String) browser.script("return window.plasticity.scenarioYaml();");
        assertThat(yaml).contains("nmda-block");

        browser.open(link.substring(link.indexOf('#') + 1));
        assertThat(browser.script("return window.plasticity.scenarioYaml();")).isEqualTo(yaml);
        assertThat(browser.driver.findElement(By.id("title")).getText())
                .startsWith("therapy-only (changed from the preset)");
        browser.screenshot("shared-link");

        Scenario expected = Presets.get("therapy-only");
        Scenario read = ScenarioFiles.parse(yaml, ScenarioFormat.YAML, "link");
        assertThat(read.therapy()).isEqualTo(expected.therapy());
        assertThat(read.treatments()).hasSize(1);
    }

    @Test
    void anUploadedScenarioFileOpensAndABadOneSaysWhy(@TempDir Path dir) throws IOException {
        browser.open("preset=healthy");
        Path good = Files.writeString(dir.resolve("short.yaml"), "name: short-stress\ndays: 28\n"
                + "stress: [{from_day: 0, to_day: 28, level: 0.5}]\n");
        browser.driver.findElement(By.id("open-yaml")).sendKeys(good.toString());
        browser.waitFor(d -> "short-stress".equals(browser.script(
                "return window.plasticity.name();")));
        assertThat(browser.script("return window.plasticity.days();")).isEqualTo(28L);
        assertThat(browser.driver.findElement(By.id("stress-value")).getText())
                .isEqualTo("0.50 (0-1)");

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\ndays: 28\nstres: []\n");
        browser.driver.findElement(By.id("open-yaml")).sendKeys(bad.toString());
        browser.waitFor(d -> !d.findElement(By.id("message")).getText().isEmpty());
        assertThat(browser.driver.findElement(By.id("message")).getText())
                .startsWith("line 3: stres: unknown key");
        assertThat(browser.script("return window.plasticity.name();")).isEqualTo("short-stress");
    }

    @Test
    void movingTheLengthKeepsAFilesStressAndDoseOffTheSlidersSteps(@TempDir Path dir)
            throws IOException {
        browser.open("preset=healthy");
        Path file = Files.writeString(dir.resolve("odd.yaml"), "name: odd\ndays: 28\n"
                + "stress: [{from_day: 0, to_day: 28, level: 0.83}]\n"
                + "treatments: [{type: nmda-block, dose_mg_per_kg: 3, days: [14]}]\n");
        browser.driver.findElement(By.id("open-yaml")).sendKeys(file.toString());
        browser.waitFor(d -> "odd".equals(browser.script("return window.plasticity.name();")));
        browser.driver.findElement(By.id("days")).sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor(d -> ((Number) browser.script("return window.plasticity.days();"))
                .doubleValue() > 28);
        Scenario read = ScenarioFiles.parse((String) browser.script(
                "return window.plasticity.scenarioYaml();"), ScenarioFormat.YAML, "page");
        assertThat(read.stress()).extracting(StressPeriod::level).containsExactly(0.83);
        assertThat(read.treatments()).extracting(t -> ((NmdaBlock) t).doseMgPerKg())
                .containsExactly(3.0);
    }

    private static double fontSize() {
        return Double.parseDouble(((String) browser.script("return getComputedStyle("
                + "document.body).fontSize;")).replace("px", ""));
    }

    private static long siteBytes() throws IOException {
        try (var files = Files.walk(Browser.SITE)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
