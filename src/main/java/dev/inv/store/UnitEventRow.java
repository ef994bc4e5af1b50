package dev.inv.store;

/** One entry of a unit's append-only history. */
public record UnitEventRow(long id, long unitId, String kind, String fromStatus, String toStatus, String ref, Long amount,
                           String detail, String at, String actor) {
}
