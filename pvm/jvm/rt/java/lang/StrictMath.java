/* java.lang.StrictMath - as Math here (the same natives). */
package java.lang;

public final class StrictMath {
	public static final double E = Math.E;
	public static final double PI = Math.PI;

	private StrictMath() {
	}

	public static double sin(double a) {
		return Math.sin(a);
	}

	public static double cos(double a) {
		return Math.cos(a);
	}

	public static double tan(double a) {
		return Math.tan(a);
	}

	public static double asin(double a) {
		return Math.asin(a);
	}

	public static double acos(double a) {
		return Math.acos(a);
	}

	public static double atan(double a) {
		return Math.atan(a);
	}

	public static double atan2(double y, double x) {
		return Math.atan2(y, x);
	}

	public static double exp(double a) {
		return Math.exp(a);
	}

	/* fdlibm's, bit for bit, as the JDK specifies (pvm/jvm/jfdlibm.c) */
	public static native double log(double a);

	public static double log10(double a) {
		return Math.log10(a);
	}

	public static double sqrt(double a) {
		return Math.sqrt(a);
	}

	public static double cbrt(double a) {
		return Math.cbrt(a);
	}

	public static double pow(double a, double b) {
		return Math.pow(a, b);
	}

	public static double hypot(double x, double y) {
		return Math.hypot(x, y);
	}

	public static double floor(double a) {
		return Math.floor(a);
	}

	public static double ceil(double a) {
		return Math.ceil(a);
	}

	public static double rint(double a) {
		return Math.rint(a);
	}

	public static long round(double a) {
		return Math.round(a);
	}

	public static int round(float a) {
		return Math.round(a);
	}

	public static double random() {
		return Math.random();
	}

	public static int abs(int a) {
		return Math.abs(a);
	}

	public static long abs(long a) {
		return Math.abs(a);
	}

	public static double abs(double a) {
		return Math.abs(a);
	}

	public static int max(int a, int b) {
		return Math.max(a, b);
	}

	public static double max(double a, double b) {
		return Math.max(a, b);
	}

	public static int min(int a, int b) {
		return Math.min(a, b);
	}

	public static double min(double a, double b) {
		return Math.min(a, b);
	}

	public static double toRadians(double angdeg) {
		return Math.toRadians(angdeg);
	}

	public static double toDegrees(double angrad) {
		return Math.toDegrees(angrad);
	}

	public static int floorMod(int x, int y) {
		return Math.floorMod(x, y);
	}

	public static int floorDiv(int x, int y) {
		return Math.floorDiv(x, y);
	}
}
