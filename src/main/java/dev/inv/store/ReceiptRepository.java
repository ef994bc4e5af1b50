package dev.inv.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Receipts (restock events), numbered RCV-000001 without gaps. */
public final class ReceiptRepository {

    /** A posted receipt: its row id and document number. */
    public record Receipt(long id, String number) {
    }

    private final Connection c;

    public ReceiptRepository(Connection c) {
        this.c = c;
    }

    public Receipt insert(Long productId, Long supplierId, String ref, String at, String actor, String source,
                          String contentHash) throws SQLException {
        long id = Jdbc.nextId(c, "receipts");
        String number = Jdbc.number("RCV", id);
        Jdbc.update(c, "INSERT INTO receipts (id, number, product_id, supplier_id, ref, at, actor, source, content_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, number, productId, supplierId, ref, at, actor, source,
                contentHash);
        return new Receipt(id, number);
    }
}
