package io.github.binhdang.examples;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.extract.Candidate;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.extract.FigureKind;
import io.github.binhdang.extract.ReportExtractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The figures binhdang-extract reads from a report's text, printed next to the figures the example models
 * by hand: each result with a hand-made observation of the same value (or numerator or denominator),
 * qualifier, period and area, each part of an observation taken once, or the words "only in the text"; targets and changes, which the examples keep in
 * plans or work back into values, are listed as such; then the hand-made observations no candidate gives.
 * Where they differ is where a person added knowledge the text does not state as a figure (a previous
 * term's value worked back from a change, a sum of two classes, one shelter per commune named), or where
 * the text holds a figure the example left out. A match is by value, not by meaning: two figures with the
 * same value and period match even when they count different things, which the printed phrase shows.
 */
final class ExtractedFigures {

    private ExtractedFigures() {
    }

    /** The counts printed, for the tests: candidates, matched, only in the text, only by hand. */
    record Tally(int candidates, int matched, int onlyInText, int onlyByHand) {
    }

    static Tally compare(ReportPrinter p, String text, ExtractionContext context, Dataset modelled) {
        List<Candidate> candidates = ReportExtractor.extract(text, context);
        List<Observation> all = new ArrayList<>();
        modelled.forEach(all::add);
        List<Observation> left = new ArrayList<>(all);
        Set<String> taken = new HashSet<>();
        p.section("Số liệu đọc từ văn bản báo cáo (binhdang-extract), đối chiếu với số liệu nhập tay:",
                "Figures read from the report's text (binhdang-extract), against the figures entered by hand:");
        int matched = 0;
        for (Candidate c : candidates) {
            String read = describe(p, c);
            if (c.kind() != FigureKind.RESULT) {
                p.line(read + p.t(" – không phải kết quả: ví dụ giữ chỉ tiêu trong kế hoạch, giá trị thay cho mức thay đổi",
                        " – not a result: the example keeps targets in its plan, values rather than changes"));
                continue;
            }
            Optional<Observation> same = Optional.empty();
            for (int i = 0; i < all.size() && same.isEmpty(); i++) {
                int part = sameFigure(c, all.get(i));
                if (part >= 0 && taken.add(i + ":" + part)) {
                    same = Optional.of(all.get(i));
                }
            }
            if (same.isPresent()) {
                left.remove(same.get());
                matched++;
                p.line(read + p.t(" = nhập tay: ", " = by hand: ") + same.get().indicator() + " "
                        + p.qualified(same.get()) + " (" + p.period(same.get().period()) + ")");
            } else {
                p.line(read + p.t(" – chỉ có trong văn bản", " – only in the text"));
            }
        }
        for (Observation o : left) {
            p.line(p.t("Chỉ nhập tay: ", "Only by hand: ") + o.indicator() + " " + p.qualified(o) + " ("
                    + p.period(o.period()) + ", " + o.area() + ")");
        }
        Tally tally = new Tally(candidates.size(), matched, (int) candidates.stream()
                .filter(c -> c.kind() == FigureKind.RESULT).count() - matched, left.size());
        p.line(p.t("Đọc được " + tally.candidates() + " số liệu; " + tally.matched() + " khớp với số liệu nhập tay, "
                        + tally.onlyInText() + " kết quả chỉ có trong văn bản, " + tally.onlyByHand()
                        + " số liệu chỉ nhập tay.",
                tally.candidates() + " figures read; " + tally.matched() + " match the hand-made figures, "
                        + tally.onlyInText() + " results are only in the text, " + tally.onlyByHand()
                        + " figures only by hand."));
        return tally;
    }

    private static String describe(ReportPrinter p, Candidate c) {
        StringBuilder s = new StringBuilder(p.qualified(c.qualifier(), c.value()));
        c.unit().ifPresent(u -> s.append(' ').append(u.symbol().isEmpty() ? u.code() : u.symbol()));
        if (!c.counted().isEmpty()) {
            s.append(" (").append(c.counted()).append(')');
        }
        s.append(", ").append(p.period(c.period())).append(", ").append(p.t(c.kind().title()));
        c.area().ifPresent(a -> s.append(", ").append(p.t(a.name())));
        return s.toString();
    }

    // Which part of the observation (0 value, 1 numerator, 2 denominator) has the candidate's value (money in
    // dong), with the same qualifier, period and area; -1 if none.
    private static int sameFigure(Candidate c, Observation o) {
        if (!c.qualifier().equals(o.qualifier()) || !c.period().equals(o.period())
                || c.area().filter(a -> !a.code().equals(o.area())).isPresent()) {
            return -1;
        }
        BigDecimal value = c.unit().filter(u -> u.base().equals(Unit.VND)).isPresent()
                ? c.amount().orElseThrow().value() : c.value();
        List<Optional<BigDecimal>> parts = List.of(o.value(), o.numerator(), o.denominator());
        for (int part = 0; part < parts.size(); part++) {
            if (parts.get(part).filter(x -> x.compareTo(value) == 0).isPresent()) {
                return part;
            }
        }
        return -1;
    }
}
