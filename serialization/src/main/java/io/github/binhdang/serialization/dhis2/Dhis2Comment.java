package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.internal.ObservationComment;
import java.util.List;

/**
 * The data value's comment: what an observation has and a DHIS2 data value has no slot for, in the
 * module's one machine-readable form ({@link ObservationComment}), every part in the comment since DHIS2
 * has a slot for none of them. The form is given in the
 * {@linkplain io.github.binhdang.serialization.dhis2 package documentation}.
 */
final class Dhis2Comment {

    private Dhis2Comment() {
    }

    /**
     * Writes the comment of an observation.
     *
     * @param withPeriod  whether the period goes in the comment (a span or term)
     */
    static String format(Observation o, boolean withPeriod) {
        return ObservationComment.format(o, withPeriod);
    }

    /**
     * Reads a comment.
     *
     * @throws InvalidValueException if a comment of the form has a part that cannot be read
     */
    static ObservationComment.Extras parse(String comment, List<Unit> units) {
        return ObservationComment.parse(comment, units);
    }

    /**
     * Reads a comment into a reader's one carrier, emptied first.
     *
     * @throws InvalidValueException if a comment of the form has a part that cannot be read
     */
    static void parse(String comment, List<Unit> units, ObservationComment.Extras into) {
        ObservationComment.parse(comment, units, into);
    }
}
