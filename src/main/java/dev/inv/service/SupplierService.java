package dev.inv.service;

import dev.inv.core.InvException;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.store.SupplierRepository;
import dev.inv.store.SupplierRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Suppliers: created once, named by their code on every restock. */
public final class SupplierService {

    private final Session session;

    public SupplierService(Session session) {
        this.session = session;
    }

    public SupplierRow create(String code, String name) {
        return session.db().inWriteTransaction(c -> {
            SupplierRepository suppliers = new SupplierRepository(c);
            Problems problems = new Problems();
            ProductService.addIfPresent(problems, Names.codeProblem("supplier code", code));
            ProductService.addIfPresent(problems, Names.textProblem("--name", name, false));
            if (problems.isEmpty() && suppliers.findByCode(code).isPresent()) {
                problems.refused("supplier " + code + " already exists");
            }
            problems.throwIfAny();
            String n = name == null || name.isBlank() ? code : name.strip();
            suppliers.insert(code, n, session.now());
            return suppliers.findByCode(code).orElseThrow();
        });
    }

    public List<SupplierRow> list() {
        return session.db().read(c -> new SupplierRepository(c).list());
    }

    /** The supplier with this code, or exit code 3 naming it. */
    static SupplierRow require(Connection c, String code) throws SQLException {
        return new SupplierRepository(c).findByCode(code)
                .orElseThrow(() -> InvException.notFound("no supplier with code '" + code + "'"));
    }
}
