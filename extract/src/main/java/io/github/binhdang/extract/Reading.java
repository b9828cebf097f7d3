package io.github.binhdang.extract;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.NameMatch;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.indicators.VietNamAreas;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

// One reading of one text: the text in NFC, a lower-case copy of the same length (so that every index
// holds in both), the period phrases found, and the figures. Not thread-safe; ReportExtractor makes one per
// call.
final class Reading {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+84|\\(0\\d{1,3}\\)|(?<![\\d.,])0)\\s?\\d{2,4}(?:[ .-]?\\d{2,4}){1,3}(?![\\d])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20|21)\\d\\d");
    // Period phrases in the lower-case copy, most specific first.
    private static final Pattern HALF = Pattern.compile("(?:6|06) +tháng +(?:đầu|cuối)(?: +năm)? +\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("quý +(?:iv|i{1,3}|[1-4]) *(?:/|năm|-) *\\d{4}");
    private static final Pattern MONTH = Pattern.compile("tháng +\\d{1,2} *(?:/|năm) *\\d{4}");
    private static final Pattern TERM = Pattern.compile("nhiệm kỳ +(\\d{4}) *- *(\\d{4})");
    private static final Pattern SPAN = Pattern.compile(
            "(?:giai đoạn|thời kỳ) +\\d{4} *- *\\d{4}|năm +\\d{4} +và +(?:năm +)?\\d{4}");
    private static final Pattern YEAR_PHRASE = Pattern.compile("năm +\\d{4}(?!\\d)");
    // The prefix in any case ("Huyện Mèo Vạc và huyện Đồng Văn"), the name capitalised.
    private static final Pattern PLACE = Pattern.compile("(?<!\\p{L})((?iu:thị trấn|thị xã|thành phố|xã|phường|huyện"
            + "|quận|tỉnh)) +(\\p{Lu}[\\p{L}'’]*(?: +\\p{Lu}[\\p{L}'’]*)*)");
    private static final String PUNCTUATION = ",;.:()[]“”\"…!?/–-";
    // A sex ratio at birth written per 100 girls: "114 bé trai/100 bé gái".
    private static final Pattern PER_100_GIRLS = Pattern.compile(
            "(?:bé|trẻ|trẻ em) trai *[/ ] *(?:trên *)?100 (?:bé|trẻ|trẻ em) gái(?!\\p{L})");

    record Mention(int start, int end, ReportingPeriod period, boolean base, boolean term) {
    }

    private record Draft(Candidate candidate, int clauseStart) {
    }

    private final String text;
    private final String lower;
    private final ExtractionContext context;
    private final boolean[] masked;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, List<Area>> lookUps = new HashMap<>();
    private final List<Candidate> found = new ArrayList<>();
    // The figures of the sentence read so far, for changes and shares that refer back.
    private final List<Draft> sentenceFigures = new ArrayList<>();
    private @Nullable ReportingPeriod carriedTarget;
    private boolean shortParagraph;
    // The folded words of the clause being read (from sentenceWordsFrom) and where each first ends, made at its first
    // figure's mapping.
    private @Nullable Map<String, Integer> sentenceWords;
    private int sentenceWordsFrom = -1;
    private int currentSentenceEnd;

    Reading(String given, ExtractionContext context) {
        this.text = Normalizer.isNormalized(given, Normalizer.Form.NFC) ? given
                : Normalizer.normalize(given, Normalizer.Form.NFC);
        this.context = context;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015'
                    || c == '\u2212') {
                chars[i] = '-';
            } else if (c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                chars[i] = ' ';
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        this.lower = new String(chars);
        this.masked = new boolean[text.length()];
    }

    List<Candidate> read() {
        int paragraphStart = 0;
        boolean previousEndedInTarget = false;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            maskPhones(paragraphStart, paragraphEnd);
            if (isFurniture(paragraphStart, paragraphEnd)) {
                mask(paragraphStart, paragraphEnd);
            } else if (!lower.substring(paragraphStart, paragraphEnd).isBlank()) {
                int before = found.size();
                int paragraphMentions = mentions.size();
                findPeriods(paragraphStart, paragraphEnd);
                if (!previousEndedInTarget || !startsWithNumber(paragraphStart, paragraphEnd)) {
                    carriedTarget = null;
                }
                shortParagraph = words(paragraphStart, paragraphEnd) < 6;
                readParagraph(paragraphStart, paragraphEnd, paragraphMentions);
                previousEndedInTarget = found.size() > before
                        && found.get(found.size() - 1).kind() == FigureKind.TARGET;
                if (previousEndedInTarget) {
                    carriedTarget = found.get(found.size() - 1).period();
                }
            }
            paragraphStart = paragraphEnd + 1;
        }
        return List.copyOf(found);
    }

    // Phone numbers: nine digits or more, in a paragraph that has as many.
    private void maskPhones(int start, int end) {
        int digits = 0;
        for (int i = start; i < end && digits < 9; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        if (digits < 9) {
            return;
        }
        Matcher phone = PHONE.matcher(text);
        phone.region(start, end).useTransparentBounds(true);
        while (phone.find()) {
            int n = 0;
            for (int i = phone.start(); i < phone.end(); i++) {
                n += Character.isDigit(text.charAt(i)) ? 1 : 0;
            }
            if (n >= 9) {
                mask(phone.start(), phone.end());
            }
        }
    }

    // The words (runs of non-blanks) in [start, end).
    private int words(int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean blank = lower.charAt(i) == ' ' || lower.charAt(i) == '\n';
            if (!blank && !in) {
                n++;
            }
            in = !blank;
        }
        return n;
    }

    private void mask(int start, int end) {
        for (int i = start; i < end; i++) {
            masked[i] = true;
        }
    }

    private boolean startsWithNumber(int start, int end) {
        int i = start;
        while (i < end && lower.charAt(i) == ' ') {
            i++;
        }
        return i < end && Character.isDigit(lower.charAt(i));
    }

    // A short line of page furniture (visitor counters, polls), or a line of numbers only (pagination, "1 2 3").
    private boolean isFurniture(int start, int end) {
        String line = lower.substring(start, end);
        boolean letters = false;
        for (int i = 0; i < line.length() && !letters; i++) {
            letters = Character.isLetter(line.charAt(i));
        }
        if (!letters) {
            return true;
        }
        if (words(start, end) >= 10) {
            return false;
        }
        for (String word : Lexicon.FURNITURE) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- periods

    private void findPeriods(int start, int end) {
        String paragraph = lower.substring(start, end);
        if (!paragraph.contains("năm") && !paragraph.contains("tháng") && !paragraph.contains("quý")
                && !paragraph.contains("nhiệm kỳ") && !paragraph.contains("giai đoạn") && !paragraph.contains("thời kỳ")) {
            return;
        }
        find(HALF, "tháng", paragraph, start, false);
        find(QUARTER, "quý", paragraph, start, false);
        find(MONTH, "tháng", paragraph, start, false);
        find(TERM, "nhiệm kỳ", paragraph, start, true);
        find(SPAN, "", paragraph, start, false);
        find(YEAR_PHRASE, "năm", paragraph, start, false);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    // Finds a period phrase, if the paragraph holds a word every phrase of the pattern holds.
    private void find(Pattern pattern, String word, String paragraph, int offset, boolean term) {
        if (!paragraph.contains(word)) {
            return;
        }
        Matcher m = pattern.matcher(paragraph);
        while (m.find()) {
            int s = offset + m.start();
            int e = offset + m.end();
            if (masked[s] || masked[e - 1]) {
                continue;
            }
            // "so với năm 2021", "so với cùng kỳ năm 2023": a base, not the figure's period.
            boolean base = lower.substring(Math.max(offset, s - 20), s).contains("so với");
            ReportingPeriod period = term ? term(s, m.group(1), m.group(2), base) : parse(text.substring(s, e));
            mask(s, e);
            if (period != null) {
                mentions.add(new Mention(s, e, period, base, term));
            }
        }
    }

    private static @Nullable ReportingPeriod parse(String phrase) {
        try {
            return ReportingPeriod.parse(phrase);
        } catch (InvalidValueException e) { // TextParseException too
            return null;
        }
    }

    // "nhiệm kỳ 2016 – 2021" names no body: the nearest body before it in its sentence does ("Hội đồng
    // nhân dân tỉnh, nhiệm kỳ …"); a base ("so với nhiệm kỳ 2011 – 2016") takes the body of the term before it.
    private @Nullable ReportingPeriod term(int start, String first, String last, boolean base) {
        int sentenceStart = sentenceStart(start);
        String before = lower.substring(sentenceStart, start);
        String body = null;
        int at = -1;
        for (Map.Entry<String, String> e : Lexicon.TERM_BODIES.entrySet()) {
            int i = before.lastIndexOf(e.getKey());
            if (i > at) {
                at = i;
                body = e.getValue();
            }
        }
        if (body == null && base) {
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.term() && m.start() >= sentenceStart) {
                    String form = m.period().toString();
                    body = form.startsWith("HDND") ? "HĐND" : form.startsWith("QH") ? "Quốc hội" : "cấp ủy";
                    break;
                }
            }
        }
        return body == null ? null : parse("nhiệm kỳ " + body + " " + first + "–" + last);
    }

    // ---------------------------------------------------------------- sentences

    private int sentenceStart(int index) {
        int i = index;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || isSentenceEnd(i - 1)) {
                break;
            }
            i--;
        }
        return i;
    }

    private boolean isSentenceEnd(int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == '…') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        return i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n';
    }

    private void readParagraph(int start, int end, int paragraphMentions) {
        int sentence = start;
        for (int i = start; i <= end; i++) {
            if (i == end || isSentenceEnd(i)) {
                if (i > sentence) {
                    readSentence(sentence, i + (i < end ? 1 : 0), paragraphMentions);
                }
                sentence = i + 1;
            }
        }
    }

    private void readSentence(int start, int end, int paragraphMentions) {
        sentenceFigures.clear();
        currentSentenceEnd = end;
        if (!isVietnamese(start, end)) {
            return;
        }
        sentenceWords = null;
        Matcher m = NUMBER.matcher(text);
        int from = start;
        while (from < end) {
            m.region(from, end);
            if (!m.find()) {
                break;
            }
            from = readNumber(m.start(), m.end(), start, end, paragraphMentions);
        }
    }

    // Vietnamese writes most syllables with a mark (ă, â, đ, ê, ô, ơ, ư or a tone); a sentence of four words
    // or more where fewer than one in five has one is in another language, or Vietnamese without marks,
    // which the lexicon cannot read either.
    private boolean isVietnamese(int start, int end) {
        int words = 0;
        int marked = 0;
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            boolean mark = false;
            while (i < end && Character.isLetter(text.charAt(i))) {
                mark |= text.charAt(i) > 0x7F;
                i++;
            }
            words++;
            marked += mark ? 1 : 0;
        }
        return words < 4 || marked * 5 >= words;
    }

    // ---------------------------------------------------------------- numbers

    // Reads the number at [s, e) and returns where to look for the next one.
    private int readNumber(int s, int e, int sentenceStart, int sentenceEnd, int paragraphMentions) {
        if (masked[s]) {
            return e;
        }
        if (s > 0) {
            char before = text.charAt(s - 1);
            if (Character.isLetterOrDigit(before)) {
                return e;
            }
            if ((before == '-' || before == '/' || before == ':' || before == '+' || before == '.' || before == ',')
                    && s > 1 && Character.isLetterOrDigit(text.charAt(s - 2))) {
                return e;
            }
        }
        if (e < text.length() && text.charAt(e) == ':' && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))) {
            return e + 1;
        }
        String written = text.substring(s, e);
        BigDecimal value = number(written);
        BigDecimal denominator = null;
        int numberEnd = e;
        if (e + 1 < text.length() && text.charAt(e) == '/' && Character.isDigit(text.charAt(e + 1))) {
            Matcher second = NUMBER.matcher(text);
            second.region(e + 1, sentenceEnd);
            if (!second.lookingAt()) {
                return e + 1;
            }
            int e2 = second.end();
            if (e2 < text.length() && (text.charAt(e2) == '/' || text.charAt(e2) == '-')) {
                return skipDocument(e2); // 56/2012/NĐ-CP, 25/11/2019
            }
            denominator = number(second.group());
            numberEnd = e2;
            written = text.substring(s, e2);
        }
        if (value == null || denominator == null && written.contains("/")) {
            return numberEnd;
        }
        int afterNumber = skipBlanks(numberEnd, sentenceEnd);
        boolean glued = numberEnd < text.length() && Character.isLetter(text.charAt(numberEnd));
        // The unit, with a multiplier word first ("1 nghìn"); money by core's symbols.
        Unit unit = null;
        boolean person = false;
        int unitStart = afterNumber;
        int unitEnd = afterNumber;
        String multiplier = wordAt(afterNumber);
        if (Lexicon.MULTIPLIERS.containsKey(multiplier) && !lower.startsWith(multiplier + " đồng", afterNumber)) {
            value = value.scaleByPowerOfTen(Lexicon.MULTIPLIERS.get(multiplier)).setScale(0);
            written = text.substring(s, afterNumber + multiplier.length());
            unitStart = skipBlanks(afterNumber + multiplier.length(), sentenceEnd);
            unitEnd = unitStart;
        }
        Lexicon.Noun noun = null;
        if (unitStart < sentenceEnd && lower.charAt(unitStart) == '%') {
            unit = Unit.PERCENT;
            unitEnd = unitStart + 1;
        } else if (startsWord(unitStart, "điểm phần trăm") || startsWord(unitStart, "điểm %")) {
            unit = Unit.PERCENTAGE_POINT;
            unitEnd = unitStart + (startsWord(unitStart, "điểm %") ? 6 : 14);
        } else if (startsWord(unitStart, "phần trăm")) {
            unit = Unit.PERCENT;
            unitEnd = unitStart + 9;
        } else if (startsWord(unitStart, "lần")) {
            unit = Unit.TIMES;
            unitEnd = unitStart + 3;
        } else if (lower.startsWith("b", unitStart) || lower.startsWith("tr", unitStart)) {
            Matcher ratio = PER_100_GIRLS.matcher(lower);
            ratio.region(unitStart, sentenceEnd);
            if (ratio.lookingAt()) {
                unit = Unit.PER_100;
                unitEnd = ratio.end();
            }
        }
        if (unit == null) {
            for (String money : Lexicon.MONEY) {
                if (startsWord(unitStart, money)) {
                    unit = Unit.findBySymbol(text.substring(unitStart, unitStart + money.length())).orElse(null);
                    unitEnd = unitStart + money.length();
                    break;
                }
            }
            if (unit == null) {
                for (Lexicon.Noun n : Lexicon.NOUNS) {
                    if (startsWord(unitStart, n.word())) {
                        noun = n;
                        unit = n.unit();
                        person = n.person();
                        unitEnd = unitStart + n.word().length();
                        break;
                    }
                }
            }
        }
        if (glued && noun == null) {
            return numberEnd; // 8h30, 3G, 2km
        }
        String next = wordAt(afterNumber);
        if (unit == null && shortParagraph) {
            return numberEnd; // "Tổng 2.449.433": a counter of the page
        }
        if (noun == null && unit == null) {
            if (denominator != null && value.compareTo(BigDecimal.valueOf(31)) <= 0
                    && denominator.compareTo(BigDecimal.valueOf(12)) <= 0) {
                return numberEnd; // 8/3, 20/10: a day and a month
            }
            if (Lexicon.NOT_AFTER.contains(next)) {
                return numberEnd;
            }
        }
        if (denominator != null && YEAR.matcher(text.substring(e + 1, numberEnd)).matches()) {
            return numberEnd; // 8/2022
        }
        if (denominator == null && YEAR.matcher(written).matches()
                && (noun == null || noun.word().equals("ngày"))) {
            return numberEnd; // a year
        }
        String before = wordBefore(s);
        if (Lexicon.NOT_BEFORE.contains(before)) {
            return numberEnd;
        }
        if (before.equals("số") && Lexicon.DOCUMENTS.contains(wordBefore(wordStartBefore(s)))) {
            return numberEnd;
        }
        if (isListNumber(s, numberEnd)) {
            return numberEnd;
        }
        // Qualifier before the number, or after it and its unit ("15% trở lên").
        Qualifier qualifier = Qualifier.EXACT;
        int figureStart = s;
        for (String word : Lexicon.QUALIFIERS_BEFORE) {
            if (endsWord(s, word)) {
                qualifier = Qualifier.parse(word);
                figureStart = blankStartBefore(s) - word.length();
                break;
            }
        }
        int phraseStart = skipBlanks(unitEnd, sentenceEnd);
        for (String word : Lexicon.QUALIFIERS_AFTER) {
            if (startsWord(phraseStart, word)) {
                qualifier = Qualifier.parse(word);
                phraseStart = skipBlanks(phraseStart + word.length(), sentenceEnd);
                break;
            }
        }
        int clauseStart = clauseStart(s, sentenceStart);
        FigureKind kind = FigureKind.RESULT;
        for (String word : Lexicon.CHANGES) {
            if (endsWord(figureStart, word)) {
                kind = FigureKind.CHANGE;
                break;
            }
        }
        boolean planContent = noun != null && Lexicon.PLAN_CONTENTS.contains(noun.word());
        if (kind == FigureKind.RESULT && !planContent && (isTarget(sentenceStart, s) || carriedTarget != null)) {
            kind = FigureKind.TARGET;
        }
        Draft changed = kind == FigureKind.CHANGE ? lastFigure() : null;
        if (kind == FigureKind.CHANGE && (unit == Unit.PERCENT || unit == null && startsWord(unitStart, "điểm"))
                && changed != null && changed.candidate().unit().filter(Unit.PERCENT::equals).isPresent()) {
            if (unit == null) {
                unitEnd = unitStart + "điểm".length(); // "giảm 2 điểm" of a percentage
            }
            unit = Unit.PERCENTAGE_POINT; // "tăng 4,61%" of a percentage: points
        }
        // What the figure counts.
        String counted;
        if (changed != null) {
            counted = changed.candidate().counted();
        } else if (noun != null) {
            counted = (text.substring(unitStart, unitEnd) + " " + phrase(unitEnd, sentenceEnd)).strip();
            if (counted.equalsIgnoreCase("người")) {
                String subject = subject(clauseStart, figureStart);
                if (subject.toLowerCase(Locale.ROOT).startsWith("số lượng")) {
                    counted = subject.substring("số lượng".length()).strip();
                }
            }
        } else {
            // "trong đó 71% là phụ nữ": what the share counts follows "là".
            int after = unit == Unit.PERCENT && startsWord(phraseStart, "là") ? skipBlanks(phraseStart + 2, sentenceEnd)
                    : phraseStart;
            counted = unit == null || unit == Unit.PERCENT ? phrase(after, sentenceEnd) : "";
            if (counted.isEmpty() && unit != null && unit.base().equals(Unit.VND)) {
                counted = text.substring(unitStart, unitEnd);
            }
            if (counted.isEmpty() && unit == Unit.PER_100) {
                counted = subject(clauseStart, figureStart);
            }
            if (counted.isEmpty() && unit == Unit.PERCENT) {
                // A rate's own name ("tỷ lệ nữ …") or a subject that names a sex ("lao động nữ chiếm 46,2%")
                // before the first count of the clause ("384 …/2.539 doanh nghiệp …, chiếm 15,1%").
                String subject = subject(clauseStart, figureStart);
                Draft first = firstCountInClause(clauseStart);
                counted = isRateName(subject) || sex(subject, sentenceStart, false) != null || first == null ? subject
                        : first.candidate().counted();
                if (counted.isEmpty()) {
                    Draft previous = lastPercent();
                    counted = previous == null ? "" : previous.candidate().counted();
                }
            }
        }
        if (counted.toLowerCase(Locale.ROOT).startsWith("số lượng ")) {
            counted = counted.substring("số lượng ".length());
        }
        Sex sex = changed != null ? changed.candidate().sex().orElse(null) : sex(counted, sentenceStart, person);
        if (sex == null && person) {
            // "1.650 người là nữ".
            int is = skipBlanks(unitEnd, sentenceEnd);
            sex = startsWord(is, "là nữ") ? Sex.FEMALE : startsWord(is, "là nam") ? Sex.MALE : null;
        }
        // Period, area, indicator.
        Set<Missing> missing = EnumSet.noneOf(Missing.class);
        ReportingPeriod period = period(s, sentenceStart, clauseStart, sentenceEnd, kind, unit, paragraphMentions);
        if (period == null) {
            period = carriedTarget != null ? carriedTarget : context.period();
            if (carriedTarget == null) {
                missing.add(Missing.PERIOD);
            }
        }
        Area area = area(s, numberEnd, clauseStart, sentenceStart, sentenceEnd, period);
        boolean areaFromContext = area == null;
        if (area == null) {
            area = context.area().orElse(null);
        }
        if (area == null) {
            missing.add(Missing.AREA);
        }
        if (unit == null) {
            missing.add(Missing.UNIT);
        }
        if (counted.isEmpty()) {
            missing.add(Missing.COUNTED);
        }
        String indicator = kind == FigureKind.CHANGE ? null : indicator(unit, counted, clauseStart, numberEnd);
        double confidence = 1.0;
        confidence -= missing.contains(Missing.UNIT) ? 0.4 : 0;
        confidence -= missing.contains(Missing.COUNTED) ? 0.25 : 0;
        confidence -= missing.contains(Missing.PERIOD) ? 0.1 : 0;
        confidence -= missing.contains(Missing.AREA) || areaFromContext ? 0.05 : 0;
        confidence = Math.max(0.05, Math.round(confidence * 100) / 100.0);
        Candidate candidate = new Candidate(written, value, qualifier, unit, counted, denominator == null ? null : value,
                denominator, period, area, sex, kind, text.substring(sentenceStart, sentenceEnd).strip(), s,
                s + written.length(), indicator, missing, confidence, context.source().orElse(null));
        found.add(candidate);
        sentenceFigures.add(new Draft(candidate, clauseStart));
        return Math.max(numberEnd, s + written.length());
    }

    private static @Nullable BigDecimal number(String written) {
        try {
            return NumberNotation.VIETNAMESE.parse(written);
        } catch (TextParseException e) {
            return null; // 2,299,828: not Vietnamese notation, page furniture
        }
    }

    private int skipDocument(int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isListNumber(int s, int e) {
        int i = s;
        while (i > 0 && lower.charAt(i - 1) == ' ') {
            i--;
        }
        boolean lineStart = i == 0 || lower.charAt(i - 1) == '\n';
        return lineStart && e + 1 < text.length() && (text.charAt(e) == '.' || text.charAt(e) == ')')
                && text.charAt(e + 1) == ' ';
    }

    private @Nullable Draft lastFigure() {
        return sentenceFigures.isEmpty() ? null : sentenceFigures.get(sentenceFigures.size() - 1);
    }

    private @Nullable Draft lastPercent() {
        for (int i = sentenceFigures.size() - 1; i >= 0; i--) {
            Draft d = sentenceFigures.get(i);
            if (d.candidate().unit().filter(Unit.PERCENT::equals).isPresent() && !d.candidate().counted().isEmpty()) {
                return d;
            }
        }
        return null;
    }

    private @Nullable Draft firstCountInClause(int clauseStart) {
        for (Draft d : sentenceFigures) {
            if (d.clauseStart() == clauseStart && d.candidate().kind() != FigureKind.CHANGE
                    && d.candidate().unit().filter(u -> u.base().equals(u) && u.isIntegral()).isPresent()
                    && !d.candidate().counted().isEmpty()) {
                return d;
            }
        }
        return null;
    }

    private boolean isTarget(int sentenceStart, int s) {
        String before = lower.substring(sentenceStart, s);
        for (String marker : Lexicon.TARGETS) {
            int i = before.indexOf(marker);
            while (i >= 0) {
                int j = i;
                while (j > 0 && before.charAt(j - 1) == ' ') {
                    j--;
                }
                if (j == 0 || !Character.isDigit(before.charAt(j - 1))) {
                    return true;
                }
                i = before.indexOf(marker, i + 1);
            }
        }
        return false;
    }

    private int clauseStart(int s, int sentenceStart) {
        int i = s;
        while (i > sentenceStart && text.charAt(i - 1) != ';') {
            i--;
        }
        return i;
    }

    // ---------------------------------------------------------------- words

    private int skipBlanks(int i, int end) {
        int j = i;
        while (j < end && lower.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private int blankStartBefore(int s) {
        int i = s;
        while (i > 0 && lower.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private String wordAt(int i) {
        int j = i;
        while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
            j++;
        }
        return lower.substring(i, j);
    }

    private int wordStartBefore(int s) {
        int i = blankStartBefore(s);
        while (i > 0 && Character.isLetter(lower.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private String wordBefore(int s) {
        int end = blankStartBefore(s);
        int i = end;
        while (i > 0 && Character.isLetter(lower.charAt(i - 1))) {
            i--;
        }
        return lower.substring(i, end);
    }

    private boolean startsWord(int i, String word) {
        int e = i + word.length();
        return lower.startsWith(word, i) && (e >= lower.length() || !Character.isLetter(lower.charAt(e)));
    }

    private boolean endsWord(int s, String word) {
        int end = blankStartBefore(s);
        int i = end - word.length();
        return i >= 0 && lower.startsWith(word, i) && (i == 0 || !Character.isLetter(lower.charAt(i - 1)));
    }

    // The words from i up to a stop: punctuation, a stop word, a number, or twelve words.
    private String phrase(int i, int end) {
        int j = i;
        int words = 0;
        int last = i;
        while (j < end && words < 12) {
            char c = text.charAt(j);
            if (PUNCTUATION.indexOf(c) >= 0 || Character.isDigit(c) || c == '\n') {
                break;
            }
            if (c == ' ') {
                j++;
                continue;
            }
            int w = j;
            while (j < end && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '&')) {
                j++;
            }
            if (j == w) {
                break;
            }
            String word = lower.substring(w, j);
            if (Lexicon.STOPS.contains(word)) {
                break;
            }
            words++;
            last = j;
        }
        return text.substring(i, last).strip();
    }

    // The subject of a clause, before a figure: the last comma-part, without linking words at its ends,
    // cut at its first number, at most eight words.
    private String subject(int clauseStart, int figureStart) {
        int from = figureStart;
        while (from > clauseStart && text.charAt(from - 1) != ',' && text.charAt(from - 1) != ':') {
            from--;
        }
        String part = text.substring(from, figureStart);
        // A rate's name starts its subject: "Kết quả năm 2023 cho thấy tỷ số giới tính khi sinh … là 114".
        String lowerPart = lower.substring(from, figureStart);
        int rate = Math.max(lowerPart.lastIndexOf("tỷ lệ "), Math.max(lowerPart.lastIndexOf("tỷ số "),
                lowerPart.lastIndexOf("tỷ trọng ")));
        if (rate > 0) {
            part = part.substring(rate);
        }
        List<String> words = new ArrayList<>();
        for (String word : part.strip().split("\\s+")) {
            if (word.isEmpty() || word.chars().anyMatch(Character::isDigit)) {
                break;
            }
            words.add(word);
        }
        while (!words.isEmpty() && Lexicon.LINKS.contains(clean(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && Lexicon.LINKS.contains(clean(words.get(0)))
                && !(words.size() > 1 && clean(words.get(0)).equals("số"))) {
            words.remove(0);
        }
        // A target's verb before its subject: "phấn đấu tỷ lệ nữ … đạt 35%".
        if (words.size() > 2 && clean(words.get(0)).equals("phấn") && clean(words.get(1)).equals("đấu")) {
            words.subList(0, 2).clear();
        }
        String joined = String.join(" ", words.subList(0, Math.min(8, words.size())));
        return joined.replaceAll("[\\p{Punct}“”…]+$", "").strip();
    }

    private static boolean isRateName(String subject) {
        String s = subject.toLowerCase(Locale.ROOT);
        return s.startsWith("tỷ lệ ") || s.startsWith("tỷ số ") || s.startsWith("tỷ trọng ");
    }

    private static String clean(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private @Nullable Sex sex(String counted, int sentenceStart, boolean person) {
        int word = 0;
        int i = 0;
        // Four words, two more after a rate's name: "tỷ lệ lao động nữ qua đào tạo".
        int words = isRateName(counted) ? 6 : 4;
        while (i < counted.length() && word < words) {
            while (i < counted.length() && counted.charAt(i) == ' ') {
                i++;
            }
            int w = i;
            while (i < counted.length() && counted.charAt(i) != ' ') {
                i++;
            }
            if (i > w) {
                String token = counted.substring(w, i).toLowerCase(Locale.ROOT);
                if (token.equals("nữ")) {
                    return Sex.FEMALE;
                }
                if (token.equals("nam")) {
                    return Sex.MALE;
                }
                word++;
            }
        }
        if (person && counted.equalsIgnoreCase("người")) {
            int from = skipBlanks(sentenceStart, lower.length());
            String sentence = lower.substring(from, Math.min(lower.length(), from + 20));
            if (sentence.startsWith("tỷ lệ phụ nữ") || sentence.startsWith("tỷ lệ nữ")) {
                return Sex.FEMALE;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- period

    private @Nullable ReportingPeriod period(int s, int sentenceStart, int clauseStart, int sentenceEnd, FigureKind kind,
            @Nullable Unit unit, int paragraphMentions) {
        Mention before = null;
        Mention after = null;
        Mention paragraph = null;
        for (int i = paragraphMentions; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.base()) {
                continue;
            }
            if (m.end() <= s) {
                paragraph = m;
                if (m.start() >= sentenceStart) {
                    before = m;
                }
            } else if (after == null && m.start() >= s && m.start() < sentenceEnd
                    && clauseStart(m.start(), sentenceStart) == clauseStart
                    && (!m.term() || unit == Unit.PERCENT || kind == FigureKind.TARGET)) {
                after = m;
            }
        }
        if (kind == FigureKind.TARGET && after != null) {
            return after.period();
        }
        if (before != null) {
            return before.period();
        }
        if (after != null) {
            return after.period();
        }
        return paragraph == null ? null : paragraph.period();
    }

    // ---------------------------------------------------------------- area

    private @Nullable Area area(int s, int e, int clauseStart, int sentenceStart, int sentenceEnd,
            ReportingPeriod period) {
        // The figure's part of the sentence: from the comma or the number before it to the next comma.
        int partStart = s;
        while (partStart > clauseStart && text.charAt(partStart - 1) != ','
                && !(Character.isDigit(text.charAt(partStart - 1)) && partStart < s - 1)) {
            partStart--;
        }
        int partEnd = e;
        while (partEnd < sentenceEnd && text.charAt(partEnd) != ',' && text.charAt(partEnd) != ';') {
            partEnd++;
        }
        List<Area> here = places(partStart, partEnd, period);
        if (here.isEmpty()) {
            // A setting that opens the sentence: "Tháng trước, tại xã Tân Hóa (huyện Minh Hóa), nhà tạm lánh … đón".
            int part = skipBlanks(sentenceStart, sentenceEnd);
            while (here.isEmpty() && part < partStart) {
                int comma = text.indexOf(',', part);
                if (comma < 0 || comma >= partStart) {
                    break;
                }
                String opening = lower.substring(part, comma);
                if (opening.startsWith("tại ") && words(part, comma) <= 10) {
                    here = places(part, comma, period);
                }
                part = skipBlanks(comma + 1, sentenceEnd);
            }
        }
        return here.size() == 1 ? here.get(0) : null;
    }

    private List<Area> places(int from, int to, ReportingPeriod period) {
        String part = lower.substring(from, to);
        if (!part.contains("xã") && !part.contains("phường") && !part.contains("huyện") && !part.contains("tỉnh")
                && !part.contains("thị") && !part.contains("thành phố") && !part.contains("quận")) {
            return List.of();
        }
        Matcher m = PLACE.matcher(text);
        m.region(from, to);
        List<Area> areas = new ArrayList<>();
        LocalDate date = period.end();
        while (m.find()) {
            // "4 xã Ngũ Chỉ Sơn, …": a figure's noun, not a place.
            int before = blankStartBefore(m.start());
            if (before > 0 && Character.isDigit(text.charAt(before - 1))) {
                continue;
            }
            String prefix = m.group(1).toLowerCase(Locale.ROOT);
            AreaLevel level = switch (prefix) {
                case "xã", "phường", "thị trấn" -> AreaLevel.COMMUNE;
                case "tỉnh" -> AreaLevel.PROVINCE;
                default -> AreaLevel.DISTRICT;
            };
            List<Area> found = lookUp(m.group(2), level, date);
            if (found.isEmpty() && prefix.equals("thành phố")) {
                found = lookUp(m.group(2), AreaLevel.PROVINCE, date);
            }
            for (Area a : found) {
                if (!areas.contains(a)) {
                    areas.add(a);
                }
            }
        }
        // Keep the most specific: drop a unit that holds another one named.
        List<Area> specific = new ArrayList<>();
        for (Area a : areas) {
            boolean holds = false;
            for (Area b : areas) {
                if (b != a && isWithin(b, a, date)) {
                    holds = true;
                }
            }
            if (!holds) {
                specific.add(a);
            }
        }
        return specific;
    }

    private List<Area> lookUp(String name, AreaLevel level, LocalDate date) {
        return lookUps.computeIfAbsent(level + "|" + name + "|" + date, k -> {
            NameMatch match;
            try {
                match = VietNamAreas.lookUp(name, level, date);
            } catch (RuntimeException e) {
                return List.of();
            }
            List<Area> inside = new ArrayList<>();
            Area scope = context.area().orElse(null);
            for (NameMatch.Candidate c : match.candidates()) {
                if (scope == null || isWithin(c.area(), scope, date)) {
                    inside.add(c.area());
                }
            }
            return List.copyOf(inside);
        });
    }

    // Whether an area is the scope or lies within it on a date (walking up the parents).
    private static boolean isWithin(Area area, Area scope, LocalDate date) {
        AreaHierarchy hierarchy = area.level() == AreaLevel.PROVINCE && scope.level() == AreaLevel.PROVINCE
                ? VietNamAreas.HIERARCHY : VietNamAreas.hierarchy();
        Area a = area;
        for (int depth = 0; depth < 5; depth++) {
            if (a.code().equals(scope.code())) {
                return true;
            }
            Optional<Area> parent = a.parentCode().isPresent() ? hierarchy.parent(a, date) : Optional.empty();
            if (parent.isEmpty()) {
                return false;
            }
            a = parent.get();
        }
        return false;
    }

    // ---------------------------------------------------------------- indicator

    // The catalogue indicator all of whose name's words stand in the figure's phrase or its clause before
    // it (a clause ends at ";": "…; tỷ lệ lao động nữ … đạt 50%" is not the share of council deputies named in
    // the clause before), with a measure that fits the unit; the one with the most such words; none on a tie.
    private @Nullable String indicator(@Nullable Unit unit, String counted, int clauseStart, int numberEnd) {
        if (unit == null) {
            return null;
        }
        Set<String> words = foldedWords(counted);
        if (sentenceWords == null || sentenceWordsFrom != clauseStart) {
            // Each folded word of the clause and where it first ends.
            Map<String, Integer> first = new HashMap<>();
            StringBuilder word = new StringBuilder();
            sentenceWordsFrom = clauseStart;
            for (int i = clauseStart; i <= currentSentenceEnd; i++) {
                char c = i < currentSentenceEnd ? fold(text.charAt(i)) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                } else if (word.length() > 0) {
                    first.putIfAbsent(word.toString(), i);
                    word.setLength(0);
                }
            }
            sentenceWords = first;
        }
        Map<String, Integer> sentence = sentenceWords;
        String best = null;
        int bestSize = 0;
        boolean tie = false;
        List<Indicator> indicators = context.indicators();
        List<Set<String>> names = context.nameWords();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!fits(indicator, unit)) {
                continue;
            }
            Set<String> name = names.get(i);
            if (name.size() < 3 || !name.stream().allMatch(w -> words.contains(w)
                    || sentence.getOrDefault(w, Integer.MAX_VALUE) <= numberEnd)) {
                continue;
            }
            if (name.size() > bestSize) {
                best = indicator.code();
                bestSize = name.size();
                tie = false;
            } else if (name.size() == bestSize) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean fits(Indicator indicator, Unit unit) {
        if (indicator.unit().equals(unit)) {
            return true;
        }
        return indicator.measureKind() == MeasureKind.COUNT && unit.isIntegral() && indicator.unit().isIntegral();
    }

    // The words of a phrase without case or diacritics (đ as d); a letter is folded once and remembered.
    static Set<String> foldedWords(String phrase) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= phrase.length(); i++) {
            char c = i < phrase.length() ? fold(phrase.charAt(i)) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            char lower = Character.toLowerCase(c);
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char base = decomposed.isEmpty() ? lower : decomposed.charAt(0);
            FOLDED[c] = base == 'đ' ? 'd' : base;
        }
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c >= 0x1E00 && c < 0x1F00 || c < 0x250) {
            return FOLDED[c];
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(c);
    }
}
