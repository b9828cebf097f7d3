/**
 * The binhdang domain model: strategies, objectives and targets; indicators and units; reporting
 * periods and areas; observations and datasets; and the calculations and checks over them.
 */
// requires-automatic: expressly ships no module-info; its name is stable. module: the qualified export
// below names binhdang-serialization, which is built after core.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.binhdang.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Optional: Hibernate Validator's default interpolation uses EL when the application has it;
    // binhdang's messages need none (BeanValidation falls back to ParameterMessageInterpolator).
    requires static jakarta.el;
    requires static org.glassfish.expressly;
    requires static transitive org.jspecify;

    exports io.github.binhdang.core;
    exports io.github.binhdang.core.area;
    exports io.github.binhdang.core.calc;
    exports io.github.binhdang.core.constraints;
    exports io.github.binhdang.core.data;
    exports io.github.binhdang.core.index;
    exports io.github.binhdang.core.indicator;
    // Only for the readers, which word value problems through message.Problem (one home per wording).
    exports io.github.binhdang.core.message to io.github.binhdang.serialization;
    exports io.github.binhdang.core.period;
    exports io.github.binhdang.core.progress;
    exports io.github.binhdang.core.strategy;
    exports io.github.binhdang.core.unit;
    exports io.github.binhdang.core.validation;

    // Hibernate Validator reads the fields of observations when an application's bean cascades into
    // them with @Valid, down to the @Code constraints on ObservationKey (constraints is a leaf package
    // below data in the layer order).
    opens io.github.binhdang.core.data to org.hibernate.validator;
}
