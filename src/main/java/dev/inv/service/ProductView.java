package dev.inv.service;

import dev.inv.core.Money;
import java.util.List;
import java.util.Map;

/**
 * A product as commands show it. {@code units} counts its own serialized units per status;
 * {@code layerQty} is the quantity left in its FIFO layers.
 */
public record ProductView(String sku, String name, String tracking, String identifierLabel, String identifierFormat,
                          Boolean uniqueIdentifiers, Money cost, Money price, Integer warrantyMonths, String variantOf,
                          Map<String, String> attributes, List<String> variants, Map<String, Long> units,
                          long layerQty) {

    /** Units held (available, returned, defect, with supplier) plus layer quantity. */
    public long onHand() {
        long held = units.entrySet().stream()
                .filter(e -> !e.getKey().equals("sold") && !e.getKey().equals("written_off"))
                .mapToLong(Map.Entry::getValue).sum();
        return held + layerQty;
    }
}
