package dev.earshot.ui.tools;

import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/** The profile manager's table over {@link ProfileRow}s. EDT only. */
final class ProfileTableModel extends AbstractTableModel {
    static final int STATUS_COLUMN = 6;
    private static final String[] COLUMNS = {"Id", "Name", "Category", "Provenance", "Level (dB SPL)",
        "Impulse response", "Status"};
    private List<ProfileRow> rows = List.of();

    void setRows(List<ProfileRow> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    List<ProfileRow> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        ProfileRow row = rows.get(rowIndex);
        return switch (column) {
            case 0 -> row.id();
            case 1 -> row.name();
            case 2 -> row.category();
            case 3 -> row.provenance();
            case 4 -> Double.isNaN(row.listeningLevelDbSpl()) ? ""
                    : String.format(Locale.ROOT, "%.0f", row.listeningLevelDbSpl());
            case 5 -> row.impulseResponse();
            default -> row.status();
        };
    }
}
