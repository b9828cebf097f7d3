package io.github.binhdang.spring.boot;

import io.github.binhdang.serialization.json.BinhdangJson;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes a mapper that skips unknown properties (Jackson 3's and Boot's default) still refuse them in
 * the SDK's types, as the SDK's own mapper does: an observation with a misspelt {@code "vlaue"} fails
 * with its location instead of arriving without its value. The application's own types keep the
 * mapper's setting.
 *
 * <p>Each deserializer of the SDK's module is wrapped: when the mapper skips unknown properties, the
 * value is read from the same parser by a reader of the SDK's strict settings, so the location and
 * the limits of the parser stay those of the application's mapper.
 */
final class StrictTypesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The name this module registers under. */
    static final String NAME = "binhdang-strict-types";

    private static final String SDK_PACKAGE = "io.github.binhdang.";

    // Reads a value in the middle of a document: what follows it is the caller's.
    private static final JsonMapper STRICT = BinhdangJson.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    StrictTypesModule() {
        super(NAME);
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = deserializer.handledType();
                if (type != null && type.getName().startsWith(SDK_PACKAGE)
                        && deserializer.getClass().getName().startsWith(SDK_PACKAGE)) {
                    return new Strict(type, deserializer);
                }
                return deserializer;
            }
        });
    }

    /** Reads one of the SDK's types with unknown properties refused. */
    private static final class Strict extends ValueDeserializer<Object> {

        private final Class<?> type;
        private final ValueDeserializer<?> lenient;

        Strict(Class<?> type, ValueDeserializer<?> lenient) {
            this.type = type;
            this.lenient = lenient;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                return lenient.deserialize(p, ctxt);
            }
            return STRICT.readerFor(type).readValue(p);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
