package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks equals and hashCode over groups, in the manner of Guava's EqualsTester. */
final class EqualityGroups {

    private EqualityGroups() {
    }

    static void check(List<List<Object>> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (Object a : groups.get(g)) {
                assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo(new Object());
                for (Object b : groups.get(g)) {
                    assertThat(a).isEqualTo(b);
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                }
                for (int h = 0; h < groups.size(); h++) {
                    if (h != g) {
                        for (Object b : groups.get(h)) {
                            assertThat(a).as("%s vs %s", a, b).isNotEqualTo(b);
                        }
                    }
                }
            }
        }
    }
}
