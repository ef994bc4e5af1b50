package dev.inv.service;

import dev.inv.core.AmountFormatException;
import dev.inv.core.IdentifierFormat;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.core.Tracking;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creating, listing and showing products and their variants. */
public final class ProductService {

    /** What {@code inv product create} asks for; null where the option was not given. */
    public record NewProduct(String sku, String name, Tracking tracking, String identifierLabel, Boolean unique,
                             String identifierFormat, String cost, String price, Integer warrantyMonths,
                             String variantOf, List<String> attributes) {
    }

    private final Session session;

    public ProductService(Session session) {
        this.session = session;
    }

    public ProductView create(NewProduct req) {
        return session.db().inWriteTransaction(c -> {
            ProductRepository products = new ProductRepository(c);
            Problems problems = new Problems();
            int digits = session.digits();

            addIfPresent(problems, Names.codeProblem("SKU", req.sku()));
            addIfPresent(problems, Names.textProblem("--name", req.name(), true));
            Long cost = amount(problems, "--cost", req.cost(), digits);
            Long price = amount(problems, "--price", req.price(), digits);
            if (req.warrantyMonths() != null && req.warrantyMonths() < 0) {
                problems.usage("--warranty-months must be 0 or more, not " + req.warrantyMonths());
            }
            addIfPresent(problems, Names.textProblem("--identifier-label", req.identifierLabel(), false));
            IdentifierFormat format = null;
            if (req.identifierFormat() != null) {
                try {
                    format = IdentifierFormat.parse(req.identifierFormat());
                } catch (IllegalArgumentException e) {
                    problems.usage(e.getMessage());
                }
            }
            Map<String, String> attributes = attributes(problems, req.attributes());

            ProductRow parent = null;
            if (req.variantOf() != null) {
                parent = products.findBySku(req.variantOf()).orElse(null);
                if (parent == null) {
                    problems.notFound("no product with SKU '" + req.variantOf() + "' (--variant-of)");
                } else if (parent.parentId() != null) {
                    problems.refused(parent.sku() + " is itself a variant; make variants of its parent "
                            + products.findById(parent.parentId()).map(ProductRow::sku).orElse("?"));
                }
                for (String inherited : inheritedGiven(req)) {
                    problems.usage(inherited + " is inherited from the parent product; leave it out with --variant-of");
                }
                if (attributes.isEmpty()) {
                    problems.usage("a variant needs at least one --attr KEY=VALUE (e.g. --attr color=Black)");
                }
            } else {
                if (req.attributes() != null && !req.attributes().isEmpty()) {
                    problems.usage("--attr describes a variant; give it with --variant-of PARENT-SKU");
                }
                if (req.tracking() != Tracking.SERIALIZED) {
                    for (String option : inheritedGiven(req)) {
                        if (!option.equals("--tracking")) {
                            problems.usage(option + " applies to serialized products only; add --tracking serialized");
                        }
                    }
                }
            }
            if (req.sku() != null && Names.codeProblem("SKU", req.sku()) == null
                    && products.findBySku(req.sku()).isPresent()) {
                problems.refused("product " + req.sku() + " already exists");
            }
            problems.throwIfAny();

            ProductRow row;
            if (parent != null) {
                row = new ProductRow(0, req.sku(), req.name().strip(), parent.tracking(), parent.identifierLabel(),
                        parent.identifierFormat(), parent.uniqueIdentifiers(),
                        cost != null ? cost : parent.cost(), price != null ? price : parent.price(),
                        req.warrantyMonths() != null ? req.warrantyMonths() : parent.warrantyMonths(),
                        parent.id(), session.now());
            } else {
                Tracking tracking = req.tracking() == null ? Tracking.QUANTITY : req.tracking();
                boolean serialized = tracking == Tracking.SERIALIZED;
                IdentifierFormat fmt = format == null ? IdentifierFormat.parse("any") : format;
                String label = req.identifierLabel() != null ? req.identifierLabel().strip()
                        : defaultIdentifierLabel(serialized, fmt);
                row = new ProductRow(0, req.sku(), req.name().strip(), tracking.label(), label, fmt.spec(),
                        req.unique() == null || req.unique(), cost, price, req.warrantyMonths(), null, session.now());
            }
            long id = products.insert(row);
            products.putAttributes(id, attributes);
            return view(c, products.findById(id).orElseThrow());
        });
    }

