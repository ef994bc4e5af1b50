package dev.inv.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code imports} table: every import that landed, remembered by the SHA-256 of its content
 * and by its {@code --ref}, so that running the same delivery again is recognised and changes
 * nothing.
 */
public final class ImportRepository {

    /**
     * An earlier import; {@code receipt} is its receipt number (null for a products import) and
     * {@code sku} the product of that receipt (null for a stock import, which covers several).
     */
    public record ImportRow(long id, String kind, String contentHash, String ref, String receipt, String sku,
                            long rows, String at, String actor) {
    }

    private static final String SELECT = "SELECT i.id, i.kind, i.content_hash, i.ref, r.number, p.sku, i.rows,"
            + " i.at, i.actor FROM imports i LEFT JOIN receipts r ON r.id = i.receipt_id"
            + " LEFT JOIN products p ON p.id = r.product_id";

    private final Connection c;

    public ImportRepository(Connection c) {
        this.c = c;
    }

    /** The first import of this kind with this content. */
    public Optional<ImportRow> findByContent(String kind, String contentHash) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE i.kind = ? AND i.content_hash = ? ORDER BY i.id LIMIT 1",
                ImportRepository::map, kind, contentHash);
    }

    /** The first import of this kind with this ref. */
    public Optional<ImportRow> findByRef(String kind, String ref) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE i.kind = ? AND i.ref = ? ORDER BY i.id LIMIT 1",
                ImportRepository::map, kind, ref);
    }

    /**
     * The first import of this kind with this ref whose receipt went to a product of the given
     * family: one delivery note often covers several models, each imported with its own --sku.
     */
    public Optional<ImportRow> findByRefInFamily(String kind, String ref, long familyId) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE i.kind = ? AND i.ref = ? AND (p.id = ? OR p.parent_id = ?)"
                + " ORDER BY i.id LIMIT 1", ImportRepository::map, kind, ref, familyId, familyId);
    }

    public long insert(String kind, String contentHash, String ref, Long receiptId, long rows, String at,
                       String actor) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO imports (kind, content_hash, ref, receipt_id, rows, at, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", kind, contentHash, ref, receiptId, rows, at, actor);
    }

    private static ImportRow map(ResultSet rs) throws SQLException {
        return new ImportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9));
    }
}
