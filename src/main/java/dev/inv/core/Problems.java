package dev.inv.core;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request so that all are reported together, then throws once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void usage(String message) {
        add(Problem.usage(message));
    }

    public void notFound(String message) {
        add(Problem.notFound(message));
    }

    public void invalid(String message) {
        add(Problem.invalid(message));
    }

    public void refused(String message) {
        add(Problem.refused(message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InvException} naming every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw InvException.of(list);
        }
    }
}
