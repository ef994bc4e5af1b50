package dev.inv.store;

/** A FIFO cost layer: {@code qtyRemaining} pieces left of {@code qtyReceived} at {@code unitCost}. */
public record CostLayerRow(long id, long productId, Long receiptId, String kind, long qtyReceived,
                           long qtyRemaining, long unitCost, String receivedAt) {
}
