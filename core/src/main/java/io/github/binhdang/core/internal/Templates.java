package io.github.binhdang.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one home of core's message templates below every layer: reading a {@code .properties} file in UTF-8
 * and filling {@code {name}} placeholders. {@code message.Bundle} builds its bundles on it, and the root
 * exceptions word themselves with it ({@link Problems}), which sit below {@code message} in the layer order.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Templates {

    private Templates() {
    }

    /**
     * Reads a properties file in UTF-8.
     *
     * @param owner     the class the resource's name is relative to, not null
     * @param resource  the resource, relative to the class's package unless it starts with {@code /}
     * @return the properties, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static Properties read(Class<?> owner, String resource) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    /**
     * Splits a pattern into literal, name, literal, …, literal, the names interned.
     *
     * @param pattern  the pattern with {@code {name}} placeholders, not null
     * @return the parts, an odd number of them, not null
     */
    public static String[] parse(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int from = 0;
        while (from < pattern.length()) {
            int open = pattern.indexOf('{', from);
            int close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
            if (close < 0) {
                literal.append(pattern, from, pattern.length());
                break;
            }
            literal.append(pattern, from, open);
            parts.add(literal.toString());
            literal.setLength(0);
            parts.add(pattern.substring(open + 1, close).intern());
            from = close + 1;
        }
        parts.add(literal.toString());
        return parts.toArray(new String[0]);
    }

    /**
     * Fills a parsed pattern: each name by its argument as {@code display} writes it, a {@code {value}}
     * without an argument by the value if one is given, and any other name without an argument left as
     * written.
     *
     * @param parts      the pattern as {@link #parse} split it, not null
     * @param arguments  the arguments by name, not null
     * @param value      the text for a {@code {value}} with no argument, or null to leave it
     * @param display    writes an argument, not null
     * @return the text, not null
     */
    public static String fill(String[] parts, Map<String, ?> arguments, @Nullable String value,
            Function<Object, String> display) {
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder text = new StringBuilder(64).append(parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            Object argument = arguments.get(parts[i]);
            if (argument != null) {
                text.append(display.apply(argument));
            } else if (value != null && parts[i].equals("value")) {
                text.append(value);
            } else {
                text.append('{').append(parts[i]).append('}');
            }
            text.append(parts[i + 1]);
        }
        return text.toString();
    }
}
