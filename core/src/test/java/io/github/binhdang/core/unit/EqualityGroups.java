package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks equals and hashCode over groups: equal within a group, unequal across groups. */
final class EqualityGroups {

    private EqualityGroups() {
    }

    static void check(List<?>... groups) {
        for (int g = 0; g < groups.length; g++) {
            for (Object a : groups[g]) {
                assertThat(a).isNotEqualTo(null);
                assertThat(a).isNotEqualTo(new Object());
                for (Object b : groups[g]) {
                    assertThat(a).as("%s equals %s", a, b).isEqualTo(b);
                    assertThat(a.hashCode()).as("hash of %s and %s", a, b).isEqualTo(b.hashCode());
                }
                for (int h = 0; h < groups.length; h++) {
                    if (h != g) {
                        for (Object b : groups[h]) {
                            assertThat(a).as("%s differs from %s", a, b).isNotEqualTo(b);
                        }
                    }
                }
            }
        }
    }
}
