package dev.earshot.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            if (files.isEmpty() || !(files.get(0) instanceof File file)) {
                return false;
            }
            open.accept(file.toPath());
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false; // the drop source withdrew its data; nothing to open
        }
    }
}
