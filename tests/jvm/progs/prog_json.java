// A JSON-ish pretty printer over nested Maps (LinkedHashMap, so keys keep
// their order) and Lists with strings (escaped), numbers (int, long,
// double), booleans and null; then a small parser that reads the printed
// text back, and a check that printing the parsed value gives the same
// text. Malformed inputs are refused with the position of the error.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class prog_json {
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    static void print(Object v, int indent, StringBuilder out) {
        String pad = new String(new char[indent * 2]).replace('\0', ' ');
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(pad).append("  ").append(quote(e.getKey().toString())).append(": ");
                print(e.getValue(), indent + 1, out);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List) {
            List<?> l = (List<?>) v;
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                out.append(pad).append("  ");
                print(l.get(i), indent + 1, out);
                out.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (v instanceof String) {
            out.append(quote((String) v));
        } else {
            out.append(v);
        }
    }

    static class ParseError extends RuntimeException {
        ParseError(String msg, int pos) {
            super(msg + " at " + pos);
        }
    }

    static class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void ws() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        char peek() {
            ws();
            if (pos >= s.length()) {
                throw new ParseError("unexpected end", pos);
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new ParseError("expected '" + c + "' but found '" + s.charAt(pos) + "'", pos);
            }
            pos++;
        }

        Object value() {
            char c = peek();
            if (c == '{') {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                if (peek() == '}') {
                    pos++;
                    return m;
                }
                do {
                    String k = string();
                    expect(':');
                    m.put(k, value());
                } while (peek() == ',' && ++pos > 0);
                expect('}');
                return m;
            }
            if (c == '[') {
                pos++;
                List<Object> l = new ArrayList<>();
                if (peek() == ']') {
                    pos++;
                    return l;
                }
                do {
                    l.add(value());
                } while (peek() == ',' && ++pos > 0);
                expect(']');
                return l;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            return number();
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new ParseError("unterminated string", pos);
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n':
                            sb.append('\n');
                            break;
                        case 't':
                            sb.append('\t');
                            break;
                        case 'u':
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                            break;
                        default:
                            sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        Object number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String t = s.substring(start, pos);
            if (t.isEmpty()) {
                throw new ParseError("unexpected '" + s.charAt(pos) + "'", pos);
            }
            if (t.contains(".") || t.contains("e") || t.contains("E")) {
                return Double.parseDouble(t);
            }
            long l = Long.parseLong(t);
            return l == (int) l ? (Object) (int) l : (Object) l;
        }
    }

    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Phantom \"OS\"");
        doc.put("version", 3);
        doc.put("big", 12345678901234L);
        doc.put("ratio", 0.1 + 0.2);
        doc.put("persistent", true);
        doc.put("nothing", null);
        List<Object> tags = new ArrayList<>();
        tags.add("java");
        tags.add("pvm\tvm");
        tags.add("Привет");
        doc.put("tags", tags);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("empty list", new ArrayList<>());
        nested.put("empty map", new LinkedHashMap<>());
        List<Object> matrix = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Object> row = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                row.add(i == j ? 1.0 : 0);
            }
            matrix.add(row);
        }
        nested.put("matrix", matrix);
        nested.put("line\nbreak", -1e-7);
        doc.put("nested", nested);
        StringBuilder out = new StringBuilder();
        print(doc, 0, out);
        String text = out.toString();
        System.out.println(text);
        Object back = new Parser(text).value();
        StringBuilder again = new StringBuilder();
        print(back, 0, again);
        System.out.println("round trip equal: " + text.equals(again.toString()) + ", maps equal: " + doc.equals(back));
        String[] bad = {"{\"a\": }", "[1, 2", "{\"k\" 1}", "\"open", "[1 2]", "{\"x\": tru}"};
        for (String b : bad) {
            try {
                Object v = new Parser(b).value();
                System.out.println(b + " -> parsed " + v);
            } catch (ParseError e) {
                System.out.println(b + " -> " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(b + " -> " + e.getClass().getSimpleName());
            }
        }
    }
}
