package dev.inv.store;

/** A row of {@code invoices}; {@code total} in minor units. */
public record InvoiceRow(long id, String number, String customer, String ref, long total, String at, String actor) {
}
