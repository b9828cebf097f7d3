package io.github.binhdang.indicators;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.LegalBasis;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The National Strategy on Gender Equality 2021–2030 (Chiến lược quốc gia về bình đẳng giới giai
 * đoạn 2021-2030), adopted by Resolution 28/NQ-CP of the Government (Chính phủ), 3 March 2021, in force
 * on signing; code {@value #CODE}.
 *
 * <h2>What is here, and what is not</h2>
 * The Resolution sets 6 objectives and 20 targets (dantri.com.vn, 4 March 2021 and 20 October 2022;
 * vietnamtimes.org.vn; the Hà Tĩnh Department of Culture, Sports and Tourism on MOLISA's training of
 * 22–23 April 2021). Its full text was not read; the targets below are those whose wording or values a
 * source quotes (shared/reference strategy-2021-2030.md and its additions). All 6 objectives are here,
 * with 16 of the 20 targets as 17 {@link Target}s and 31 milestones:
 * <table>
 *   <caption>Targets per objective</caption>
 *   <tr><th>objective</th><th>targets</th><th>{@link Target}s</th></tr>
 *   <tr><td>1 politics</td><td>1.1</td><td>1</td></tr>
 *   <tr><td>2 economy, labour</td><td>2.1, 2.2, 2.3</td><td>3</td></tr>
 *   <tr><td>3 family life, GBV</td><td>3.1, 3.2 (as 3.2a and 3.2b), 3.3, 3.4; the source says objective 3
 *       has 4</td><td>5</td></tr>
 *   <tr><td>4 health</td><td>4.a sex ratio at birth, 4.b maternal mortality, 4.c pilot health care for gay,
 *       bisexual and transgender people</td><td>3</td></tr>
 *   <tr><td>5 education</td><td>5.a ethnic-minority primary completion, 5.b gender content in curricula
 *       (yes/no), 5.c women among master's holders, 5.d women among doctorate holders</td><td>4</td></tr>
 *   <tr><td>6 information</td><td>6.1</td><td>1</td></tr>
 * </table>
 * <ul>
 *   <li>9 with their Vietnamese text as published, quoted by a source: 1.1, 2.1, 2.2, 2.3, 3.1, 3.2,
 *       3.3, 3.4, 6.1;</li>
 *   <li>7 whose values are confirmed but whose Vietnamese wording (as the Resolution has it) and number
 *       within the objective are not: 4.a, 4.b, 4.c, 5.a, 5.b, 5.c, 5.d. Their Vietnamese text is a
 *       paraphrase a source gives, or this catalogue's ({@link #isVerbatim(String)} is false). 5.c and 5.d
 *       may be one target with two measures; if so, 15 of the 20 are here.</li>
 * </ul>
 * Left out, because no source identifies them: 4 (or 5) of the 20 targets, which must belong to
 * objectives 4, 5 and 6 (possibly a target 6.2). docs/sources/strategy-facts.md lists them and what was
 * searched.
 *
 * <h2>Codes</h2>
 * A target's code is its objective's number, a dot and its number as the Resolution writes it
 * ("Chỉ tiêu 2" of objective 3 is {@code 3.2}); objective 1's single target, written "Chỉ tiêu"
 * without a number, is {@code 1.1}. A target with two measures becomes two targets with a letter after
 * its number: {@code 3.2a} (victims) and {@code 3.2b} (perpetrators), each holding its half of the
 * sentence, split at its semicolon. A letter after the dot ({@code 4.a}) marks a target whose number
 * within its objective is unconfirmed.
 *
 * <h2>Comparisons</h2>
 * "đạt" (reach), "có" (have) and "ít nhất" (at least) are {@link Comparison#AT_LEAST}: a share to be
 * reached is a floor; a value given with no word of its own in the same sentence takes the word before
 * it. "dưới" is {@link Comparison#BELOW}, "khoảng" {@link Comparison#ABOUT}, "giảm … còn" (reduce to)
 * {@link Comparison#AT_MOST}, "không dưới" (no less than) {@link Comparison#AT_LEAST}; "từ năm 2025
 * trở đi" (from 2025 onward) is {@link Milestone#fromYearOnward}. The target with no number (5.b, gender
 * content in curricula) is a yes/no milestone, {@link Milestone#metFromYearOnward(int)}. Counted over the
 * 31 milestones: 20 {@link Comparison#AT_LEAST}, 4 {@link Comparison#ABOUT}, 3 {@link Comparison#BELOW},
 * 3 {@link Comparison#AT_MOST}, 1 yes/no ({@link Comparison#EQUAL} 1); 3 hold from 2025 onward (3.3,
 * 5.b, 5.c).
 *
 * <h2>Sources of the objectives and targets</h2>
 * <ul>
 *   <li>Objective headings 1–3, targets 1.1, 2.1–2.3: ttbd.gov.vn (23 July 2021),
 *       http://ttbd.gov.vn/Home/Default.aspx?portalid=52&amp;tabid=108&amp;catid=515&amp;distid=4920 ;
 *       thitruonghanghoa.com (8 March 2021); evn.com.vn; thuvienphapluat.vn (summary of 28/NQ-CP).</li>
 *   <li>Targets 3.1–3.4: giadinhmoi.vn,
 *       https://giadinhmoi.vn/amp/chien-luoc-quoc-gia-ve-binh-dang-gioi-moi-giam-thoi-gian-lam-noi-tro-cho-phu-nu-d55123.html
 *       (objective 3 has "04 chỉ tiêu"); the Hà Tĩnh page above for 3.1 and 3.2.</li>
 *   <li>Objectives 4 and 5: only the names of their domains, "y tế" and "giáo dục, đào tạo", as the
 *       Hà Tĩnh page lists the six domains; their exact headings were not read.</li>
 *   <li>Targets 4.c, 5.b, 5.c, 5.d: plo.vn (March 2021) and Quốc hội TV (May 2024), as cited on each
 *       constant.</li>
 *   <li>Targets 4.a, 4.b, 5.a: the Government portal (news.gov.vn, 6 March 2021, "Govt Renews
 *       National Strategy on Gender Equality"), Việt Nam News (8 March 2021), SGGP, vnexpress.net
 *       (26 October 2021) and dantri.com.vn (4 March 2021), as cited on each constant.</li>
 *   <li>Objective 6 heading and target 6.1: section 6.1 of the guide attached to MOLISA's Official
 *       Letter 2792/LĐTBXH-BĐG of 20 August 2021 (a third-party copy on 123docz.net).</li>
 * </ul>
 * The English texts are this catalogue's own translations.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Strategy2021To2030 {

    /** The strategy's code, {@code VN-NSGE-2021-2030}. */
    public static final String CODE = "VN-NSGE-2021-2030";

    /** Resolution 28/NQ-CP of the Government (Chính phủ), 3 March 2021. */
    public static final LegalBasis LEGAL_BASIS = new LegalBasis("28/NQ-CP",
            BilingualText.of("Chính phủ", "Government"), LocalDate.of(2021, 3, 3));

    /**
     * Target 1.1: by 2025 at least 60 %, by 2030 at least 75 % of state management agencies and local
     * governments at all levels have a woman among their key leaders ("đạt" each year). Measured by
     * {@link GenderIndicators#KEY_LEADERS_FEMALE}, as is 2011–2020 target 1.c.
     *
     * <p><b>Its denominator changed during the strategy</b>: state management agencies and local
     * governments "at all levels" counted 63 provinces with their districts and communes until 30 June
     * 2025, and count 34 provinces and 3,321 communes, with no district level, from 1 July 2025
     * (provinces-2025.md, communes-2025.md; strategy-2021-2030-additions.md §D). Values before and after
     * 1 July 2025 count different bodies: each value carries its numerator and denominator, and a series
     * across the date must say so.
     */
    public static final Target TARGET_1_1 = target("1.1",
            "Đến năm 2025 đạt 60% và đến năm 2030 đạt 75% các cơ quan quản lý nhà nước, chính quyền địa phương"
                    + " các cấp có lãnh đạo chủ chốt là nữ.",
            "By 2025, 60% of state management agencies and local governments at all levels, and by 2030, 75%,"
                    + " have a woman among their key leaders.",
            GenderIndicators.KEY_LEADERS_FEMALE,
            by(2025, Comparison.AT_LEAST, "60"), by(2030, Comparison.AT_LEAST, "75"));

    /**
     * Target 2.1: women workers in wage employment at least 50 % in 2025 ("lên đạt") and about 60 % in
     * 2030 ("khoảng"). Measured by {@link GenderIndicators#WAGE_EMPLOYMENT_FEMALE}.
     */
    public static final Target TARGET_2_1 = target("2.1",
            "Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 50% vào năm 2025 và khoảng 60% vào năm 2030.",
            "Raise the share of women workers in wage employment to 50% in 2025 and to about 60% in 2030.",
            GenderIndicators.WAGE_EMPLOYMENT_FEMALE,
            by(2025, Comparison.AT_LEAST, "50"), by(2030, Comparison.ABOUT, "60"));

    /**
     * Target 2.2: employed women working in agriculture below 30 % of all employed women in 2025 and
     * below 25 % in 2030 ("dưới"). Measured by {@link GenderIndicators#AGRICULTURE_SHARE_FEMALE}.
     */
    public static final Target TARGET_2_2 = target("2.2",
            "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm"
                    + " xuống dưới 30% vào năm 2025 và dưới 25% vào năm 2030.",
            "Bring the share of employed women who work in agriculture, out of all employed women, below 30% in"
                    + " 2025 and below 25% in 2030.",
            GenderIndicators.AGRICULTURE_SHARE_FEMALE,
            by(2025, Comparison.BELOW, "30"), by(2030, Comparison.BELOW, "25"));

    /**
     * Target 2.3: women at least 27 % of directors or owners of enterprises and cooperatives in 2025,
     * and (the same "ít nhất" carried over) 30 % in 2030. Measured by
     * {@link GenderIndicators#ENTERPRISE_LEADERS_FEMALE}.
     */
    public static final Target TARGET_2_3 = target("2.3",
            "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030.",
            "Women are at least 27% of the directors or owners of enterprises and cooperatives in 2025, and 30%"
                    + " in 2030.",
            GenderIndicators.ENTERPRISE_LEADERS_FEMALE,
            by(2025, Comparison.AT_LEAST, "27"), by(2030, Comparison.AT_LEAST, "30"));

    /**
     * Target 3.1: women's average hours of unpaid domestic and care work reduced to 1.7 times men's by
     * 2025 and 1.4 times by 2030 ("giảm … còn"). Measured by {@link GenderIndicators#UNPAID_CARE_RATIO}.
     */
    public static final Target TARGET_3_1 = target("3.1",
            "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ"
                    + " nữ còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030 so với nam giới.",
            "Cut the average hours women spend on unpaid housework and family care to 1.7 times men's by 2025"
                    + " and to 1.4 times men's by 2030.",
            GenderIndicators.UNPAID_CARE_RATIO,
            by(2025, Comparison.AT_MOST, "1.7", GenderIndicators.UNPAID_CARE_RATIO),
            by(2030, Comparison.AT_MOST, "1.4", GenderIndicators.UNPAID_CARE_RATIO));

    /**
     * Target 3.2a, the first half of "Chỉ tiêu 2" of objective 3: at least 80 % (2025) and 90 % (2030)
     * of detected victims of domestic or gender-based violence get at least one basic support service.
     * Measured by {@link GenderIndicators#GBV_VICTIMS_SUPPORTED}.
     */
    public static final Target TARGET_3_2A = target("3.2a",
            "Đến năm 2025 đạt 80% và đến 2030 đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được"
                    + " phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
            "By 2025, 80% of detected victims of domestic or gender-based violence, and by 2030, 90%, get at"
                    + " least one basic support service.",
            GenderIndicators.GBV_VICTIMS_SUPPORTED,
            by(2025, Comparison.AT_LEAST, "80"), by(2030, Comparison.AT_LEAST, "90"));

    /**
     * Target 3.2b, the second half of "Chỉ tiêu 2" of objective 3: at least 50 % (2025) and 70 %
     * (2030) of detected perpetrators not yet criminally liable receive counselling. Measured by
     * {@link GenderIndicators#GBV_PERPETRATORS_COUNSELLED}.
     */
    public static final Target TARGET_3_2B = target("3.2b",
            "đến năm 2025 đạt 50% và đến năm 2030 đạt 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới"
                    + " được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
            "By 2025, 50% of detected perpetrators of domestic or gender-based violence whose acts fall short of"
                    + " criminal liability, and by 2030, 70%, receive counselling.",
            GenderIndicators.GBV_PERPETRATORS_COUNSELLED,
            by(2025, Comparison.AT_LEAST, "50"), by(2030, Comparison.AT_LEAST, "70"));

    /**
     * Target 3.3: from 2025 onward, 100 % of detected returned trafficking victims in need of support
     * receive support and reintegration services; one milestone, {@link Milestone#fromYearOnward}, and
     * no separate 2030 value. Measured by {@link GenderIndicators#TRAFFICKING_VICTIMS_SUPPORTED}.
     */
    public static final Target TARGET_3_3 = target("3.3",
            "Từ năm 2025 trở đi, 100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng"
                    + " các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
            "From 2025 onward, every detected returned victim of trafficking who needs support receives support"
                    + " and community-reintegration services.",
            GenderIndicators.TRAFFICKING_VICTIMS_SUPPORTED,
            Milestone.fromYearOnward(2025, Comparison.AT_LEAST, new BigDecimal("100"), Unit.PERCENT));

    /**
     * Target 3.4: at least 70 % (2025) and 100 % (2030) of public social-assistance facilities run
     * activities against gender-based violence ("có"). Measured by
     * {@link GenderIndicators#SOCIAL_ASSISTANCE_GBV}.
     */
    public static final Target TARGET_3_4 = target("3.4",
            "Đến năm 2025 có 70% và năm 2030 có 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ"
                    + " giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
            "By 2025, 70% of public social-assistance facilities, and by 2030 all of them, run activities to"
                    + " assist, prevent and respond to gender-based violence.",
            GenderIndicators.SOCIAL_ASSISTANCE_GBV,
            by(2025, Comparison.AT_LEAST, "70"), by(2030, Comparison.AT_LEAST, "100"));

    /**
     * Target 4.a, sex ratio at birth: about 111 boys per 100 girls born alive in 2025 and about 109 in
     * 2030. Measured by {@link GenderIndicators#SEX_RATIO_AT_BIRTH}.
     *
     * <p>PARTIAL. The values are confirmed by vnexpress.net (26 October 2021: "chỉ tiêu chiến lược quốc
     * gia về bình đẳng giới 111 bé trai/100 bé gái vào năm 2025 và 109 bé trai/100 bé gái sinh ra sống
     * vào năm 2030"), the Government portal, Việt Nam News and SGGP. Missing: the Resolution's own
     * wording, the word that qualifies the values, and the target's number in objective 4. The
     * comparison {@link Comparison#ABOUT} is the Government portal's ("about 111 boys per 100 girls");
     * the other sources give the values with no qualifying word, and plo.vn (March 2021) writes "ở mức"
     * (at the level of) 111 and 109, a journalist's word. The Resolution's own word is not confirmed: it
     * may be "about" or "at most" (the reference's guess "không vượt quá" was never read), so the
     * comparison is the one a source says, ABOUT. No source gives a tolerance for "about", so the
     * milestones carry none of their own and are judged by the default, half a unit of the last written
     * digit ({@code Milestone.tolerance()}): 110.5 to 111.5 in 2025 and 108.5 to 109.5 in 2030; a ratio of
     * 115, or the national 111.8 of 2023, is not about 111. The Vietnamese text is this catalogue's, built on
     * vnexpress's words.
     */
    public static final Target TARGET_4_A = target("4.a",
            "Tỷ số giới tính khi sinh khoảng 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 bé trai/100"
                    + " bé gái sinh ra sống vào năm 2030.",
            "A sex ratio at birth of about 111 boys per 100 girls born alive in 2025, and 109 in 2030.",
            GenderIndicators.SEX_RATIO_AT_BIRTH,
            by(2025, Comparison.ABOUT, "111", GenderIndicators.SEX_RATIO_AT_BIRTH),
            by(2030, Comparison.ABOUT, "109", GenderIndicators.SEX_RATIO_AT_BIRTH));

    /**
     * Target 4.b, maternal mortality: brought down to 42 per 100,000 live births by 2025 (read as
     * {@link Comparison#AT_MOST}, "reduce to") and below 42 by 2030. Measured by
     * {@link GenderIndicators#MATERNAL_MORTALITY}.
     *
     * <p>PARTIAL. The values and their words come from English reports: the Government portal
     * (news.gov.vn, 6 March 2021: "brought down to 42 per 100,000 live births by 2025 and below 42 per
     * 100,000 live births by 2030"), Việt Nam News and SGGP. Missing: the Vietnamese wording and the
     * target's number in objective 4. The Vietnamese text is this catalogue's translation.
     */
    public static final Target TARGET_4_B = target("4.b",
            "Giảm tỷ số tử vong mẹ xuống 42/100.000 trẻ đẻ sống vào năm 2025 và dưới 42/100.000 trẻ đẻ sống vào"
                    + " năm 2030.",
            "Bring maternal mortality down to 42 per 100,000 live births by 2025 and below 42 per 100,000 live"
                    + " births by 2030.",
            GenderIndicators.MATERNAL_MORTALITY,
            by(2025, Comparison.AT_MOST, "42", GenderIndicators.MATERNAL_MORTALITY),
            by(2030, Comparison.BELOW, "42", GenderIndicators.MATERNAL_MORTALITY));

    /**
     * Target 4.c: the share of provinces and centrally-run cities with at least one facility that
     * pilots health-care services for gay, bisexual and transgender people reaches 40 % by 2025 and 70 %
     * by 2030 ("phải đạt", read as {@link Comparison#AT_LEAST}). Measured by
     * {@link GenderIndicators#LGBT_HEALTH_PILOT_PROVINCES}.
     *
     * <p>PARTIAL. The wording is that of the Government's 2023 report as Quốc hội TV gives it ("chỉ tiêu
     * tỷ lệ tỉnh, thành phố trực thuộc Trung ương có ít nhất 1 cơ sở cung cấp thí điểm dịch vụ chăm sóc
     * sức khỏe cho người đồng tính, song tính và người chuyển giới phải đạt 40% vào năm 2025, 70% vào năm
     * 2030", baomoi, 23 May 2024,
     * https://baomoi.com/xoa-khoang-cach-ve-gioi-doi-voi-nguoi-dong-tinh-song-tinh-va-chuyen-gioi-c49181370.epi);
     * plo.vn (March 2021) gives the same values. Missing: the Resolution's own wording and the target's
     * number in objective 4.
     *
     * <p><b>Its denominator changed during the strategy</b>: provinces and centrally-run cities were 63
     * until 30 June 2025 and are 34 from 1 July 2025. 40 % of 63 is 25.2, so 26 provinces; 40 % of 34 is
     * 13.6, so 14. A value carries its numerator and denominator, and a series across 1 July 2025 must
     * say that the count of provinces changed.
     */
    public static final Target TARGET_4_C = target("4.c",
            "Tỷ lệ tỉnh, thành phố trực thuộc Trung ương có ít nhất 1 cơ sở cung cấp thí điểm dịch vụ chăm sóc sức"
                    + " khỏe cho người đồng tính, song tính và người chuyển giới đạt 40% vào năm 2025, 70% vào năm"
                    + " 2030.",
            "The share of provinces and centrally-run cities with at least one facility piloting health care for"
                    + " gay, bisexual and transgender people reaches 40% by 2025 and 70% by 2030.",
            GenderIndicators.LGBT_HEALTH_PILOT_PROVINCES,
            by(2025, Comparison.AT_LEAST, "40"), by(2030, Comparison.AT_LEAST, "70"));

    /**
     * Target 5.a, ethnic-minority boys and girls completing primary education: at least 90 % in 2025
     * and about 99 % in 2030. Measured by {@link GenderIndicators#ETHNIC_MINORITY_PRIMARY_COMPLETION}.
     *
     * <p>PARTIAL. The values come from dantri.com.vn (4 March 2021, a Vietnamese paraphrase: "trên
     * 90%" in 2025, "khoảng 99%" in 2030) and the Government portal ("to 90% by 2025 and around 99%
     * by 2030"). The two disagree on 2025: "above 90 %" against "reach 90 %"; {@link Comparison#AT_LEAST}
     * is the reading both support. Missing: the Vietnamese wording, the age cohort, and the target's
     * number in objective 5. The Vietnamese text is this catalogue's.
     */
    public static final Target TARGET_5_A = target("5.a",
            "Tỷ lệ trẻ em trai và trẻ em gái người dân tộc thiểu số hoàn thành giáo dục tiểu học đạt ít nhất 90%"
                    + " vào năm 2025 và khoảng 99% vào năm 2030.",
            "At least 90% of ethnic-minority boys and girls complete primary education in 2025, and about 99% in"
                    + " 2030.",
            GenderIndicators.ETHNIC_MINORITY_PRIMARY_COMPLETION,
            by(2025, Comparison.AT_LEAST, "90"), by(2030, Comparison.ABOUT, "99"));

    /**
     * Target 5.b: from 2025 onward, gender and gender-equality content is part of the curricula of the
     * national education system and is formally taught in teacher-training schools. A yes/no target, met
     * or not met: {@link Milestone#metFromYearOnward(int)}, measured by
     * {@link GenderIndicators#CURRICULA_GENDER_CONTENT} (1 yes, 0 no).
     *
     * <p>PARTIAL. Vietnamese paraphrase from plo.vn (March 2021,
     * https://plo.vn/thi-diem-dich-vu-cham-soc-suc-khoe-cho-nguoi-dong-tinh-post616303.html): "từ năm
     * 2025 trở đi nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo
     * dục quốc dân và được giảng dạy chính thức ở các trường sư phạm"; dantri.com.vn (4 March 2021) and
     * the Government portal say the same. Missing: the Resolution's own wording and the target's number in
     * objective 5.
     */
    public static final Target TARGET_5_B = target("5.b",
            "Từ năm 2025 trở đi nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống"
                    + " giáo dục quốc dân và được giảng dạy chính thức ở các trường sư phạm.",
            "From 2025 onward, gender and gender-equality content is part of the curricula of the national"
                    + " education system and is formally taught in teacher-training schools.",
            GenderIndicators.CURRICULA_GENDER_CONTENT,
            Milestone.metFromYearOnward(2025));

    /**
     * Target 5.c: from 2025 onward, women make up no less than 50 % of all holders of a master's degree
     * ("không dưới", {@link Comparison#AT_LEAST}; one milestone, no separate 2030 value). Measured by
     * {@link GenderIndicators#MASTERS_FEMALE}.
     *
     * <p>PARTIAL. plo.vn (March 2021): "tỉ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt
     * không dưới 50% từ năm 2025 trở đi". Missing: the Resolution's wording, and whether this and 5.d are
     * one target with two measures (as 3.2 is) or two targets.
     */
    public static final Target TARGET_5_C = target("5.c",
            "Tỉ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50% từ năm 2025 trở đi.",
            "From 2025 onward, women are no less than 50% of all holders of a master's degree.",
            GenderIndicators.MASTERS_FEMALE,
            Milestone.fromYearOnward(2025, Comparison.AT_LEAST, new BigDecimal("50"), Unit.PERCENT));

    /**
     * Target 5.d: women make up 30 % of all doctorate holders by 2025 and 35 % by 2030 ("đạt",
     * {@link Comparison#AT_LEAST}). Measured by {@link GenderIndicators#DOCTORATES_FEMALE}.
     *
     * <p>PARTIAL. plo.vn (March 2021): "Tỉ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%
     * vào năm 2025 và 35% vào năm 2030". Missing as for 5.c.
     */
    public static final Target TARGET_5_D = target("5.d",
            "Tỉ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30% vào năm 2025 và 35% vào năm 2030.",
            "Women are 30% of all doctorate holders by 2025 and 35% by 2030.",
            GenderIndicators.DOCTORATES_FEMALE,
            by(2025, Comparison.AT_LEAST, "30"), by(2030, Comparison.AT_LEAST, "35"));

    /**
     * Target 6.1: aim for 60 % of the population in 2025 and 80 % in 2030 to have access to basic
     * knowledge about gender equality ("phấn đấu đạt"). Measured by
     * {@link GenderIndicators#GENDER_EQUALITY_KNOWLEDGE}. Text as MOLISA's guide 2792/LĐTBXH-BĐG restates
     * it.
     */
    public static final Target TARGET_6_1 = target("6.1",
            "Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 dân số được tiếp cận kiến thức cơ bản về bình"
                    + " đẳng giới.",
            "Aim for 60% of the population in 2025, and 80% in 2030, to have access to basic knowledge about"
                    + " gender equality.",
            GenderIndicators.GENDER_EQUALITY_KNOWLEDGE,
            by(2025, Comparison.AT_LEAST, "60"), by(2030, Comparison.AT_LEAST, "80"));

    /** Objective 1, politics ("Trong lĩnh vực chính trị"): target 1.1. */
    public static final Objective OBJECTIVE_1 = Objective.of(1, Domain.POLITICS,
            BilingualText.of("Trong lĩnh vực chính trị", "In politics"), TARGET_1_1);

    /** Objective 2, economy and labour ("Trong lĩnh vực kinh tế, lao động"): targets 2.1, 2.2, 2.3. */
    public static final Objective OBJECTIVE_2 = Objective.of(2, Domain.ECONOMY_LABOUR,
            BilingualText.of("Trong lĩnh vực kinh tế, lao động", "In the economy and labour"),
            TARGET_2_1, TARGET_2_2, TARGET_2_3);

    /**
     * Objective 3, family life and gender-based violence: targets 3.1, 3.2a, 3.2b, 3.3, 3.4 (its four
     * chỉ tiêu, the second split in two).
     */
    public static final Objective OBJECTIVE_3 = Objective.of(3, Domain.FAMILY_GBV,
            BilingualText.of("Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                    "In family life, and in preventing and responding to gender-based violence"),
            TARGET_3_1, TARGET_3_2A, TARGET_3_2B, TARGET_3_3, TARGET_3_4);

    /**
     * Objective 4, health: targets 4.a, 4.b and 4.c. Its title is the name of its domain ("y tế") as
     * sources list it; the exact heading was not read.
     */
    public static final Objective OBJECTIVE_4 = Objective.of(4, Domain.HEALTH,
            BilingualText.of("Y tế", "Health"), TARGET_4_A, TARGET_4_B, TARGET_4_C);

    /**
     * Objective 5, education and training: targets 5.a, 5.b, 5.c and 5.d. Its title is the name of its domain ("giáo
     * dục, đào tạo") as sources list it; the exact heading was not read.
     */
    public static final Objective OBJECTIVE_5 = Objective.of(5, Domain.EDUCATION,
            BilingualText.of("Giáo dục, đào tạo", "Education and training"), TARGET_5_A, TARGET_5_B, TARGET_5_C,
            TARGET_5_D);

    /** Objective 6, information and communication ("Trong lĩnh vực thông tin, truyền thông"): target 6.1. */
    public static final Objective OBJECTIVE_6 = Objective.of(6, Domain.INFORMATION_COMMUNICATION,
            BilingualText.of("Trong lĩnh vực thông tin, truyền thông", "In information and communication"),
            TARGET_6_1);

    /** The strategy: 6 objectives, 17 targets, span 2021–2030, adopted by {@link #LEGAL_BASIS}. */
    public static final Strategy STRATEGY = Strategy.builder(CODE,
                    BilingualText.of("Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
                            "National Strategy on Gender Equality 2021–2030"),
                    SpanPeriod.ofClosed(2021, 2030))
            .legalBasis(LEGAL_BASIS)
            .objective(OBJECTIVE_1)
            .objective(OBJECTIVE_2)
            .objective(OBJECTIVE_3)
            .objective(OBJECTIVE_4)
            .objective(OBJECTIVE_5)
            .objective(OBJECTIVE_6)
            .build();

    private static final Set<String> NOT_VERBATIM = Set.of("4.a", "4.b", "4.c", "5.a", "5.b", "5.c", "5.d");

    private Strategy2021To2030() {
    }

    /**
     * Tells whether a target's Vietnamese text is the Resolution's wording as a source quotes it
     * (true), or a paraphrase or this catalogue's own Vietnamese for a target whose wording no source
     * quotes (false: 4.a, 4.b, 4.c, 5.a, 5.b, 5.c, 5.d).
     *
     * @param targetCode  the code of a target of this strategy, such as {@code "2.3"}
     * @return true if the Vietnamese text is the published wording
     * @throws InvalidValueException if this strategy has no target of that code
     */
    public static boolean isVerbatim(String targetCode) {
        Objects.requireNonNull(targetCode, "targetCode");
        if (STRATEGY.target(targetCode).isEmpty()) {
            throw new InvalidValueException("Strategy2021To2030.targetCode", "'" + targetCode + "'",
                    "is not a target of strategy " + CODE);
        }
        return !NOT_VERBATIM.contains(targetCode);
    }

    // A milestone in per cent, the unit of most targets.
    private static Milestone by(int year, Comparison comparison, String percent) {
        return Milestone.of(year, comparison, new BigDecimal(percent), Unit.PERCENT);
    }

    private static Milestone by(int year, Comparison comparison, String value, Indicator indicator) {
        return Milestone.of(year, comparison, new BigDecimal(value), indicator.unit());
    }

    private static Target target(String code, String vi, String en, Indicator indicator, Milestone... milestones) {
        Target.Builder builder = Target.builder(code, BilingualText.of(vi, en), indicator);
        for (Milestone milestone : milestones) {
            builder.milestone(milestone);
        }
        return builder.build();
    }
}
