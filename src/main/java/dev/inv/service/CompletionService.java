package dev.inv.service;

import dev.inv.core.UnitStatus;
import dev.inv.store.CompletionRepository;
import java.util.ArrayList;
import java.util.List;

/** The live values the shell offers on Tab. Each call is one short read. */
public final class CompletionService {

    /** How many candidates one Tab offers at most. */
    public static final int LIMIT = 200;

    private final Session session;

    public CompletionService(Session session) {
        this.session = session;
    }

    public List<String> skus(String prefix) {
        return session.db().read(c -> new CompletionRepository(c).skus(prefix, LIMIT));
    }

    public List<String> suppliers(String prefix) {
        return session.db().read(c -> new CompletionRepository(c).supplierCodes(prefix, LIMIT));
    }

    /** Identifiers of units with one of these statuses (any status when none is given). */
    public List<String> identifiers(String prefix, UnitStatus... statuses) {
        List<String> labels = new ArrayList<>();
        for (UnitStatus s : statuses) {
            labels.add(s.label());
        }
        return session.db().read(c -> new CompletionRepository(c).identifiers(labels, prefix, LIMIT));
    }

    public List<String> invoices(String prefix) {
        return session.db().read(c -> new CompletionRepository(c).invoiceNumbers(prefix, LIMIT));
    }
}
