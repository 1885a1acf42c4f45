package org.plasticitylab.viz.explorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.SwingWorker;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.files.AtomicFiles;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.RunCharts;

/** The explorer's file buttons: open a scenario, save it, export the charts. */
final class ExplorerActions {
    private final JFrame owner;
    private final BiConsumer<String, Boolean> status;
    private final JFileChooser chooser = new JFileChooser(System.getProperty("user.dir"));

    ExplorerActions(JFrame owner, BiConsumer<String, Boolean> status) {
        this.owner = owner;
        this.status = status;
    }

    JButton openButton(Consumer<Scenario> onOpened) {
        JButton b = new JButton("Open file...");
        b.setToolTipText("Open a scenario file (YAML or JSON)");
        b.addActionListener(e -> {
            chooser.setFileSelectionMode(JFileChooser.FILES_ONLY);
            if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
                Path file = chooser.getSelectedFile().toPath();
                try {
                    onOpened.accept(ScenarioFiles.read(file));
                } catch (Exception ex) {
                    status.accept("Cannot open " + file + ": " + ex.getMessage(), true);
                }
            }
        });
        return b;
    }

    /**
     * A button that saves a scenario as YAML: {@code withScenario} is handed the saving, to
     * call with the scenario at once or later (the live explorer fetches it from its model
     * thread first).
     */
    JButton saveButton(Consumer<Consumer<Scenario>> withScenario) {
        JButton b = new JButton("Save scenario...");
        b.setToolTipText("Save the scenario in the form as YAML");
        b.addActionListener(e -> {
            try {
                withScenario.accept(this::saveAs);
            } catch (RuntimeException ex) {
                status.accept("Cannot save: " + ex.getMessage(), true);
            }
        });
        return b;
    }

    /** Asks where to save {@code s} and saves it there (on the event thread). */
    private void saveAs(Scenario s) {
        chooser.setFileSelectionMode(JFileChooser.FILES_ONLY);
        chooser.setSelectedFile(new File(s.name() + ".yaml"));
        if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
            Path file = chooser.getSelectedFile().toPath();
            try {
                writeScenario(file, s);
                status.accept("Saved " + file, false);
            } catch (IOException | RuntimeException ex) {
                status.accept("Cannot save: " + ex.getMessage(), true);
            }
        }
    }

    /**
     * Writes {@code scenario} as YAML (only what differs from the model's defaults), replacing
     * {@code file} whole or not at all.
     */
    static void writeScenario(Path file, Scenario scenario) throws IOException {
        AtomicFiles.writeString(file,
                ScenarioFiles.write(scenario, ScenarioFormat.YAML, ModelDetail.CHANGES));
    }

    /** Exports the charts on show as PNG and SVG, off the event thread. */
    JButton exportButton(Supplier<Map<String, Drawable>> charts) {
        JButton b = new JButton("Export charts...");
        b.setToolTipText("Write the charts on show as PNG (1600 x 900) and SVG into a folder");
        b.addActionListener(e -> {
            Map<String, Drawable> now = charts.get();
            if (now.isEmpty()) {
                status.accept("Run a scenario first, then export its charts.", true);
                return;
            }
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            Path dir = chooser.getSelectedFile().toPath();
            status.accept("Exporting to " + dir + "...", false);
            new SwingWorker<List<Path>, Void>() {
                @Override
                protected List<Path> doInBackground() {
                    return RunCharts.write(now, dir, ChartOptions.defaults());
                }

                @Override
                protected void done() {
                    try {
                        status.accept("Wrote " + get().size() + " files to " + dir, false);
                    } catch (ExecutionException ex) {
                        status.accept("Export failed: " + ex.getCause().getMessage(), true);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            }.execute();
        });
        return b;
    }
}
