package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Serialized units: one row per physical unit for its whole life. */
public final class UnitRepository {

    private static final String SELECT = "SELECT u.id, u.product_id, p.sku, u.identifier, u.cost, u.status,"
            + " u.supplier_id, u.receipt_id, u.received_at, u.sold_at, u.returned_at"
            + " FROM serialized_items u JOIN products p ON p.id = u.product_id";

    private final Connection c;

    public UnitRepository(Connection c) {
        this.c = c;
    }

    /** Units of a product family (the root and its variants) with this identifier. */
    public List<UnitRow> findInFamily(long familyId, String identifier) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE u.identifier = ? AND (p.id = ? OR p.parent_id = ?) ORDER BY u.id",
                UnitRepository::map, identifier, familyId, familyId);
    }

    /** Units of every product with this identifier. */
    /** The lookup behind every command that names a unit; QueryPlanTest keeps it on an index. */
    static final String BY_IDENTIFIER = SELECT + " WHERE u.identifier = ? ORDER BY u.id";

    public List<UnitRow> findByIdentifier(String identifier) throws SQLException {
        return Jdbc.list(c, BY_IDENTIFIER, UnitRepository::map, identifier);
    }

    public Optional<UnitRow> findById(long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE u.id = ?", UnitRepository::map, id);
    }

    public long insert(long productId, String identifier, Long uniqueFamily, Long cost, String status,
                       Long supplierId, long receiptId, String receivedAt) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO serialized_items (product_id, identifier, unique_family, cost, status,"
                        + " supplier_id, receipt_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                productId, identifier, uniqueFamily, cost, status, supplierId, receiptId, receivedAt);
    }

    /**
     * Takes a sold or written-off unit back into stock (trade-in, buy-back): new product (a
     * variant of the same family), cost, supplier and receipt; the sale and return dates of the
     * previous cycle are cleared, its history stays in the events.
     */
    public void reReceive(long unitId, long productId, Long cost, Long supplierId, long receiptId, String at)
            throws SQLException {
        Jdbc.update(c, "UPDATE serialized_items SET product_id = ?, cost = ?, status = 'available', supplier_id = ?,"
                        + " receipt_id = ?, received_at = ?, sold_at = NULL, returned_at = NULL WHERE id = ?",
                productId, cost, supplierId, receiptId, at, unitId);
    }

    /** Units of a product family with this status, oldest first (the sale picker's list). */
    public List<UnitRow> inFamilyWithStatus(long familyId, String status, int limit) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE u.status = ? AND u.product_id IN (SELECT id FROM products WHERE id = ?"
                + " OR parent_id = ?) ORDER BY u.id LIMIT ?", UnitRepository::map, status, familyId, familyId, limit);
    }

    public long countInFamilyWithStatus(long familyId, String status) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM serialized_items WHERE status = ? AND product_id IN"
                + " (SELECT id FROM products WHERE id = ? OR parent_id = ?)", status, familyId, familyId);
    }

    /** Gives a legacy unit the cost it was sold at, so that once returned it is valued and resold exactly. */
    public void setCost(long unitId, long cost) throws SQLException {
        Jdbc.update(c, "UPDATE serialized_items SET cost = ? WHERE id = ?", cost, unitId);
    }

    public void setStatus(long unitId, String status) throws SQLException {
        Jdbc.update(c, "UPDATE serialized_items SET status = ? WHERE id = ?", status, unitId);
    }

    public void markSold(long unitId, String at) throws SQLException {
        Jdbc.update(c, "UPDATE serialized_items SET status = 'sold', sold_at = ?, returned_at = NULL WHERE id = ?",
                at, unitId);
    }

    public void markReturned(long unitId, String status, String at) throws SQLException {
        Jdbc.update(c, "UPDATE serialized_items SET status = ?, returned_at = ? WHERE id = ?", status, at, unitId);
    }

    static UnitRow map(ResultSet rs) throws SQLException {
        return new UnitRow(rs.getLong("id"), rs.getLong("product_id"), rs.getString("sku"), rs.getString("identifier"),
                Jdbc.nullableLong(rs, "cost"), rs.getString("status"), Jdbc.nullableLong(rs, "supplier_id"),
                Jdbc.nullableLong(rs, "receipt_id"), rs.getString("received_at"), rs.getString("sold_at"),
                rs.getString("returned_at"));
    }
}
