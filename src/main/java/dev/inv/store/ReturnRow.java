package dev.inv.store;

/** A row of {@code returns}: what came back against a sale line, the refund and the cost put back. */
public record ReturnRow(long id, String number, long lineId, Long unitId, long qty, long refund, long costReturned,
                        String toStatus, String reason, String at, String actor) {
}
