package dev.inv.store;

/** One line of the tracking page: a unit with its supplier, product and linked expenses. */
public record TrackRow(long unitId, String identifier, String status, Long cost, String supplier, long productId,
                       String sku, long expenseCount, long expenseSum, String receivedAt, String soldAt,
                       String returnedAt) {
}
