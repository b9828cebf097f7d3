package io.github.binhdang.extract;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.unit.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

// The words the extractor knows, in lower case NFC (diacritics kept: "bàn" a table is not "bản" a
// village nor "Ban" a committee). Units come from core where it has them (Unit.findBySymbol for "%",
// "người", "triệu đồng"...); the counted nouns of activity reports are count units of this module.
final class Lexicon {

    /** A noun a number may count, the unit it gives, and whether it names people. */
    record Noun(String word, Unit unit, boolean person) {
    }

    private static final Map<String, String[]> COUNT_UNITS = Map.ofEntries(
            // symbol -> code, English name
            Map.entry("lớp", new String[] {"classes", "classes"}),
            Map.entry("buổi", new String[] {"sessions", "sessions"}),
            Map.entry("mô hình", new String[] {"models", "models"}),
            Map.entry("câu lạc bộ", new String[] {"clubs", "clubs"}),
            Map.entry("nhóm", new String[] {"groups", "groups"}),
            Map.entry("cuốn", new String[] {"copies", "copies"}),
            Map.entry("đầu sách", new String[] {"titles", "book titles"}),
            Map.entry("xã", new String[] {"communes", "communes"}),
            Map.entry("phường", new String[] {"wards", "wards"}),
            Map.entry("huyện", new String[] {"districts", "districts"}),
            Map.entry("tỉnh", new String[] {"provinces", "provinces"}),
            Map.entry("thôn", new String[] {"villages", "villages"}),
            Map.entry("doanh nghiệp", new String[] {"enterprises", "enterprises"}),
            Map.entry("hộ", new String[] {"households", "households"}),
            Map.entry("mục tiêu", new String[] {"objectives", "objectives"}),
            Map.entry("chỉ tiêu", new String[] {"targets", "targets"}),
            Map.entry("sở", new String[] {"departments", "departments"}),
            Map.entry("cơ quan", new String[] {"agencies", "agencies"}),
            Map.entry("đơn vị", new String[] {"organisations", "organisations"}),
            Map.entry("trường", new String[] {"schools", "schools"}),
            Map.entry("kệ", new String[] {"shelves", "shelves"}),
            Map.entry("bàn", new String[] {"tables", "tables"}),
            Map.entry("ghế", new String[] {"chairs", "chairs"}),
            Map.entry("ngày", new String[] {"days", "days"}),
            Map.entry("hội nghị", new String[] {"conferences", "conferences"}),
            Map.entry("cuộc", new String[] {"events", "events"}),
            Map.entry("đợt", new String[] {"campaigns", "campaigns"}),
            Map.entry("sản phẩm", new String[] {"products", "products"}),
            Map.entry("tin", new String[] {"news_items", "news items"}),
            Map.entry("bài", new String[] {"articles", "articles"}),
            Map.entry("phóng sự", new String[] {"features", "features"}),
            Map.entry("chuyên mục", new String[] {"columns", "columns"}),
            Map.entry("tờ rơi", new String[] {"leaflets", "leaflets"}),
            Map.entry("pa nô", new String[] {"billboards", "billboards"}),
            Map.entry("lượt người", new String[] {"person_visits", "person-visits"}),
            // Units of provincial reports the seeds lack (held-out text): cases, couples, families, cooperatives,
            // gifts, houses, animals, publicity, documents, events.
            Map.entry("lượt hộ", new String[] {"household_visits", "household-visits"}),
            Map.entry("vụ", new String[] {"incidents", "incidents"}),
            Map.entry("trường hợp", new String[] {"cases", "cases"}),
            Map.entry("cặp", new String[] {"couples", "couples"}),
            Map.entry("gia đình", new String[] {"families", "families"}),
            Map.entry("hợp tác xã", new String[] {"cooperatives", "cooperatives"}),
            Map.entry("tổ hợp tác", new String[] {"cooperative_groups", "cooperative groups"}),
            Map.entry("tổ chức", new String[] {"bodies", "bodies"}),
            Map.entry("tổ", new String[] {"teams", "teams"}),
            Map.entry("phần", new String[] {"parcels", "parcels"}),
            Map.entry("suất", new String[] {"allotments", "allotments"}),
            Map.entry("con", new String[] {"head", "head (animals)"}),
            Map.entry("nhà", new String[] {"houses", "houses"}),
            Map.entry("căn", new String[] {"dwellings", "dwellings"}),
            Map.entry("băng rôn", new String[] {"banners", "banners"}),
            Map.entry("khẩu hiệu", new String[] {"slogans", "slogans"}),
            Map.entry("áp phích", new String[] {"posters", "posters"}),
            Map.entry("tờ gấp", new String[] {"folded_leaflets", "folded leaflets"}),
            Map.entry("tài liệu", new String[] {"materials", "materials"}),
            Map.entry("chương trình", new String[] {"programmes", "programmes"}),
            Map.entry("kế hoạch", new String[] {"plans", "plans"}),
            Map.entry("đề án", new String[] {"schemes", "schemes"}),
            Map.entry("dự án", new String[] {"projects", "projects"}),
            Map.entry("văn bản", new String[] {"documents", "documents"}),
            Map.entry("luật", new String[] {"laws", "laws"}),
            Map.entry("nghị định", new String[] {"decrees", "decrees"}),
            Map.entry("nghị quyết", new String[] {"resolutions", "resolutions"}),
            Map.entry("thông tư", new String[] {"circulars", "circulars"}),
            Map.entry("quyết định", new String[] {"decisions", "decisions"}),
            Map.entry("chỉ thị", new String[] {"directives", "directives"}),
            Map.entry("hội thi", new String[] {"contests", "contests"}),
            Map.entry("hội thảo", new String[] {"workshops", "workshops"}),
            Map.entry("tọa đàm", new String[] {"discussions", "discussions"}),
            Map.entry("diễn đàn", new String[] {"forums", "forums"}),
            Map.entry("chuyến", new String[] {"trips", "trips"}));

