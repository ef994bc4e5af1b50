package dev.inv.service;

import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.SupplierRepository;
import dev.inv.store.SupplierRow;
import dev.inv.store.TrackRepository;
import dev.inv.store.TrackRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The tracking page: units of a product and its variants (or of every product), filtered. */
public final class TrackService {

    /** What {@code inv track} asks for; a null SKU lists every product's units. */
    public record Query(String sku, List<UnitStatus> statuses, String supplier, Long limit, Long offset) {
    }

    /** One unit on the page; {@code variant} is its product's attributes, e.g. "color=Black". */
    public record Line(String identifier, String status, Money cost, String supplier, String sku, String variant,
                       long expenseCount, Money expenseSum, String receivedAt, String soldAt, String returnedAt) {
    }

    private final Session session;

    public TrackService(Session session) {
        this.session = session;
    }

    /** Streams the matching units to {@code sink}, oldest first, inside one read transaction. */
    public void track(Query q, Consumer<Line> sink) {
        session.db().read(c -> {
            Problems problems = new Problems();
            if (q.limit() != null && q.limit() < 0) {
                problems.usage("--limit must be 0 or more");
            }
            if (q.offset() != null && q.offset() < 0) {
                problems.usage("--offset must be 0 or more");
            }
            ProductRepository products = new ProductRepository(c);
            ProductRow product = null;
            if (q.sku() != null) {
                product = products.findBySku(q.sku()).orElse(null);
                if (product == null) {
                    problems.notFound("no product with SKU '" + q.sku() + "'");
                }
            }
            SupplierRow supplier = null;
            if (q.supplier() != null) {
                supplier = new SupplierRepository(c).findByCode(q.supplier()).orElse(null);
                if (supplier == null) {
                    problems.notFound("no supplier with code '" + q.supplier() + "'");
                }
            }
            problems.throwIfAny();
            if (product != null && !product.serialized()) {
                throw InvException.refused(product.sku() + " is tracked by quantity and has no units to track;"
                        + " see inv product show " + product.sku());
            }
            List<String> statuses = q.statuses() == null ? List.of()
                    : q.statuses().stream().map(UnitStatus::label).distinct().toList();
            Map<Long, String> variants = new HashMap<>();
            List<Long> productIds = null;
            if (product != null) {
                productIds = new ArrayList<>();
                productIds.add(product.id());
                for (ProductRow variant : products.variants(product.id())) {
                    productIds.add(variant.id());
                }
            }
            new TrackRepository(c).forEach(new TrackRepository.Filter(productIds,
                    statuses, supplier == null ? null : supplier.id(), q.limit(), q.offset()), row -> {
                        String variant = variants.computeIfAbsent(row.productId(),
                                id -> ProductService.variantLabel(products, id));
                        sink.accept(line(row, variant));
                    });
            return null;
        });
    }

    private Line line(TrackRow r, String variant) {
        return new Line(r.identifier(), r.status(), session.money(r.cost()), r.supplier(), r.sku(), variant,
                r.expenseCount(), session.money(r.expenseSum()), r.receivedAt(), r.soldAt(), r.returnedAt());
    }
}
