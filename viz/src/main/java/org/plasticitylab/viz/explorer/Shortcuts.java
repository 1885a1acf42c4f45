package org.plasticitylab.viz.explorer;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.text.JTextComponent;

/** The live explorer's keys: space plays or pauses, the right arrow steps. */
final class Shortcuts {
    private Shortcuts() {
    }

    /**
     * Makes space press {@code play} and the right arrow {@code step} while {@code frame} has
     * the focus, unless a text field has the keys; removed when the window closes.
     */
    static void install(JFrame frame, JButton play, JButton step) {
        KeyEventDispatcher keys = e -> {
            boolean ours = e.getID() == KeyEvent.KEY_PRESSED && frame.isFocused()
                    && !(e.getComponent() instanceof JTextComponent);
            if (ours && e.getKeyCode() == KeyEvent.VK_SPACE) {
                play.doClick(0);
                return true;
            }
            if (ours && e.getKeyCode() == KeyEvent.VK_RIGHT) {
                step.doClick(0);
                return true;
            }
            return false;
        };
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        focus.addKeyEventDispatcher(keys);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                focus.removeKeyEventDispatcher(keys);
            }
        });
    }
}
