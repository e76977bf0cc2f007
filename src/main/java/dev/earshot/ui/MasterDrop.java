package dev.earshot.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Accepts files dropped on the window and opens the first as the master. EDT only. */
final class MasterDrop extends TransferHandler {
    private final Consumer<Path> open;

    MasterDrop(Consumer<Path> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        List<Path> files = droppedFiles(support);
        if (files.isEmpty()) {
            return false;
        }
        open.accept(files.get(0));
        return true;
    }

    /**
     * The files a drop (or paste) carries, in order; empty when it carries none or the source withdrew its data.
     * Shared with {@link TrackDrop}.
     */
    static List<Path> droppedFiles(TransferSupport support) {
        if (!support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            for (Object item : (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor)) {
                if (item instanceof File file) {
                    files.add(file.toPath());
                }
            }
        } catch (UnsupportedFlavorException | IOException e) {
            return List.of(); // the drop source withdrew its data; nothing to take
        }
        return files;
    }
}
