// finally and control flow: a return in finally overrides the try's return
// and swallows an exception; the returned value is fixed before finally
// runs (a later change of the local does not show); break and continue in
// finally override a throw; an exception thrown from finally replaces the
// one in flight; finally inside loops runs on each break/continue; nested
// finally blocks run innermost first.
public class finally_control {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int returnOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int valueFixed() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.append("x=").append(x).append(' ');
        }
    }

    static StringBuilder objectNotFixed() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("b");
        }
    }

    @SuppressWarnings("finally")
    static int breakOverridesThrow() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new IllegalStateException("never seen");
            } finally {
                if (i == 3) {
                    break;
                }
                continue;
            }
        }
        return i;
    }

    static String replaced() {
        try {
            try {
                throw new IllegalArgumentException("first");
            } finally {
                throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static int loops() {
        int count = 0;
        for (int i = 0; i < 6; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 4) {
                    break;
                }
                count += 10;
            } finally {
                count++;
                log.append('f').append(i);
            }
        }
        return count;
    }

    static void nested() {
        try {
            try {
                try {
                    log.append("[body]");
                    throw new RuntimeException("deep");
                } finally {
                    log.append("[f1]");
                }
            } finally {
                log.append("[f2]");
            }
        } catch (RuntimeException e) {
            log.append("[catch ").append(e.getMessage()).append("]");
        } finally {
            log.append("[f3]");
        }
    }

    static int tryInFinally() {
        int r = 0;
        try {
            r = 1;
        } finally {
            try {
                r += 10;
                throw new RuntimeException();
            } catch (RuntimeException e) {
                r += 100;
            } finally {
                r += 1000;
            }
        }
        return r;
    }

    @SuppressWarnings("finally")
    static String labelled() {
        String s = "";
        out:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try {
                    s += "" + i + j;
                    if (j == 1) {
                        continue out;
                    }
                } finally {
                    s += "!";
                    if (i == 2) {
                        break out;
                    }
                }
            }
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("returnOverrides " + returnOverrides());
        System.out.println("swallow " + swallow());
        System.out.println("valueFixed " + valueFixed() + " " + log);
        System.out.println("objectNotFixed " + objectNotFixed());
        System.out.println("breakOverridesThrow " + breakOverridesThrow());
        System.out.println("replaced " + replaced());
        log.setLength(0);
        System.out.println("loops " + loops() + " " + log);
        log.setLength(0);
        nested();
        System.out.println("nested " + log);
        System.out.println("tryInFinally " + tryInFinally());
        System.out.println("labelled " + labelled());
    }
}
