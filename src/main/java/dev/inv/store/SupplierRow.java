package dev.inv.store;

/** A row of {@code suppliers}. */
public record SupplierRow(long id, String code, String name, String createdAt) {
}