    /** People: the number counts persons, in core's unit {@code người}. */
    private static final Set<String> PEOPLE = Set.of("người", "cán bộ", "hội viên", "đại biểu", "phụ nữ", "nữ",
            "nam", "em", "học sinh", "giáo viên", "lao động", "học viên", "ứng cử viên", "công chức", "viên chức",
            "thành viên", "cộng tác viên", "tuyên truyền viên", "báo cáo viên", "giảng viên", "tình nguyện viên",
            "nạn nhân", "trẻ em", "trẻ", "cháu", "người dân", "nông dân", "sinh viên", "chiến sỹ", "chiến sĩ",
            "đoàn viên", "đảng viên", "bệnh nhân", "thanh niên", "chị", "chị em", "bà mẹ", "người lao động",
            "thí sinh", "bé trai", "bé gái", "nữ sinh", "nam sinh", "nữ giới", "nam giới", "công nhân", "nhân viên",
            "hòa giải viên", "ủy viên", "cấp ủy viên", "ngư dân", "thai phụ", "sản phụ", "bác sĩ", "y bác sĩ",
            "đối tượng", "doanh nhân", "cử tri", "ứng viên");

    /** Other spellings of the count units' symbols. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("cuốn sách", "cuốn"),
            Map.entry("quyển", "cuốn"), Map.entry("clb", "câu lạc bộ"), Map.entry("lượt", "lượt người"),
            Map.entry("panô", "pa nô"), Map.entry("băng zôn", "băng rôn"), Map.entry("băng-rôn", "băng rôn"),
            Map.entry("htx", "hợp tác xã"), Map.entry("toạ đàm", "tọa đàm"));

    /** Every noun, longest first, so that "lượt người" is tried before "lượt" and "người dân" before "người". */
    static final List<Noun> NOUNS;

    /** The count units of this module by symbol, for tests and the evaluation. */
    static final Map<String, Unit> COUNT_UNITS_BY_SYMBOL;

    static {
        Map<String, Unit> units = new java.util.HashMap<>();
        COUNT_UNITS.forEach((symbol, codeAndName) -> units.put(symbol,
                Unit.ofCount(codeAndName[0], BilingualText.of(symbol, codeAndName[1]), symbol)));
        COUNT_UNITS_BY_SYMBOL = Map.copyOf(units);
        List<Noun> nouns = new ArrayList<>();
        units.forEach((symbol, unit) -> {
            if (!symbol.equals("lượt người") && !symbol.equals("lượt hộ")) {
                nouns.add(new Noun(symbol, unit, false));
            }
        });
        SPELLINGS.forEach((spelling, symbol) -> {
            if (!spelling.equals(symbol)) {
                nouns.add(new Noun(spelling, units.get(symbol), symbol.equals("lượt người")));
            }
        });
        nouns.add(new Noun("lượt người", units.get("lượt người"), true));
        nouns.add(new Noun("lượt hộ", units.get("lượt hộ"), false));
        for (String person : PEOPLE) {
            nouns.add(new Noun(person, Unit.PERSONS, true));
        }
        nouns.sort(Comparator.comparingInt((Noun n) -> n.word().length()).reversed().thenComparing(Noun::word));
        NOUNS = List.copyOf(nouns);
    }

    /** Words that multiply the number before them when no "đồng" follows: "gần 1 nghìn cán bộ". */
    static final Map<String, Integer> MULTIPLIERS = Map.of("nghìn", 3, "ngàn", 3, "triệu", 6, "tỷ", 9, "tỉ", 9);

