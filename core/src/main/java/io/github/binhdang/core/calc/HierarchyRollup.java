package io.github.binhdang.core.calc;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An {@link AreaRollup} along an {@link AreaHierarchy}, at each period's date or at one fixed date. */
final class HierarchyRollup implements AreaRollup {

    private final AreaHierarchy hierarchy;
    private final AreaLevel childLevel;
    private final AreaLevel parentLevel;
    private final @Nullable LocalDate onto;

    HierarchyRollup(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, @Nullable LocalDate onto) {
        this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
        this.childLevel = Objects.requireNonNull(childLevel, "childLevel");
        this.parentLevel = Objects.requireNonNull(parentLevel, "parentLevel");
        this.onto = onto;
        if (!parentLevel.isAbove(childLevel) && !(onto != null && parentLevel == childLevel)) {
            throw new io.github.binhdang.core.InvalidValueException("AreaRollup.parentLevel", parentLevel,
                    "must be above the child level " + childLevel);
        }
    }

    @Override
    public Optional<String> parentOf(String code, ReportingPeriod period) {
        Optional<Area> area = hierarchy.find(code, period.start()).or(() -> hierarchy.find(code, period.end()));
        if (area.isEmpty() || area.get().level() != childLevel) {
            return Optional.empty();
        }
        LocalDate date = onto != null ? onto : period.start();
        return hierarchy.holderOn(area.get(), parentLevel, date).map(Area::code);
    }

    @Override
    public List<String> childrenOf(String parent, ReportingPeriod period) {
        LocalDate date = period.start();
        List<String> children = new ArrayList<>();
        for (Area a : hierarchy.areas()) {
            if (a.level() == childLevel && a.isValidOn(date)
                    && parentOf(a.code(), period).filter(parent::equals).isPresent()) {
                children.add(a.code());
            }
        }
        return children;
    }
}
