package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Live values for tab completion in the shell: SKUs, supplier codes, unit identifiers and invoice
 * numbers starting with what was typed. Prefixes are matched as ranges so that the indexes serve
 * them (a LIKE would scan a million units).
 */
public final class CompletionRepository {

    private final Connection c;

    public CompletionRepository(Connection c) {
        this.c = c;
    }

    public List<String> skus(String prefix, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT sku FROM products WHERE sku >= ? AND sku < ? ORDER BY sku LIMIT ?",
                rs -> rs.getString(1), prefix, upper(prefix), limit);
    }

    public List<String> supplierCodes(String prefix, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT code FROM suppliers WHERE code >= ? AND code < ? ORDER BY code LIMIT ?",
                rs -> rs.getString(1), prefix, upper(prefix), limit);
    }

    /** Identifiers of units in one of {@code statuses} (all statuses when empty). */
    public List<String> identifiers(List<String> statuses, String prefix, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT identifier FROM serialized_items"
                + " WHERE identifier >= ? AND identifier < ?");
        Object[] params = new Object[3 + statuses.size()];
        params[0] = prefix;
        params[1] = upper(prefix);
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (").append("?, ".repeat(statuses.size() - 1)).append("?)");
            for (int i = 0; i < statuses.size(); i++) {
                params[2 + i] = statuses.get(i);
            }
        }
        sql.append(" ORDER BY identifier LIMIT ?");
        params[params.length - 1] = limit;
        return Jdbc.list(c, sql.toString(), rs -> rs.getString(1), params);
    }

    /** Invoice numbers, newest first. */
    public List<String> invoiceNumbers(String prefix, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT number FROM invoices WHERE number >= ? AND number < ? ORDER BY id DESC LIMIT ?",
                rs -> rs.getString(1), prefix, upper(prefix), limit);
    }

    /** The smallest string greater than every string starting with {@code prefix}. */
    private static String upper(String prefix) {
        return prefix + Character.toString(Character.MAX_CODE_POINT);
    }
}
