package dev.inv.service;

import dev.inv.core.CostSource;
import dev.inv.core.InvException;
import dev.inv.core.Money;
import dev.inv.store.InvoiceLineRow;
import dev.inv.store.InvoiceRepository;
import dev.inv.store.InvoiceRow;
import dev.inv.store.ReturnRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Invoices: reprinting the receipt, and finding one by the number an operator types. */
public final class InvoiceService {

    private final Session session;

    public InvoiceService(Session session) {
        this.session = session;
    }

    public Receipt show(String number) {
        return session.db().read(c -> receipt(c, require(c, number)));
    }

    /** The invoice named {@code INV-000001}, {@code inv-1} or just {@code 1}; exit 3 when there is none. */
    static InvoiceRow require(Connection c, String number) throws SQLException {
        String normalized = normalize(number);
        return new InvoiceRepository(c).findByNumber(normalized)
                .orElseThrow(() -> InvException.notFound("no invoice " + (number == null ? "" : number.strip())));
    }

    static String normalize(String number) {
        String t = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        String digits = t.startsWith("INV-") ? t.substring(4) : t;
        if (!digits.isEmpty() && digits.length() <= 12 && digits.chars().allMatch(Character::isDigit)) {
            return String.format("INV-%06d", Long.parseLong(digits));
        }
        return t;
    }

    Receipt receipt(Connection c, InvoiceRow invoice) throws SQLException {
        int digits = session.digits();
        ReturnRepository returns = new ReturnRepository(c);
        List<Receipt.Line> lines = new ArrayList<>();
        long cogs = 0;
        for (InvoiceLineRow l : new InvoiceRepository(c).lines(invoice.id())) {
            cogs += l.cogs();
            lines.add(new Receipt.Line(l.lineNo(), l.sku(), l.productName(), l.identifier(),
                    l.unitId() == null ? null : l.identifierLabel(), l.qty(), Money.ofMinor(l.unitPrice(), digits),
                    Money.ofMinor(Math.multiplyExact(l.qty(), l.unitPrice()), digits), Money.ofMinor(l.cogs(), digits),
                    CostSource.fromLabel(l.costSource()), returns.returnedQty(l.id())));
        }
        return new Receipt(invoice.number(), invoice.at(), invoice.customer(), invoice.ref(), invoice.actor(), lines,
                Money.ofMinor(invoice.total(), digits), Money.ofMinor(cogs, digits));
    }
}
