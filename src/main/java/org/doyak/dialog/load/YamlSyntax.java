package org.doyak.dialog.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.doyak.dialog.load.Node.Where;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's error into words staff can act on, on the line of the mistake: an unclosed
 * {@code {}, {@code [} or quote where it was opened, a colon inside an unquoted text, tabs, indentation.
 * Anything else keeps the parser's own words after a plain introduction.
 */
final class YamlSyntax {
    private YamlSyntax() {
    }

    /**
     * Explains one parser error.
     *
     * @param file the file name used in positions
     * @param lines the file's lines, to tell a colon in a text from a badly indented key
     */
    static YamlSyntaxException explain(String file, MarkedYAMLException e, List<String> lines) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark opened = e.getContextMark();
        Mark stopped = e.getProblemMark();
        if (context.contains("flow mapping") && opened != null) {
            return at(file, opened, "여기서 연 '{'가 닫히지 않았어요. 같은 줄 끝에 '}'를 넣으세요. "
                    + "텍스트에 쉼표(,)나 콜론(:)이 있으면 텍스트를 따옴표로 감싸세요.",
                    "the '{' opened here is not closed: end it with '}' on the same line. "
                    + "Put a text that contains a comma or a colon in quotes.");
        }
        if (context.contains("flow sequence") && opened != null) {
            return at(file, opened, "여기서 연 '['가 닫히지 않았어요. 목록 끝에 ']'를 넣으세요.",
                    "the '[' opened here is not closed: end the list with ']'.");
        }
        if (context.contains("quoted scalar") && opened != null) {
            return at(file, opened, "여기서 연 따옴표가 닫히지 않았어요. 텍스트 끝에 같은 따옴표를 넣으세요.",
                    "the quote opened here is not closed: end the text with the same quote.");
        }
        if (context.contains("simple key") && opened != null) {
            return at(file, opened, "'이름: 값' 형식이 아니에요. ':'가 빠졌거나 윗줄과 들여쓰기가 달라요.",
                    "this is not a 'key: value' line: a ':' is missing or the indentation differs from the line "
                    + "above.");
        }
        if (stopped == null) {
            return new YamlSyntaxException(new Where(file, 1, 1), "YAML 문법 오류: " + problem,
                    "not valid YAML: " + problem);
        }
        if (problem.contains("\\t(TAB)")) {
            return at(file, stopped, "탭 문자로 들여썼어요. 들여쓰기는 스페이스로 해 주세요.",
                    "a tab is used for indentation: indent with spaces.");
        }
        if (problem.contains("cannot start any token") || problem.contains("undefined alias")) {
            return at(file, stopped, "값이 YAML에서 특별한 글자(@, `, *, &, !, % 등)로 시작해요. 값을 따옴표로 감싸세요.",
                    "the value starts with a character YAML reserves (@, `, *, &, !, % ...): put it in quotes.");
        }
        if (problem.contains("mapping values are not allowed")) {
            String line = stopped.getLine() < lines.size() ? lines.get(stopped.getLine()) : "";
            int firstColon = line.indexOf(": ");
            if (firstColon >= 0 && firstColon < stopped.getColumn() - 1) {
                return at(file, stopped, "텍스트 안에 ': '가 있어요. 텍스트 전체를 따옴표로 감싸세요, 예: \"운영 시간: 09:00\".",
                        "a text contains ': ': put the whole text in quotes, e.g. \"Hours: 09:00\".");
            }
            return indentation(file, stopped, line);
        }
        if (problem.contains("expected <block end>") && problem.contains("<scalar>")) {
            return at(file, stopped, "값이 끝난 뒤에 글자가 더 있어요. 따옴표 안에 같은 따옴표를 쓰려면 두 번 쓰거나('' 또는 \\\"), "
                    + "텍스트 전체를 다른 따옴표로 감싸세요.",
                    "there is more after the value ended: inside quotes, double the same quote ('') or use the "
                    + "other kind of quote around the whole text.");
        }
        if (problem.contains("expected <block end>") || problem.contains("expected <block")) {
            String line = stopped.getLine() < lines.size() ? lines.get(stopped.getLine()) : "";
            return indentation(file, stopped, line);
        }
        Optional<Where> unclosed = unclosedBracket(file, lines, stopped.getLine());
        if (unclosed.isPresent()) {
            return new YamlSyntaxException(unclosed.get(), "여기서 연 괄호('[' 또는 '{')가 닫히지 않았어요. 같은 줄에서 "
                    + "']' 또는 '}'로 닫거나, 아래 줄에 항목을 쓰려면 괄호를 지우세요.",
                    "the bracket ('[' or '{') opened here is not closed: close it on the same line with ']' or '}', "
                    + "or remove it to write the items on the lines below.");
        }
        return at(file, stopped, "YAML 문법 오류: " + problem, "not valid YAML: " + problem);
    }

    /** The last '[' or '{' left open on a line at or above {@code last} (0-based), outside quotes and comments. */
    private static Optional<Where> unclosedBracket(String file, List<String> lines, int last) {
        for (int i = Math.min(last, lines.size() - 1); i >= 0; i--) {
            String line = lines.get(i);
            Deque<Integer> open = new ArrayDeque<>();
            char quote = 0;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quote != 0) {
                    quote = ch == quote ? 0 : quote;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '#' && (c == 0 || line.charAt(c - 1) == ' ')) {
                    break;
                } else if (ch == '[' || ch == '{') {
                    open.push(c);
                } else if ((ch == ']' || ch == '}') && !open.isEmpty()) {
                    open.pop();
                }
            }
            if (!open.isEmpty()) {
                return Optional.of(new Where(file, i + 1, open.peek() + 1));
            }
        }
        return Optional.empty();
    }

    private static YamlSyntaxException indentation(String file, Mark stopped, String line) {
        int indent = line.length() - line.stripLeading().length();
        return new YamlSyntaxException(new Where(file, stopped.getLine() + 1, indent + 1),
                "들여쓰기가 맞지 않아요. 같은 단계의 항목은 윗줄의 같은 항목과 같은 칸에서 시작해야 해요.",
                "the indentation is off: items at the same level must start in the same column as the ones above.");
    }

    private static YamlSyntaxException at(String file, Mark mark, String korean, String english) {
        return new YamlSyntaxException(new Where(file, mark.getLine() + 1, mark.getColumn() + 1), korean, english);
    }
}
