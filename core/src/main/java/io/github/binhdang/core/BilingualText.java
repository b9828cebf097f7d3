package io.github.binhdang.core;

import io.github.binhdang.core.internal.Checks;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text in Vietnamese with its English counterpart: a title, a name, a definition.
 *
 * <p>Both texts are stored in Unicode NFC, so "Sơn La" typed with combining marks (NFD) equals
 * the same name typed precomposed. Neither may be blank.
 *
 * @param vi  the Vietnamese text, in NFC, not blank
 * @param en  the English text, in NFC, not blank
 * @implSpec This record is immutable and thread-safe.
 */
public record BilingualText(String vi, String en) {

    /**
     * Checks both texts and normalises them to NFC.
     *
     * @param vi  the Vietnamese text, not blank
     * @param en  the English text, not blank
     * @throws InvalidValueException if either text is blank
     * @throws NullPointerException if either text is null
     */
    public BilingualText {
        String given = vi;
        vi = Checks.requireText("BilingualText.vi", vi);
        // A place name is often the same text in both languages: checked once.
        en = en == given ? vi : Checks.requireText("BilingualText.en", en);
    }

    /**
     * Obtains a text from its Vietnamese and English forms.
     *
     * @param vi  the Vietnamese text, not blank
     * @param en  the English text, not blank
     * @return the bilingual text, not null
     * @throws InvalidValueException if either text is blank
     */
    public static BilingualText of(String vi, String en) {
        return new BilingualText(vi, en);
    }

    /**
     * Obtains a text that reads the same in both languages, such as a place name ("Sơn La").
     *
     * @param text  the text used for both languages, not blank
     * @return the bilingual text, not null
     * @throws InvalidValueException if the text is blank
     */
    public static BilingualText of(String text) {
        return new BilingualText(text, text);
    }

    /**
     * Returns the text for a locale: Vietnamese for the language {@code vi}, English for any other.
     *
     * @param locale  the locale, not null
     * @return the text in that language, not null
     */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    /**
     * Compares both texts with another bilingual text's.
     *
     * <p>Written out rather than left to the record: the record's own method is linked on first use
     * through method handles, which took a third of the CPU of the provinces' start on a cold JVM.
     *
     * @param obj  the object to compare with, may be null
     * @return true if both texts are equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return this == obj || obj instanceof BilingualText other && vi.equals(other.vi) && en.equals(other.en);
    }

    /**
     * Returns a hash code over both texts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * vi.hashCode() + en.hashCode();
    }
}
