package dev.inv.service;

import dev.inv.core.InvException;
import dev.inv.store.Database;
import dev.inv.store.MetaRepository;
import dev.inv.store.ProductRepository;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;

/** {@code inv init}: the database exists once it is opened; init sets and reports its currency. */
public final class InitService {

    /** The initialised inventory. {@code created} is false when the file was there already. */
    public record Result(String path, String currency, int schemaVersion, boolean created) {
    }

    private final Session session;

    public InitService(Session session) {
        this.session = session;
    }

    /**
     * Whether the inventory file holds any product, receipt, invoice or expense (an inv database
     * created but never filled does not). Refuses, as opening always does, a file that is not an
     * inv database.
     */
    public static boolean holdsData(Path file) {
        try (Database db = Database.open(file)) {
            return db.read(c -> new ProductRepository(c).anyData());
        }
    }

    public Result init(String currencyCode) {
        String currency = currencyCode == null ? null : currencyCode.strip().toUpperCase(Locale.ROOT);
        if (currency != null) {
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw InvException.usage("unknown currency code '" + currencyCode + "'; use an ISO 4217 code such as"
                        + " USD, EUR, GBP, JPY");
            }
        }
        session.db().inWriteTransaction(c -> {
            MetaRepository meta = new MetaRepository(c);
            String current = meta.get("currency").orElse("USD");
            if (currency != null && !currency.equals(current)) {
                if (new ProductRepository(c).anyData()) {
                    throw InvException.refused("the inventory already holds data in " + current
                            + "; its currency cannot change to " + currency);
                }
                meta.put("currency", currency);
            }
            return null;
        });
        session.db().reloadSettings();
        return new Result(session.db().path().toString(), session.db().currency(), session.db().schemaVersion(),
                session.db().created());
    }
}