    /** The identifier label of a product created without one: IMEI, Serial #, or none (quantity goods). */
    static String defaultIdentifierLabel(boolean serialized, IdentifierFormat format) {
        return !serialized ? null : format.spec().equals("imei") ? "IMEI" : "Serial #";
    }

    public List<ProductView> list() {
        return session.db().read(c -> {
            List<ProductView> out = new ArrayList<>();
            for (ProductRow row : new ProductRepository(c).list()) {
                out.add(view(c, row));
            }
            return out;
        });
    }

    public ProductView show(String sku) {
        return session.db().read(c -> view(c, require(c, sku)));
    }

    /** The product with this SKU, or exit code 3 naming it. */
    static ProductRow require(Connection c, String sku) throws SQLException {
        return new ProductRepository(c).findBySku(sku)
                .orElseThrow(() -> InvException.notFound("no product with SKU '" + sku + "'"));
    }

    ProductView view(Connection c, ProductRow row) throws SQLException {
        ProductRepository products = new ProductRepository(c);
        String parentSku = row.parentId() == null ? null
                : products.findById(row.parentId()).map(ProductRow::sku).orElse(null);
        List<String> variants = products.variants(row.id()).stream().map(ProductRow::sku).toList();
        boolean serialized = row.serialized();
        return new ProductView(row.sku(), row.name(), row.tracking(), row.identifierLabel(),
                serialized ? row.identifierFormat() : null, serialized ? row.uniqueIdentifiers() : null,
                session.money(row.cost()), session.money(row.price()), row.warrantyMonths(), parentSku,
                products.attributes(row.id()), variants, products.unitCounts(row.id()),
                products.layerQuantity(row.id()));
    }

    private static List<String> inheritedGiven(NewProduct req) {
        List<String> given = new ArrayList<>();
        if (req.tracking() != null) {
            given.add("--tracking");
        }
        if (req.identifierLabel() != null) {
            given.add("--identifier-label");
        }
        if (req.unique() != null) {
            given.add("--unique/--no-unique");
        }
        if (req.identifierFormat() != null) {
            given.add("--identifier-format");
        }
        return given;
    }

    private static Map<String, String> attributes(Problems problems, List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given == null) {
            return out;
        }
        for (String kv : given) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                problems.usage("--attr '" + kv + "' is not KEY=VALUE (e.g. color=Black)");
                continue;
            }
            String key = kv.substring(0, eq).strip();
            String value = kv.substring(eq + 1).strip();
            String problem = Names.textProblem("--attr " + key, value, true);
            if (problem != null) {
                problems.usage(problem);
            } else if (out.putIfAbsent(key, value) != null) {
                problems.usage("--attr " + key + " is given twice");
            }
        }
        return out;
    }

    /** A variant's attributes as one label, e.g. {@code color=Black storage=128GB}; null for none. */
    static String variantLabel(ProductRepository products, long productId) {
        try {
            Map<String, String> a = products.attributes(productId);
            return a.isEmpty() ? null : a.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses an optional amount option, adding a usage problem when it does not parse. */
    static Long amount(Problems problems, String option, String text, int digits) {
        if (text == null) {
            return null;
        }
        try {
            return Money.parse(text, digits).minor();
        } catch (AmountFormatException e) {
            problems.usage(option + ": " + e.getMessage());
            return null;
        }
    }

    static void addIfPresent(Problems problems, String usageProblem) {
        if (usageProblem != null) {
            problems.usage(usageProblem);
        }
    }
}
