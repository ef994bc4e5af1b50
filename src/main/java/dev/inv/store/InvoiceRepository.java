package dev.inv.store;

import dev.inv.core.Consumption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Invoices INV-000001, their lines and the FIFO layers each line consumed. */
public final class InvoiceRepository {

    private static final String LINE_SELECT = "SELECT l.id, l.invoice_id, l.line_no, l.product_id, p.sku, p.name,"
            + " p.identifier_label, l.unit_id, u.identifier, l.qty, l.unit_price, l.cogs, l.cost_source"
            + " FROM invoice_lines l JOIN products p ON p.id = l.product_id"
            + " LEFT JOIN serialized_items u ON u.id = l.unit_id";

    private final Connection c;

    public InvoiceRepository(Connection c) {
        this.c = c;
    }

    public InvoiceRow insert(String customer, String ref, long total, String at, String actor) throws SQLException {
        long id = Jdbc.nextId(c, "invoices");
        String number = Jdbc.number("INV", id);
        Jdbc.update(c, "INSERT INTO invoices (id, number, customer, ref, total, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, number, customer, ref, total, at, actor);
        return new InvoiceRow(id, number, customer, ref, total, at, actor);
    }

    public long insertLine(long invoiceId, int lineNo, long productId, Long unitId, long qty, long unitPrice,
                           long cogs, String costSource) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO invoice_lines (invoice_id, line_no, product_id, unit_id, qty, unit_price,"
                        + " cogs, cost_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                invoiceId, lineNo, productId, unitId, qty, unitPrice, cogs, costSource);
    }

    public void insertConsumption(long lineId, Consumption consumption) throws SQLException {
        Jdbc.update(c, "INSERT INTO line_consumptions (line_id, layer_id, qty, unit_cost) VALUES (?, ?, ?, ?)",
                lineId, consumption.layerId(), consumption.qty(), consumption.unitCost());
    }

    /** The layers a line consumed, in the order it consumed them. */
    public List<Consumption> consumptions(long lineId) throws SQLException {
        return Jdbc.list(c, "SELECT layer_id, qty, unit_cost FROM line_consumptions WHERE line_id = ? ORDER BY id",
                rs -> new Consumption(rs.getLong(1), rs.getLong(2), rs.getLong(3)), lineId);
    }

    public Optional<InvoiceRow> findByNumber(String number) throws SQLException {
        return Jdbc.one(c, "SELECT id, number, customer, ref, total, at, actor FROM invoices WHERE number = ?",
                InvoiceRepository::map, number);
    }

    public Optional<InvoiceRow> findById(long id) throws SQLException {
        return Jdbc.one(c, "SELECT id, number, customer, ref, total, at, actor FROM invoices WHERE id = ?",
                InvoiceRepository::map, id);
    }

    public List<InvoiceLineRow> lines(long invoiceId) throws SQLException {
        return Jdbc.list(c, LINE_SELECT + " WHERE l.invoice_id = ? ORDER BY l.line_no", InvoiceRepository::mapLine,
                invoiceId);
    }

    public Optional<InvoiceLineRow> line(long invoiceId, int lineNo) throws SQLException {
        return Jdbc.one(c, LINE_SELECT + " WHERE l.invoice_id = ? AND l.line_no = ?", InvoiceRepository::mapLine,
                invoiceId, lineNo);
    }

    /** The most recent line that sold this unit (a unit sold, returned and sold again has several). */
    static final String LAST_LINE_FOR_UNIT = LINE_SELECT + " WHERE l.unit_id = ? ORDER BY l.id DESC LIMIT 1";

    public Optional<InvoiceLineRow> lastLineForUnit(long unitId) throws SQLException {
        return Jdbc.one(c, LAST_LINE_FOR_UNIT, InvoiceRepository::mapLine, unitId);
    }

    private static InvoiceRow map(ResultSet rs) throws SQLException {
        return new InvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getString("customer"), rs.getString("ref"),
                rs.getLong("total"), rs.getString("at"), rs.getString("actor"));
    }

    private static InvoiceLineRow mapLine(ResultSet rs) throws SQLException {
        return new InvoiceLineRow(rs.getLong("id"), rs.getLong("invoice_id"), rs.getInt("line_no"),
                rs.getLong("product_id"), rs.getString("sku"), rs.getString("name"), rs.getString("identifier_label"),
                Jdbc.nullableLong(rs, "unit_id"), rs.getString("identifier"), rs.getLong("qty"),
                rs.getLong("unit_price"), rs.getLong("cogs"), rs.getString("cost_source"));
    }
}
