package org.plasticitylab.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Named kinds of something a scenario file chooses by name (treatment types, plasticity rule
 * types): the built-in ones, then those a library registers with a call. A name taken by
 * another class is an error, not a silent choice; registering the same class again changes
 * nothing. Readers never lock: a registration replaces the whole map.
 *
 * <p>Registration is a call rather than {@code ServiceLoader}: the browser build (TeaVM)
 * resolves service providers in an order that changes from build to build, which made its
 * output differ between two builds of the same commit.
 *
 * @param <T> the kind
 */
public final class Registry<T> {
    private final String what;
    private final Function<T, String> nameOf;
    private volatile Map<String, T> kinds;

    /**
     * A registry holding the built-in kinds.
     *
     * @param what what the names name, for messages (e.g. "treatment type")
     * @param nameOf the name of a kind
     * @param builtIn the built-in kinds, in the order names are listed
     */
    public Registry(String what, Function<T, String> nameOf, List<T> builtIn) {
        this.what = what;
        this.nameOf = nameOf;
        Map<String, T> all = new LinkedHashMap<>();
        builtIn.forEach(kind -> add(all, kind));
        this.kinds = all;
    }

    /**
     * Every registered name, the built-in ones first.
     *
     * @return the names, unmodifiable
     */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(kinds.keySet()));
    }

    /**
     * The kind of that name, if registered.
     *
     * @param name a name
     * @return the kind, or empty
     */
    public Optional<T> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /**
     * The kind of that name.
     *
     * @param name a name
     * @return the kind
     * @throws IllegalArgumentException naming the registered names if there is none of that name
     */
    public T get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(what + " "
                + unknown(name)));
    }

    /**
     * The complaint about a name that is not registered, for a message whose subject the caller
     * names (a file's key, say).
     *
     * @param name the unknown name
     * @return "must be one of ..., was ..."
     */
    public String unknown(String name) {
        return "must be one of " + String.join(", ", kinds.keySet()) + ", was \"" + name + "\"";
    }

    /**
     * Adds a kind; from then on files may name it.
     *
     * @param kind the kind
     * @throws IllegalStateException if another class has its name already
     */
    public synchronized void register(T kind) {
        Map<String, T> next = new LinkedHashMap<>(kinds);
        add(next, kind);
        kinds = next;
    }

    private void add(Map<String, T> into, T kind) {
        String name = nameOf.apply(kind);
        T earlier = into.putIfAbsent(name, kind);
        if (earlier != null && earlier.getClass() != kind.getClass()) {
            throw new IllegalStateException("two " + what + "s are named \"" + name + "\": "
                    + earlier.getClass().getName() + " and " + kind.getClass().getName());
        }
    }
}
