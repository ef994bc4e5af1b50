package dev.inv.store;

/**
 * A sale line with what a receipt shows of its product and unit. {@code cogs} is the line's total
 * cost of goods; {@code unitId}/{@code identifier} are null for quantity lines.
 */
public record InvoiceLineRow(long id, long invoiceId, int lineNo, long productId, String sku, String productName,
                             String identifierLabel, Long unitId, String identifier, long qty, long unitPrice,
                             long cogs, String costSource) {
}
