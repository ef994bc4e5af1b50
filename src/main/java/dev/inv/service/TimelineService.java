package dev.inv.service;

import dev.inv.core.Money;
import dev.inv.core.UnitStatus;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.UnitEventRepository;
import dev.inv.store.UnitEventRow;
import dev.inv.store.UnitRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One unit's whole life, oldest first: received, sold, returned, routed, expenses, re-received. */
public final class TimelineService {

    /** One entry of the history; {@code amount} is the money the event moved, if any. */
    public record Event(String kind, String fromStatus, String toStatus, String ref, Money amount, String detail,
                       String at, String actor) {
    }

    /**
     * A unit and its history. {@code warrantyUntil} is set while the unit is sold and its product
     * gives a warranty: the sale date plus the product's warranty months.
     */
    public record Timeline(String identifier, String identifierLabel, String sku, String name, String status,
                           Money cost, LocalDate warrantyUntil, List<Event> events) {
    }

    private final Session session;

    public TimelineService(Session session) {
        this.session = session;
    }

    /**
     * The timeline of the unit named by {@code identifier} (or {@code SKU:IDENTIFIER}), looked up
     * in the family of product {@code sku} when that is not null.
     */
    public Timeline timeline(String identifier, String sku) {
        return session.db().read(c -> {
            UnitRow unit = UnitLookup.find(c, sku, identifier);
            ProductRow product = new ProductRepository(c).findById(unit.productId()).orElseThrow();
            List<Event> events = new UnitEventRepository(c).forUnit(unit.id()).stream().map(this::event).toList();
            return new Timeline(unit.identifier(), product.identifierLabel(), product.sku(), product.name(),
                    unit.status(), session.money(unit.cost()), warrantyUntil(product, unit), events);
        });
    }

    private Event event(UnitEventRow e) {
        return new Event(e.kind(), e.fromStatus(), e.toStatus(), e.ref(), session.money(e.amount()), e.detail(),
                e.at(), e.actor());
    }

    /** The last day of warranty of a sold unit (UTC sale date plus the months), or null. */
    static LocalDate warrantyUntil(ProductRow product, UnitRow unit) {
        Integer months = product.warrantyMonths();
        if (months == null || months <= 0 || unit.soldAt() == null
                || UnitStatus.parse(unit.status()) != UnitStatus.SOLD) {
            return null;
        }
        try {
            return Instant.parse(unit.soldAt()).atZone(ZoneOffset.UTC).toLocalDate().plusMonths(months);
        } catch (DateTimeParseException e) {
            return null; // a hand-edited timestamp: show no warranty rather than fail the whole timeline
        }
    }
}
