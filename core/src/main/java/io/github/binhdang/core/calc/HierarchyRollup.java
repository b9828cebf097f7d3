package io.github.binhdang.core.calc;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AreaRollup} along an {@link AreaHierarchy}: each figure's area read on the day of its period
 * that an {@link AreaDate} names, and its parent found on that day or on one fixed date.
 */
final class HierarchyRollup implements AreaRollup {

    private final AreaHierarchy hierarchy;
    private final AreaLevel childLevel;
    private final AreaLevel parentLevel;
    private final @Nullable LocalDate onto;
    private final AreaDate areaDate;

    HierarchyRollup(AreaHierarchy hierarchy, AreaLevel childLevel, AreaLevel parentLevel, @Nullable LocalDate onto,
            AreaDate areaDate) {
        this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
        this.childLevel = Objects.requireNonNull(childLevel, "childLevel");
        this.parentLevel = Objects.requireNonNull(parentLevel, "parentLevel");
        this.onto = onto;
        this.areaDate = Objects.requireNonNull(areaDate, "areaDate");
        if (!parentLevel.isAbove(childLevel) && !(onto != null && parentLevel == childLevel)) {
            throw new InvalidValueException("AreaRollup.parentLevel", parentLevel,
                    "must be above the child level " + childLevel);
        }
    }

    @Override
    public Optional<String> parentOf(String code, ReportingPeriod period) {
        Optional<Area> area = areaDate.versionOf(hierarchy, code, period.start(), period.end());
        if (area.isEmpty() || area.get().level() != childLevel) {
            return Optional.empty();
        }
        LocalDate date = onto != null ? onto : areaDate.dayFor(area.get(), period.start(), period.end());
        return hierarchy.holderOn(area.get(), parentLevel, date).map(Area::code);
    }

    @Override
    public List<String> childrenOf(String parent, ReportingPeriod period) {
        LocalDate date = areaDate.dayIn(period.start(), period.end());
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