    /** Money after a number: read by core's Unit.findBySymbol. Longest first. */
    static final List<String> MONEY = List.of("nghìn đồng", "ngàn đồng", "triệu đồng", "tỷ đồng", "tỉ đồng", "đồng",
            "vnđ", "vnd");

    /**
     * Qualifiers before a number, longest first; each read by core's Qualifier.parse, the one home of
     * their meaning.
     */
    static final List<String> QUALIFIERS_BEFORE = List.of("không nhiều hơn", "không vượt quá", "không thấp hơn",
            "không ít hơn", "không cao hơn", "khoảng chừng", "không dưới", "không quá", "tối thiểu", "ít nhất",
            "xấp xỉ", "tối đa", "khoảng", "chừng", "dưới", "trên", "gần", "hơn", "ngót");

    /** Qualifiers after a number and its unit: "15% trở lên". */
    static final List<String> QUALIFIERS_AFTER = List.of("trở lên", "trở xuống");

    /** Words before a number that make it a change. */
    static final List<String> CHANGES = List.of("tăng thêm", "tăng lên", "giảm đi", "giảm xuống", "tăng", "giảm");

    /** Words before a number, in its sentence, that make it a target. */
    static final List<String> TARGETS = List.of("phấn đấu", "chỉ tiêu", "mục tiêu", "đề ra", "kế hoạch đạt",
            "dự kiến");

    /** Nouns whose count is a plan's content ("đề ra 4 mục tiêu và 16 chỉ tiêu"): a result, never a target. */
    static final Set<String> PLAN_CONTENTS = Set.of("mục tiêu", "chỉ tiêu");

    /**
     * The word right before a number that makes it no figure: a date (ngày, tháng), a legislature
     * (khóa), a document (số, điều, khoản), an address or a named unit (phường 4, tổ 5).
     */
    static final Set<String> NOT_BEFORE = Set.of("ngày", "tháng", "khóa", "khoá", "điều", "khoản", "chương",
            "thứ", "lần", "quận", "phường", "tổ", "khu", "đội", "km", "lộ", "tầng", "phòng", "hotline", "tel",
            "fax", "đt", "sđt", "thoại", "covid", "mục", "kỳ", "quý", "lúc");

    /** A word before "số" that makes the number after it a document's: "Quyết định số 12". */
    static final Set<String> DOCUMENTS = Set.of("định", "tư", "quyết", "văn", "thị", "luật", "hoạch", "báo", "hiệu");

    /** The word right after a number that makes it a duration, a date or a time, no figure. */
    static final Set<String> NOT_AFTER = Set.of("tháng", "năm", "giờ", "phút", "tuổi", "pm", "am", "h");

    /** Page furniture: a short line with one of these words holds no figure of the report. */
    static final List<String> FURNITURE = List.of("truy cập", "online", "hôm nay", "bình chọn", "tất cả",
            "trong năm:", "lượt xem", "đăng nhập", "lượt truy cập", "tổng:", "thống kê");

    /** Words that end the phrase a number counts. */
    static final Set<String> STOPS = Set.of("với", "tại", "cho", "trong", "để", "nhằm", "được", "đã", "đang", "sẽ",
            "tham", "là", "chiếm", "đạt", "tăng", "giảm", "so", "trên", "gồm", "trị", "thuộc", "từ", "đến", "ở",
            "của", "do", "không", "nên", "vì", "khi", "thu", "về", "và", "hoặc", "như", "theo", "tổ", "trở");

    /** Words a subject drops at its end ("… cấp tỉnh chiếm 38,89%") or its start ("có 384 …"). */
    static final Set<String> LINKS = Set.of("chiếm", "là", "đạt", "có", "được", "với", "gồm", "cấp", "tỉnh", "huyện",
            "xã", "phường", "thành", "phố", "và", "tăng", "giảm", "khoảng", "gần", "hơn", "trên", "dưới", "ước",
            "số", "lượng", "tổng", "trong", "đó", "từ");

    /** Bodies of an elected term, by the words a sentence names them with. */
    static final Map<String, String> TERM_BODIES = Map.of("hội đồng nhân dân", "HĐND", "hđnd", "HĐND",
            "quốc hội", "Quốc hội", "cấp ủy", "cấp ủy", "cấp uỷ", "cấp ủy", "tỉnh ủy", "cấp ủy", "huyện ủy", "cấp ủy",
            "đảng bộ", "cấp ủy", "ban chấp hành", "cấp ủy");

    /** Words that make an indicator's name; the rest ("tỷ lệ", "các", "cấp") match anything. */
    static final Set<String> NAME_STOPS = Set.of("ty", "le", "so", "cac", "cap", "cua", "va", "duoc", "co", "la",
            "trong", "tren", "ve", "the", "cho", "voi", "tai", "nhung", "mot", "nguoi", "tong");

    private Lexicon() {
    }
}
