/* java.util.Locale - a language and country; the runtime formats and
 * changes case the same for every locale (as Locale.ROOT). */
package java.util;

public final class Locale implements Cloneable, java.io.Serializable {
	public static final Locale ENGLISH = new Locale("en", "");
	public static final Locale FRENCH = new Locale("fr", "");
	public static final Locale GERMAN = new Locale("de", "");
	public static final Locale ITALIAN = new Locale("it", "");
	public static final Locale JAPANESE = new Locale("ja", "");
	public static final Locale KOREAN = new Locale("ko", "");
	public static final Locale CHINESE = new Locale("zh", "");
	public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN");
	public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW");
	public static final Locale FRANCE = new Locale("fr", "FR");
	public static final Locale GERMANY = new Locale("de", "DE");
	public static final Locale ITALY = new Locale("it", "IT");
	public static final Locale JAPAN = new Locale("ja", "JP");
	public static final Locale KOREA = new Locale("ko", "KR");
	public static final Locale UK = new Locale("en", "GB");
	public static final Locale US = new Locale("en", "US");
	public static final Locale CANADA = new Locale("en", "CA");
	public static final Locale CANADA_FRENCH = new Locale("fr", "CA");
	public static final Locale ROOT = new Locale("", "");
	public static final Locale CHINA = SIMPLIFIED_CHINESE;
	public static final Locale PRC = SIMPLIFIED_CHINESE;
	public static final Locale TAIWAN = TRADITIONAL_CHINESE;

	private static Locale defaultLocale = US;

	private final String language, country, variant;

	public Locale(String language, String country, String variant) {
		if (language == null || country == null || variant == null)
			throw new NullPointerException();
		this.language = language.toLowerCase();
		this.country = country.toUpperCase();
		this.variant = variant;
	}

	public Locale(String language, String country) {
		this(language, country, "");
	}

	public Locale(String language) {
		this(language, "", "");
	}

	public static Locale getDefault() {
		return defaultLocale;
	}

	public static void setDefault(Locale newLocale) {
		defaultLocale = Objects.requireNonNull(newLocale);
	}

	public static Locale forLanguageTag(String languageTag) {
		String[] p = languageTag.split("[-_]");
		return new Locale(p[0], p.length > 1 ? p[1] : "");
	}

	public String getLanguage() {
		return language;
	}

	public String getCountry() {
		return country;
	}

	public String getVariant() {
		return variant;
	}

	public String toLanguageTag() {
		if (language.isEmpty())
			return "und";
		return country.isEmpty() ? language : language + "-" + country;
	}

	public String toString() {
		StringBuilder sb = new StringBuilder(language);
		if (!country.isEmpty() || !variant.isEmpty())
			sb.append('_').append(country);
		if (!variant.isEmpty())
			sb.append('_').append(variant);
		return sb.toString();
	}

	public boolean equals(Object obj) {
		if (this == obj)
			return true;
		if (!(obj instanceof Locale))
			return false;
		Locale l = (Locale) obj;
		return language.equals(l.language) && country.equals(l.country) && variant.equals(l.variant);
	}

	public int hashCode() {
		return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
	}

	public Object clone() {
		return this;
	}
}
