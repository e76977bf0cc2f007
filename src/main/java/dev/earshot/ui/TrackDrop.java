package dev.earshot.ui;

import java.awt.Component;
import java.awt.Point;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;

/**
 * Accepts audio files dropped on the reference box and asks, in a menu at the drop point, whether they are reference
 * tracks (released music to compare against, aligned and level-matched) or album tracks (other songs of the record,
 * played from the top at their own level). Files dropped anywhere else still open as the master ({@link MasterDrop}).
 * EDT only.
 */
final class TrackDrop extends TransferHandler {
    private final Consumer<Path> addReference;
    private final Consumer<Path> addAlbumTrack;
    private JPopupMenu lastMenu;

    TrackDrop(Consumer<Path> addReference, Consumer<Path> addAlbumTrack) {
        this.addReference = addReference;
        this.addAlbumTrack = addAlbumTrack;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        List<Path> files = MasterDrop.droppedFiles(support);
        if (files.isEmpty()) {
            return false;
        }
        Point at = support.isDrop() ? support.getDropLocation().getDropPoint() : new Point(0, 0);
        Component target = support.getComponent();
        // After the drop has finished, so the menu is not tangled with the drag gesture.
        SwingUtilities.invokeLater(() -> ask(files, target, at));
        return true;
    }

    /** Shows the menu for {@code files} at {@code at} in {@code target}. */
    void ask(List<Path> files, Component target, Point at) {
        lastMenu = menu(files);
        if (target.isShowing()) {
            lastMenu.show(target, at.x, at.y);
        }
    }

    /** The two choices for {@code files}; each adds every file in order. */
    JPopupMenu menu(List<Path> files) {
        String what = files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
        JPopupMenu menu = new JPopupMenu();
        JMenuItem reference = new JMenuItem("Add " + what + " as reference track" + (files.size() == 1 ? "" : "s"));
        reference.addActionListener(e -> files.forEach(addReference));
        JMenuItem album = new JMenuItem("Add " + what + " as album track" + (files.size() == 1 ? "" : "s"));
        album.addActionListener(e -> files.forEach(addAlbumTrack));
        menu.add(reference);
        menu.add(album);
        return menu;
    }

    /** The menu the last drop showed (for tests), or null. */
    JPopupMenu lastMenu() {
        return lastMenu;
    }
}
