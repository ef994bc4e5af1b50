package dev.inv.store;

/** A row of {@code serialized_items}: one physical unit. {@code cost} is null for legacy units. */
public record UnitRow(long id, long productId, String sku, String identifier, Long cost, String status,
                      Long supplierId, Long receiptId, String receivedAt, String soldAt, String returnedAt) {
}
