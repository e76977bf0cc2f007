package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.TransferHandler.TransferSupport;
import org.junit.jupiter.api.Test;

class MasterDropTest {

    static Transferable files(File... dropped) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return List.of(dropped);
            }
        };
    }

    @Test
    void droppingFilesOpensTheFirst() {
        List<Path> opened = new ArrayList<>();
        MasterDrop drop = new MasterDrop(opened::add);
        TransferSupport support = new TransferSupport(new JPanel(), files(new File("a.wav"), new File("b.wav")));
        assertTrue(drop.canImport(support));
        assertTrue(drop.importData(support));
        assertEquals(List.of(Path.of("a.wav")), opened);
    }

    @Test
    void droppedTextIsRefused() {
        List<Path> opened = new ArrayList<>();
        MasterDrop drop = new MasterDrop(opened::add);
        TransferSupport support = new TransferSupport(new JPanel(), new StringSelection("hello"));
        assertFalse(drop.canImport(support));
        assertFalse(drop.importData(support));
        assertEquals(List.of(), opened);
    }
}
