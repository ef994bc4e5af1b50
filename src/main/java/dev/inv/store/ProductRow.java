package dev.inv.store;

/** A row of {@code products}; money in minor units, nullable where the product has none. */
public record ProductRow(long id, String sku, String name, String tracking, String identifierLabel,
                         String identifierFormat, boolean uniqueIdentifiers, Long cost, Long price,
                         Integer warrantyMonths, Long parentId, String createdAt) {

    public boolean serialized() {
        return "serialized".equals(tracking);
    }

    /** The root of the product's family: its parent for a variant, else itself. */
    public long familyId() {
        return parentId != null ? parentId : id;
    }
}
