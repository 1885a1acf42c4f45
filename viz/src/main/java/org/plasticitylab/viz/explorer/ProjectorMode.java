package org.plasticitylab.viz.explorer;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Frame;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.swing.JFrame;

/**
 * Projector mode for a classroom: the window maximized and every control's text enlarged, so
 * the back row can read it (the chart draws its own thick lines). Turning it off restores the
 * window and the fonts as they were.
 */
final class ProjectorMode {
    /** How much larger the controls' text is in projector mode. */
    static final float FONT_SCALE = 1.6f;
    private final JFrame frame;
    private final Map<Component, Font> fonts = new IdentityHashMap<>();
    private int normalState = Frame.NORMAL;
    private boolean on;

    ProjectorMode(JFrame frame) {
        this.frame = frame;
    }

    /** Whether projector mode is on. */
    boolean on() {
        return on;
    }

    /** Turns projector mode on or off. */
    void set(boolean wanted) {
        if (wanted == on) {
            return;
        }
        on = wanted;
        if (on) {
            normalState = frame.getExtendedState();
            enlarge(frame.getContentPane());
            fonts.forEach((c, f) -> c.setFont(f.deriveFont(f.getSize2D() * FONT_SCALE)));
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        } else {
            fonts.forEach(Component::setFont);
            fonts.clear();
            frame.setExtendedState(normalState);
        }
        frame.validate();
    }

    private void enlarge(Container c) {
        for (Component child : c.getComponents()) {
            Font f = child.getFont();
            if (f != null) {
                fonts.put(child, f);
            }
            if (child instanceof Container inner) {
                enlarge(inner);
            }
        }
    }
}
